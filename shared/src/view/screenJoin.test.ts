import { describe, expect, it } from 'vitest';
import { screenShowsJoin } from './screenJoin.js';

describe('screenShowsJoin', () => {
  it('shows the join view before the start when the moderation never chose', () => {
    expect(screenShowsJoin({ choice: null, activeQuery: false, conferenceOn: false })).toBe(true);
    expect(screenShowsJoin({ choice: null, activeQuery: true, conferenceOn: false })).toBe(false);
    expect(screenShowsJoin({ choice: null, activeQuery: false, conferenceOn: true })).toBe(false);
  });

  it('follows the moderation’s choice in every situation', () => {
    expect(screenShowsJoin({ choice: true, activeQuery: true, conferenceOn: true })).toBe(true);
    expect(screenShowsJoin({ choice: false, activeQuery: false, conferenceOn: false })).toBe(false);
  });
});
