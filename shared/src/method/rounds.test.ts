import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addResolution,
  checkDots,
  checkMarks,
  closeRound,
  flaggedForRework,
  getRound,
  listResolutions,
  openRound,
  setRoundVoters,
  tallyConsent,
  tallyDots,
} from './rounds.js';

describe('voting and consent rounds', () => {
  it('tallies dots per item, every item listed', () => {
    expect(
      tallyDots(
        ['a', 'b', 'c'],
        [
          { itemId: 'a', value: 2 },
          { itemId: 'b', value: 1 },
          { itemId: 'a', value: 1 },
          { itemId: 'zzz', value: 5 },
        ],
      ),
    ).toEqual({ a: 3, b: 1, c: 0 });
  });

  it('tallies consent marks and flags blue and red for rework', () => {
    const t = tallyConsent(
      ['g1', 'g2', 'g3'],
      [
        { itemId: 'g1', mark: 'green' },
        { itemId: 'g1', mark: 'green' },
        { itemId: 'g2', mark: 'green' },
        { itemId: 'g2', mark: 'blue' },
        { itemId: 'g3', mark: 'red' },
      ],
    );
    expect(t).toEqual({
      g1: { green: 2, blue: 0, red: 0 },
      g2: { green: 1, blue: 1, red: 0 },
      g3: { green: 0, blue: 0, red: 1 },
    });
    expect(flaggedForRework(t)).toEqual(['g2', 'g3']);
  });

  it('opens, counts voters, closes with published results, checks votes against the round', () => {
    const doc = new Y.Doc();
    const r = openRound(
      doc,
      { kind: 'dots', title: 'Prioritäten', itemIds: ['a', 'b', 'a'], dotsPerPerson: 3 },
      { now: 1 },
    );
    expect(r).toMatchObject({ status: 'open', itemIds: ['a', 'b'], dots: null });
    expect(() => checkDots(r, { a: 2, b: 2 })).toThrow(/3 dots/);
    expect(() => checkDots(r, { x: 1 })).toThrow();
    expect(() => checkDots(r, { a: 3 })).not.toThrow();
    setRoundVoters(doc, r.id, 2);
    const closed = closeRound(doc, r.id, { dots: { a: 4, b: 2 } }, 9);
    expect(closed).toMatchObject({ status: 'closed', voters: 2, closedAt: 9, dots: { a: 4, b: 2 } });
    expect(() => closeRound(doc, r.id, {})).toThrow();
    const c = openRound(doc, { kind: 'consent', title: 'Formulierungen', itemIds: ['g1'] });
    expect(() => checkMarks(c, { g2: 'green' })).toThrow();
    expect(getRound(doc, c.id)!.dotsPerPerson).toBeNull();
  });

  it('records resolutions with their vote result', () => {
    const doc = new Y.Doc();
    addResolution(
      doc,
      {
        text: 'Das Zielsystem geht an die Lenkungsgruppe.',
        tally: { green: 5, blue: 1, red: 0 },
        roundId: 'r1',
        itemId: 'g1',
      },
      { now: 2 },
    );
    expect(listResolutions(doc)).toEqual([
      expect.objectContaining({
        text: 'Das Zielsystem geht an die Lenkungsgruppe.',
        tally: { green: 5, blue: 1, red: 0 },
      }),
    ]);
  });
});
