import { describe, expect, it } from 'vitest';
import type { Round } from '@nws/shared';
import { lastDotResults } from './dotResults';

const round = (over: Partial<Round>): Round => ({
  id: 'r',
  kind: 'dots',
  title: 'Punkte',
  itemIds: ['a', 'b', 'c'],
  dotsPerPerson: 3,
  status: 'closed',
  voters: 2,
  openedAt: 1,
  closedAt: 2,
  dots: { a: 2, b: 5, c: 2 },
  consent: null,
  ...over,
});
const titles: Record<string, string> = { a: 'Wohnen', b: 'Betreuung', c: 'Sprache' };

describe('lastDotResults', () => {
  it('is null while no dot vote has closed', () => {
    expect(lastDotResults([], (id) => id)).toBeNull();
    expect(lastDotResults([round({ status: 'open', dots: null })], (id) => id)).toBeNull();
  });

  it('sorts by dots (ties in the round’s order) and scales the bars to the leader', () => {
    const results = lastDotResults([round({})], (id) => titles[id]!)!;
    expect(results.map((r) => [r.title, r.dots, r.share])).toEqual([
      ['Betreuung', 5, 1],
      ['Wohnen', 2, 0.4],
      ['Sprache', 2, 0.4],
    ]);
  });

  it('takes the last closed dot vote, not a consent round', () => {
    const later = round({ id: 'r2', itemIds: ['c'], dots: { c: 1 } });
    const consent = round({ id: 'r3', kind: 'consent', dots: null, consent: {} });
    expect(lastDotResults([round({}), later, consent], (id) => titles[id]!)!.map((r) => r.title)).toEqual(['Sprache']);
  });
});
