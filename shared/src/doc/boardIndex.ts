// What a board holds, in brief: the ids and titles of its cards, clusters,
// themes and goals. A version stores its index, so the history can say what
// changed between versions without decoding their snapshots.
import * as Y from 'yjs';
import { cardsMap, clustersMap, goalsMap, themesMap } from './board.js';
import {
  versionKinds,
  type VersionCounts,
  type VersionDiff,
  type VersionEntityRef,
  type VersionKind,
} from '../protocol/versions.js';

/** Per kind: entity id → its title or text (shortened). */
export type BoardIndex = Record<VersionKind, Record<string, string>>;

const LABEL_MAX = 80;

function labelOf(m: Y.Map<unknown>, field: string): string {
  const v = m.get(field);
  const s = v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '';
  return s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s;
}

function indexRoot(root: Y.Map<Y.Map<unknown>>, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, m] of root.entries()) if (m instanceof Y.Map) out[id] = labelOf(m, field);
  return out;
}

/** The index of a board document. */
export function boardIndex(doc: Y.Doc): BoardIndex {
  return {
    cards: indexRoot(cardsMap(doc), 'text'),
    clusters: indexRoot(clustersMap(doc), 'name'),
    themes: indexRoot(themesMap(doc), 'title'),
    goals: indexRoot(goalsMap(doc), 'text'),
  };
}

/** How many entities of each kind an index holds. */
export function indexCounts(index: BoardIndex): VersionCounts {
  return {
    cards: Object.keys(index.cards).length,
    clusters: Object.keys(index.clusters).length,
    themes: Object.keys(index.themes).length,
    goals: Object.keys(index.goals).length,
  };
}

/** Entities added and removed from `prev` (null: an empty board) to `next`, by id. */
export function diffIndex(prev: BoardIndex | null, next: BoardIndex): VersionDiff {
  const diff = {} as VersionDiff;
  for (const kind of versionKinds) {
    const before = prev?.[kind] ?? {};
    const after = next[kind];
    const added: VersionEntityRef[] = Object.keys(after)
      .filter((id) => !(id in before))
      .map((id) => ({ id, label: after[id]! }));
    const removed: VersionEntityRef[] = Object.keys(before)
      .filter((id) => !(id in after))
      .map((id) => ({ id, label: before[id]! }));
    diff[kind] = { added, removed };
  }
  return diff;
}
