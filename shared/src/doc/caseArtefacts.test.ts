import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_AGENDA } from '../method/defaultAgenda.js';
import { applyTextEdit, cellKey, ensureGrid, ensureGridRow, readGrid, sharedText } from './caseArtefacts.js';
import { addTheme, listThemes, removeTheme, renameTheme } from './themes.js';

const step = DEFAULT_AGENDA.steps.find((s) => s.id === 'actor-perspectives')!;
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('perspective grids', () => {
  it('has a column per guiding question and one row per organisation', () => {
    const doc = new Y.Doc();
    ensureGrid(doc, 'case-1', step);
    ensureGrid(doc, 'case-1', step); // idempotent
    ensureGridRow(doc, 'case-1', step.id, 'Jobcenter');
    ensureGridRow(doc, 'case-1', step.id, '  jobcenter ');
    ensureGridRow(doc, 'case-1', step.id, 'Ausländerbehörde', true);
    const grid = readGrid(doc, 'case-1', step.id)!;
    expect(grid.questions).toHaveLength(7);
    expect(grid.rows.map((r) => [r.organisation, r.absent])).toEqual([
      ['Jobcenter', false],
      ['Ausländerbehörde', true],
    ]);
    expect(sharedText(doc, cellKey('case-1', step.id, 'jobcenter', 6))).toBeInstanceOf(Y.Text);
    expect(() => ensureGridRow(doc, 'case-1', step.id, ' ')).toThrow();
    expect(readGrid(doc, 'case-2', step.id)).toBeNull();
  });

  it('two people typing in the same cell keep both edits', () => {
    const a = new Y.Doc();
    ensureGrid(a, 'c', step);
    ensureGridRow(a, 'c', step.id, 'Jugendamt');
    const b = new Y.Doc();
    sync(a, b);
    const key = cellKey('c', step.id, 'jugendamt', 0);
    applyTextEdit(sharedText(a, key)!, 'Hilfe zur Erziehung');
    sync(a, b);
    applyTextEdit(sharedText(a, key)!, 'Hilfe zur Erziehung, § 27 SGB VIII');
    applyTextEdit(sharedText(b, key)!, 'Fallführung: Hilfe zur Erziehung');
    sync(a, b);
    expect(sharedText(a, key)!.toString()).toBe('Fallführung: Hilfe zur Erziehung, § 27 SGB VIII');
    expect(sharedText(b, key)!.toString()).toBe(sharedText(a, key)!.toString());
  });
});

describe('the theme store', () => {
  it('keeps themes per case', () => {
    const doc = new Y.Doc();
    const t1 = addTheme(
      doc,
      { title: 'Übergänge Kita–Schule', caseId: 'case-1', source: 'reconstruction' },
      { now: 1 },
    );
    addTheme(doc, { title: 'Wohnungsnot', caseId: 'case-2' }, { now: 2 });
    expect(listThemes(doc, 'case-1').map((t) => t.title)).toEqual(['Übergänge Kita–Schule']);
    expect(listThemes(doc)).toHaveLength(2);
    renameTheme(doc, t1.id, 'Übergänge');
    expect(listThemes(doc, 'case-1')[0]!.title).toBe('Übergänge');
    expect(() => addTheme(doc, { title: ' ', caseId: null })).toThrow();
    removeTheme(doc, t1.id);
    expect(listThemes(doc, 'case-1')).toEqual([]);
  });
});
