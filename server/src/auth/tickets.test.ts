import { describe, expect, it } from 'vitest';
import { TICKET_TTL_MS, TicketStore } from './tickets.js';

describe('websocket tickets', () => {
  it('open once, and only while fresh', () => {
    let now = 0;
    const store = new TicketStore(() => now);
    const a = store.issue('s1');
    expect(store.redeem(a)).toBe('s1');
    expect(store.redeem(a)).toBeNull(); // spent
    const b = store.issue('s1');
    now += TICKET_TTL_MS + 1;
    expect(store.redeem(b)).toBeNull(); // expired
    expect(store.redeem('made-up')).toBeNull();
  });
});
