import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { resolutionsMap, roundsMap } from '../doc/control.js';
import { addResolution, closeRound, getRound, listResolutions, listRounds, openRound } from '../method/rounds.js';
import { markImportedDecisions } from './importedDecisions.js';

/** A control document as a backup holds it: one consent round closed with 3 voters, a resolution from it. */
function control() {
  const doc = new Y.Doc();
  openRound(doc, { kind: 'consent', title: 'Ziele', itemIds: ['g1', 'g2'] }, { id: 'r1', now: 1 });
  roundsMap(doc).set('r1', { ...getRound(doc, 'r1')!, voters: 3 });
  closeRound(
    doc,
    'r1',
    {
      consent: { g1: { green: 3, blue: 0, red: 0 }, g2: { green: 1, blue: 1, red: 0 } },
    },
    10,
  );
  addResolution(
    doc,
    { text: 'Ziel 1 beschlossen', tally: { green: 3, blue: 0, red: 0 }, roundId: 'r1', itemId: 'g1' },
    { id: 'ok', now: 20 },
  );
  return doc;
}

const marks = (doc: Y.Doc) =>
  Object.fromEntries(
    [...listRounds(doc), ...listResolutions(doc)].map((x) => [x.id, x.imported ? x.imported.consistent : 'none']),
  );

describe('decisions of an imported backup', () => {
  it('marks every closed round and resolution as imported; consistent ones as consistent', () => {
    const doc = control();
    const report = markImportedDecisions(doc, 3, 1000);
    expect(report).toEqual({ rounds: 1, resolutions: 1, inconsistent: [] });
    expect(marks(doc)).toEqual({ r1: true, ok: true });
    expect(listResolutions(doc)[0]!.imported).toEqual({ at: 1000, consistent: true });
  });

  it('flags a resolution whose tally no round produced, or not its round item’s', () => {
    const doc = control();
    addResolution(
      doc,
      { text: 'einstimmig beschlossen (40/0/0)', tally: { green: 40, blue: 0, red: 0 }, roundId: null, itemId: null },
      { id: 'noRound', now: 30 },
    );
    addResolution(
      doc,
      { text: 'Ziel 2 einstimmig', tally: { green: 3, blue: 0, red: 0 }, roundId: 'r1', itemId: 'g2' },
      { id: 'otherTally', now: 30 },
    );
    addResolution(
      doc,
      { text: 'aus dem Nichts', tally: { green: 2, blue: 0, red: 0 }, roundId: 'r9', itemId: 'g1' },
      { id: 'noSuchRound', now: 30 },
    );
    addResolution(
      doc,
      { text: 'vorher', tally: { green: 3, blue: 0, red: 0 }, roundId: 'r1', itemId: 'g1' },
      { id: 'early', now: 5 },
    );
    const report = markImportedDecisions(doc, 3);
    expect(report.inconsistent.map((x) => x.id).sort()).toEqual(['early', 'noRound', 'noSuchRound', 'otherTally']);
    expect(marks(doc)).toEqual({
      r1: true,
      ok: true,
      noRound: false,
      otherTally: false,
      noSuchRound: false,
      early: false,
    });
  });

  it('flags a round with more voters than people who could vote, or more marks than voters, and its resolutions', () => {
    const tooMany = control();
    expect(markImportedDecisions(tooMany, 2).inconsistent.map((x) => x.id)).toEqual(['r1', 'ok']);
    const forged = control();
    roundsMap(forged).set('r1', {
      ...getRound(forged, 'r1')!,
      consent: { g1: { green: 40, blue: 0, red: 0 }, g2: { green: 0, blue: 0, red: 0 } },
    });
    resolutionsMap(forged).set('ok', { ...listResolutions(forged)[0]!, tally: { green: 40, blue: 0, red: 0 } });
    expect(marks((markImportedDecisions(forged, 50), forged))).toEqual({ r1: false, ok: false });
  });

  it('replaces a mark the backup brings with its own, and a resolution recorded later from the round keeps it', () => {
    const doc = control();
    resolutionsMap(doc).set('forged', {
      ...listResolutions(doc)[0]!,
      id: 'forged',
      tally: { green: 9, blue: 0, red: 0 },
      imported: { at: 1, consistent: true },
    });
    markImportedDecisions(doc, 3, 500);
    expect(listResolutions(doc).find((r) => r.id === 'forged')!.imported).toEqual({ at: 500, consistent: false });
    const later = addResolution(doc, { text: 'später', tally: null, roundId: 'r1', itemId: 'g1' });
    expect(later.imported).toEqual({ at: 500, consistent: true });
  });

  it('opens an open round afresh: its votes stay with the original workshop', () => {
    const doc = control();
    openRound(doc, { kind: 'dots', title: 'Punkte', itemIds: ['t1'], dotsPerPerson: 3 }, { id: 'r2', now: 40 });
    roundsMap(doc).set('r2', { ...getRound(doc, 'r2')!, voters: 3, dots: { t1: 99 } });
    markImportedDecisions(doc, 3);
    expect(getRound(doc, 'r2')).toMatchObject({ status: 'open', voters: 0, dots: null });
    expect(getRound(doc, 'r2')!.imported).toBeUndefined();
  });

  it('refuses a backup whose rounds or resolutions are not rounds or resolutions at all', () => {
    const negative = control();
    resolutionsMap(negative).set('neg', {
      ...listResolutions(negative)[0]!,
      id: 'neg',
      tally: { green: -1, blue: 0, red: 0 },
    });
    expect(() => markImportedDecisions(negative, 3)).toThrow(/resolution neg of this backup is not valid/);
    const renamed = control();
    resolutionsMap(renamed).set('other', listResolutions(renamed)[0]!);
    expect(() => markImportedDecisions(renamed, 3)).toThrow(/another id/);
    const nested = control();
    roundsMap(nested).set('r3', new Y.Map());
    expect(() => markImportedDecisions(nested, 3)).toThrow(expect.objectContaining({ code: 'invalid_backup' }));
  });
});
