// What Phase I produces per case, in the board document: perspective grids
// (a row per organisation, a column per guiding question, a Y.Text per cell
// so several people type at once), the reconstruction (web of effects,
// disagreements) and notes of added steps. (The theme store: themes.ts.) The server
// creates grids, rows and texts (one writer, no conflicting creations);
// participants then edit the texts and add themes.
import * as Y from 'yjs';
import type { Step } from '../method/agenda.js';
import { DomainError } from '../errors.js';
import { ORGANISATION_MAX, type Grid, type GridRow } from '../model/grid.js';
import { cardsMap, gridsMap, textsMap, themesMap } from './board.js';
import { CASE_AREA, gridCell } from './layout.js';

// Re-exported for modules that still import it from here (it lives in model/grid.ts).
export { ORGANISATION_MAX } from '../model/grid.js';

export const gridKey = (caseId: string, stepId: string) => `${caseId}/${stepId}`;

/** Row ids are derived from the organisation's name, so the same organisation is one row. */
export function rowIdOf(organisation: string): string {
  return organisation.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

/** Creates a step's grid for a case (idempotent); columns are the step's guiding questions. */
export function ensureGrid(
  doc: Y.Doc,
  caseId: string,
  step: Pick<Step, 'id' | 'questions'>,
  lang: 'de' | 'en' = 'de',
): void {
  const key = gridKey(caseId, step.id);
  doc.transact(() => {
    let grid = gridsMap(doc).get(key);
    if (!(grid instanceof Y.Map)) {
      grid = new Y.Map<unknown>();
      grid.set(
        'questions',
        step.questions.map((q) => q[lang]),
      );
      grid.set('rows', new Y.Map<unknown>());
      gridsMap(doc).set(key, grid);
    }
  });
}

/** Adds an organisation's row to a grid (idempotent), with an empty text per cell. */
export function ensureGridRow(
  doc: Y.Doc,
  caseId: string,
  stepId: string,
  organisation: string,
  absent = false,
): GridRow {
  const org = organisation.trim();
  if (!org || org.length > ORGANISATION_MAX)
    throw new DomainError('invalid', 'organisation name required (at most 120 characters)');
  const grid = gridsMap(doc).get(gridKey(caseId, stepId));
  if (!(grid instanceof Y.Map)) throw new DomainError('not_found', 'no such grid');
  const rows = grid.get('rows') as Y.Map<unknown>;
  const id = rowIdOf(org);
  const existing = rows.get(id) as GridRow | undefined;
  if (existing) return existing;
  const row: GridRow = { id, organisation: org, absent };
  doc.transact(() => {
    rows.set(id, row);
    const questions = grid.get('questions') as string[];
    questions.forEach((_, q) => {
      const k = cellKey(caseId, stepId, id, q);
      if (!textsMap(doc).has(k)) textsMap(doc).set(k, new Y.Text());
    });
  });
  return row;
}

export const cellKey = (caseId: string, stepId: string, rowId: string, q: number) =>
  `cell/${caseId}/${stepId}/${rowId}/${q}`;

/** The parts of a cell's key; a row id may itself hold "/" (an organisation "Jugendamt/ASD"), ids and the column do not. */
export function parseCellKey(key: string): { caseId: string; stepId: string; rowId: string; q: number } | null {
  const parts = key.split('/');
  if (parts[0] !== 'cell' || parts.length < 5) return null;
  const q = Number(parts.at(-1));
  if (!Number.isInteger(q)) return null;
  return { caseId: parts[1]!, stepId: parts[2]!, rowId: parts.slice(3, -1).join('/'), q };
}

/** A grid as plain data (rows sorted: present organisations first, then by name). */
export function readGrid(doc: Y.Doc, caseId: string, stepId: string): Grid | null {
  const grid = gridsMap(doc).get(gridKey(caseId, stepId));
  if (!(grid instanceof Y.Map)) return null;
  const rows = [...((grid.get('rows') as Y.Map<GridRow>).values() as Iterable<GridRow>)].sort(
    (a, b) => Number(a.absent) - Number(b.absent) || a.organisation.localeCompare(b.organisation, 'de'),
  );
  return { key: gridKey(caseId, stepId), questions: grid.get('questions') as string[], rows };
}

/** The shared text of one cell, or of a named text of a case (reconstruction, notes). */
export function sharedText(doc: Y.Doc, key: string): Y.Text | null {
  const t = textsMap(doc).get(key);
  return t instanceof Y.Text ? t : null;
}

export const reconstructionKeys = (caseId: string) => ({
  webOfEffects: `recon/${caseId}/web`,
  disagreements: `recon/${caseId}/disagreements`,
  situation: `recon/${caseId}/situation`,
});
export const notesKey = (caseId: string | null, stepId: string) => `notes/${caseId ?? '-'}/${stepId}`;

/** Creates named texts if missing (server side, one writer). */
export function ensureTexts(doc: Y.Doc, keys: string[]): void {
  doc.transact(() => {
    for (const k of keys) if (!textsMap(doc).has(k)) textsMap(doc).set(k, new Y.Text());
  });
}

/** Replaces a shared text's content with `next` by one minimal edit (keeps others' concurrent edits elsewhere in the text). */
export function applyTextEdit(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  text.doc!.transact(() => {
    if (endPrev > start) text.delete(start, endPrev - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  });
}

/** Calls back when grids, shared texts or themes change. */
export function observeCaseArtefacts(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  gridsMap(doc).observeDeep(h);
  themesMap(doc).observeDeep(h);
  textsMap(doc).observe(h);
  return () => {
    gridsMap(doc).unobserveDeep(h);
    themesMap(doc).unobserveDeep(h);
    textsMap(doc).unobserve(h);
  };
}

/** Where the next card of a case goes (a grid in the case's own area, so cases stay apart). */
export function nextCaseCardPosition(doc: Y.Doc, c: { id: string; order: number }): { x: number; y: number } {
  let n = 0;
  for (const m of cardsMap(doc).values()) if (m instanceof Y.Map && m.get('caseId') === c.id) n++;
  return gridCell(
    n,
    CASE_AREA.columns,
    c.order * CASE_AREA.stride + CASE_AREA.padding,
    CASE_AREA.originY + CASE_AREA.header,
  );
}
