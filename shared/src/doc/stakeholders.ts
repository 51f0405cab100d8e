// The stakeholder analysis (Beteiligtenanalyse) of a network, in its own
// document (one per network, METHOD.md section 2): a row per actual or
// wished-for partner organisation, columns that can be added, renamed,
// reordered and removed at any time, and a shared text per cell so several
// people type at once. Like the perspective grids, the structure (columns,
// rows, which texts exist) is written by the server on commands; clients
// only type into the cell texts — a participant only into their own
// organisation's row (server/src/sync/boardRules.ts checks that).
//
// Columns and rows are Y.Maps of their fields, ordered by a number, so a
// rename and a reorder of the same column made at once both survive.
import * as Y from 'yjs';
import { DomainError } from '../errors.js';
import { ORGANISATION_MAX } from '../model/grid.js';
import {
  significances,
  STAKEHOLDER_TITLE_MAX,
  type Significance,
  type StakeholderColumn,
  type StakeholderState,
} from '../model/stakeholders.js';
import { applyTextEdit, rowIdOf } from './caseArtefacts.js';

/** The root maps of a stakeholder analysis document. */
export const stakeholderRoots = {
  /** One Y.Map per column (id, title, kind, order). */
  columns: 'columns',
  /** One Y.Map per row (id, organisation, significance, order, createdAt), keyed by rowIdOf(organisation). */
  rows: 'rows',
  /** The cells' Y.Texts, keyed by stakeholderCellKey. */
  texts: 'texts',
} as const;

const columnsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(stakeholderRoots.columns);
const rowsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(stakeholderRoots.rows);
const textsOf = (doc: Y.Doc) => doc.getMap<Y.Text>(stakeholderRoots.texts);

/** A cell's text key: the row id last, since it is an organisation's name and may hold "/". */
export const stakeholderCellKey = (columnId: string, rowId: string) => `sa/${columnId}/${rowId}`;

/** The row a cell's key belongs to, or null for a key that is no cell. */
export function stakeholderRowOfKey(key: string): string | null {
  const parts = key.split('/');
  return parts[0] === 'sa' && parts.length >= 3 ? parts.slice(2).join('/') : null;
}

/** The default columns, with their titles in the workshop's language. */
const DEFAULT_COLUMNS: { id: string; kind: StakeholderColumn['kind']; de: string; en: string }[] = [
  { id: 'interests', kind: 'text', de: 'Interessen/Ziele', en: 'Interests/goals' },
  { id: 'resources', kind: 'text', de: 'Ressourcen/Potenziale', en: 'Resources/potential' },
  { id: 'significance', kind: 'significance', de: 'Bedeutung für das Netzwerk', en: 'Significance for the network' },
  { id: 'restrictions', kind: 'text', de: 'Restriktionen/Konflikte', en: 'Restrictions/conflicts' },
];

const title = (t: string) => {
  const s = t.trim();
  if (!s || s.length > STAKEHOLDER_TITLE_MAX)
    throw new DomainError('invalid', 'a column needs a title (at most 80 characters)');
  return s;
};

/** The columns in order (by their order number, then id: the same on every replica). */
function orderedColumns(doc: Y.Doc): Y.Map<unknown>[] {
  return [...columnsMap(doc).values()].sort(
    (a, b) =>
      (a.get('order') as number) - (b.get('order') as number) || String(a.get('id')).localeCompare(String(b.get('id'))),
  );
}

function orderedRows(doc: Y.Doc): Y.Map<unknown>[] {
  return [...rowsMap(doc).values()].sort(
    (a, b) =>
      (a.get('order') as number) - (b.get('order') as number) || String(a.get('id')).localeCompare(String(b.get('id'))),
  );
}

const nextOrder = (maps: Y.Map<unknown>[]) => (maps.length ? (maps.at(-1)!.get('order') as number) + 1 : 0);

/** Creates the default columns once (the first "Beteiligte(r)" column is the row's organisation itself). */
export function ensureStakeholderColumns(doc: Y.Doc, lang: 'de' | 'en' = 'de'): void {
  if (columnsMap(doc).size > 0 || doc.getMap('meta').get('initialised')) return;
  doc.transact(() => {
    DEFAULT_COLUMNS.forEach((c, i) => putColumn(doc, c.id, c[lang], c.kind, i));
    doc.getMap('meta').set('initialised', true);
  });
}

function putColumn(doc: Y.Doc, id: string, t: string, kind: StakeholderColumn['kind'], order: number): void {
  const col = new Y.Map<unknown>();
  col.set('id', id);
  col.set('title', t);
  col.set('kind', kind);
  col.set('order', order);
  columnsMap(doc).set(id, col);
  if (kind === 'text')
    for (const row of rowsMap(doc).keys()) textsOf(doc).set(stakeholderCellKey(id, row), new Y.Text());
}

/** Adds a text column at the end (an empty cell for every row). */
export function addStakeholderColumn(doc: Y.Doc, id: string, t: string): StakeholderColumn {
  const clean = title(t);
  doc.transact(() => putColumn(doc, id, clean, 'text', nextOrder(orderedColumns(doc))));
  return { id, title: clean, kind: 'text' };
}

function column(doc: Y.Doc, id: string): Y.Map<unknown> {
  const col = columnsMap(doc).get(id);
  if (!col) throw new DomainError('not_found', 'no such column');
  return col;
}

export function renameStakeholderColumn(doc: Y.Doc, id: string, t: string): void {
  const clean = title(t);
  column(doc, id).set('title', clean);
}

/** Moves a column to a position (0 = first) by giving it an order between its new neighbours. */
export function moveStakeholderColumn(doc: Y.Doc, id: string, to: number): void {
  const col = column(doc, id);
  const others = orderedColumns(doc).filter((c) => c !== col);
  const at = Math.max(0, Math.min(others.length, Math.trunc(to)));
  const before = at > 0 ? (others[at - 1]!.get('order') as number) : null;
  const after = at < others.length ? (others[at]!.get('order') as number) : null;
  const order =
    before === null && after === null
      ? 0
      : before === null
        ? after! - 1
        : after === null
          ? before + 1
          : (before + after) / 2;
  col.set('order', order);
}

/** Removes a column with its cells' texts. */
export function removeStakeholderColumn(doc: Y.Doc, id: string): void {
  column(doc, id);
  doc.transact(() => {
    columnsMap(doc).delete(id);
    for (const row of rowsMap(doc).keys()) textsOf(doc).delete(stakeholderCellKey(id, row));
  });
}

/** Adds an organisation's row (idempotent: the same organisation is one row), with an empty text per text column. */
export function ensureStakeholderRow(
  doc: Y.Doc,
  organisation: string,
  significance: Significance = 'involved',
  now = Date.now(),
): string {
  const org = organisation.trim();
  if (!org || org.length > ORGANISATION_MAX)
    throw new DomainError('invalid', 'organisation name required (at most 120 characters)');
  const id = rowIdOf(org);
  if (rowsMap(doc).has(id)) return id;
  doc.transact(() => {
    const row = new Y.Map<unknown>();
    row.set('id', id);
    row.set('organisation', org);
    row.set('significance', significance);
    row.set('order', nextOrder(orderedRows(doc)));
    row.set('createdAt', now);
    rowsMap(doc).set(id, row);
    for (const col of orderedColumns(doc)) {
      if (col.get('kind') === 'text') textsOf(doc).set(stakeholderCellKey(col.get('id') as string, id), new Y.Text());
    }
  });
  return id;
}

function row(doc: Y.Doc, id: string): Y.Map<unknown> {
  const r = rowsMap(doc).get(id);
  if (!r) throw new DomainError('not_found', 'no such row');
  return r;
}

export function setStakeholderSignificance(doc: Y.Doc, rowId: string, significance: Significance): void {
  if (!significances.includes(significance)) throw new DomainError('invalid', 'unknown significance');
  row(doc, rowId).set('significance', significance);
}

export function removeStakeholderRow(doc: Y.Doc, rowId: string): void {
  row(doc, rowId);
  doc.transact(() => {
    rowsMap(doc).delete(rowId);
    for (const col of columnsMap(doc).keys()) textsOf(doc).delete(stakeholderCellKey(col, rowId));
  });
}

/** The shared text of a cell (null for a cell that does not exist, or the significance column). */
export function stakeholderCellText(doc: Y.Doc, columnId: string, rowId: string): Y.Text | null {
  const t = textsOf(doc).get(stakeholderCellKey(columnId, rowId));
  return t instanceof Y.Text ? t : null;
}

/** Types into a cell (a minimal edit, so others' concurrent typing elsewhere in it survives). */
export function editStakeholderCell(doc: Y.Doc, columnId: string, rowId: string, next: string): void {
  const t = stakeholderCellText(doc, columnId, rowId);
  if (!t) throw new DomainError('not_found', 'no such cell');
  applyTextEdit(t, next);
}

/** The analysis as plain data: columns and rows in order, every cell's text (what a saved state holds). */
export function readStakeholders(doc: Y.Doc): StakeholderState {
  const columns = orderedColumns(doc).map((c) => ({
    id: c.get('id') as string,
    title: c.get('title') as string,
    kind: c.get('kind') as StakeholderColumn['kind'],
  }));
  return {
    columns,
    rows: orderedRows(doc).map((r) => {
      const id = r.get('id') as string;
      const cells: Record<string, string> = {};
      for (const c of columns)
        if (c.kind === 'text') cells[c.id] = stakeholderCellText(doc, c.id, id)?.toString() ?? '';
      return {
        id,
        organisation: r.get('organisation') as string,
        significance: r.get('significance') as Significance,
        cells,
      };
    }),
  };
}

/** Calls back on any change of the analysis. */
export function observeStakeholders(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  const roots = [columnsMap(doc), rowsMap(doc), textsOf(doc)];
  for (const r of roots) r.observeDeep(h);
  return () => {
    for (const r of roots) r.unobserveDeep(h);
  };
}
