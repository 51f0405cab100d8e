// A board stored before the board rules existed may hold structures that
// break clients (a 75,000-deep chain of maps under a card makes every
// browser fail with "Maximum call stack size exceeded"). Loading such a
// board repairs it: every entity that still has its schema's shape is copied
// into a fresh document, without anything nested where the schema has none,
// and the stored log is replaced by that document. Clients that still hold
// the old state are refused by the board rules (4409) and start afresh.
import * as Y from 'yjs';
import { CARRIED_ROOT, CardSchema, ClusterSchema, ProvenanceSchema, ThemeSchema } from '@nws/shared';
import type { z } from 'zod';
import { MAX_DEPTH } from './boardRules.js';

/** Why a loaded board needs repair, or null if every item sits within the schema's depth. */
export function boardDamage(doc: Y.Doc): string | null {
  for (const structs of doc.store.clients.values()) {
    for (const s of structs) {
      if (!(s instanceof Y.Item) || s.deleted) continue;
      let depth = 1;
      for (
        let t = s.parent as Y.AbstractType<unknown> | null;
        t?._item;
        t = t._item.parent as Y.AbstractType<unknown> | null
      ) {
        if (++depth > MAX_DEPTH) return `content nested deeper than ${MAX_DEPTH} levels`;
      }
    }
  }
  return null;
}

/** Plain fields of an entity map, read without descending into nested types. */
function plainFields(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of map.entries()) if (!(v instanceof Y.AbstractType)) out[k] = v;
  return out;
}

function copyEntities(from: Y.Doc, to: Y.Doc, root: string, schema: z.ZodType): number {
  let dropped = 0;
  const target = to.getMap<Y.Map<unknown>>(root);
  for (const [key, value] of from.getMap<unknown>(root).entries()) {
    const parsed = value instanceof Y.Map ? schema.safeParse(plainFields(value)) : null;
    if (!parsed?.success) {
      dropped++;
      continue;
    }
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(parsed.data as Record<string, unknown>)) if (v !== undefined) m.set(k, v);
    target.set(key, m);
  }
  return dropped;
}

const GOAL_TEXTS = ['text', 'indicators', 'sources', 'assumptions'];

/** A fresh document with every well-formed entity of `doc`; `dropped` counts what could not be kept. */
export function rebuildBoard(doc: Y.Doc): { doc: Y.Doc; dropped: number } {
  const fresh = new Y.Doc();
  let dropped = 0;
  fresh.transact(() => {
    dropped += copyEntities(doc, fresh, 'cards', CardSchema);
    dropped += copyEntities(doc, fresh, 'clusters', ClusterSchema);
    dropped += copyEntities(doc, fresh, 'themes', ThemeSchema);
    for (const [key, value] of doc.getMap<unknown>('goals').entries()) {
      if (!(value instanceof Y.Map)) {
        dropped++;
        continue;
      }
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(plainFields(value))) m.set(k, v);
      for (const f of GOAL_TEXTS) {
        const t = value.get(f);
        m.set(f, new Y.Text(t instanceof Y.Text ? t.toString() : ''));
      }
      fresh.getMap('goals').set(key, m);
    }
    for (const [key, value] of doc.getMap<unknown>('grids').entries()) {
      if (!(value instanceof Y.Map)) continue;
      const rows = value.get('rows');
      const m = new Y.Map<unknown>();
      m.set('questions', value.get('questions'));
      const newRows = new Y.Map<unknown>();
      if (rows instanceof Y.Map) for (const [k, v] of Object.entries(plainFields(rows))) newRows.set(k, v);
      m.set('rows', newRows);
      fresh.getMap('grids').set(key, m);
    }
    for (const [key, value] of doc.getMap<unknown>('texts').entries()) {
      if (value instanceof Y.Text) fresh.getMap('texts').set(key, new Y.Text(value.toString()));
    }
    // Where carried entities came from (plain values, written by the server only).
    for (const [key, value] of doc.getMap<unknown>(CARRIED_ROOT).entries()) {
      const p = ProvenanceSchema.safeParse(value);
      if (p.success) fresh.getMap(CARRIED_ROOT).set(key, p.data);
      else dropped++;
    }
  });
  return { doc: fresh, dropped };
}
