// Writing a version's entities into a live board document: the whole board,
// one card, a cluster with its cards, a theme, or the goal system. Pure
// document logic (the server runs it inside Room.change, so a restore is one
// new change, relayed and stored like any other). Entities that differ are
// overwritten field by field in place, so open editors keep their Y.Text and
// Y.Map; entities missing from the live board are written as fresh Y.Maps.
import * as Y from 'yjs';
import { fromBase64 } from 'lib0/buffer';
import { BOARD_ROOT_NAMES, cardsMap, clustersMap, goalsMap, themesMap } from './board.js';
import { DomainError } from '../errors.js';
import type { RestoreBody } from '../protocol/versions.js';

/** How much a restore wrote: entries set or edited, and entries deleted. */
export interface RestoreResult {
  written: number;
  deleted: number;
}

/** A fresh copy of a value read from another document (Y types cannot move between documents). */
export function copyValue(v: unknown): unknown {
  if (v instanceof Y.Text) return new Y.Text(v.toString());
  if (v instanceof Y.Map) {
    const m = new Y.Map<unknown>();
    for (const [k, x] of v.entries()) m.set(k, copyValue(x));
    return m;
  }
  if (v instanceof Y.Array) {
    const a = new Y.Array<unknown>();
    a.push(v.toArray().map(copyValue));
    return a;
  }
  return v;
}

/** A root map as a map of any values (its typed accessors narrow the value type). */
const anyMap = (m: Y.Map<Y.Map<unknown>> | Y.Map<Y.Text> | Y.Map<unknown>): Y.Map<unknown> => m as Y.Map<unknown>;

const json = (v: unknown): unknown => (v instanceof Y.AbstractType ? v.toJSON() : v);
const kindOf = (v: unknown) =>
  v instanceof Y.Text ? 'text' : v instanceof Y.Map ? 'map' : v instanceof Y.Array ? 'array' : 'value';

/** Makes a live Y.Text read `value`, editing only the differing middle. */
function syncText(live: Y.Text, value: string, r: RestoreResult): void {
  const now = live.toString();
  if (now === value) return;
  let start = 0;
  while (start < now.length && start < value.length && now[start] === value[start]) start++;
  let end = 0;
  while (
    end < now.length - start &&
    end < value.length - start &&
    now[now.length - 1 - end] === value[value.length - 1 - end]
  )
    end++;
  live.delete(start, now.length - start - end);
  live.insert(start, value.slice(start, value.length - end));
  r.written++;
}

/** Makes one entry of a live map equal to `value` (from the version); undefined deletes it. */
function syncEntry(live: Y.Map<unknown>, key: string, value: unknown, r: RestoreResult): void {
  const current = live.get(key);
  if (value === undefined) {
    if (live.has(key)) {
      live.delete(key);
      r.deleted++;
    }
    return;
  }
  if (current instanceof Y.Text && value instanceof Y.Text) return syncText(current, value.toString(), r);
  if (current instanceof Y.Map && value instanceof Y.Map) return syncMap(current, value, r);
  if (
    live.has(key) &&
    kindOf(current) === kindOf(value) &&
    JSON.stringify(json(current)) === JSON.stringify(json(value))
  )
    return;
  live.set(key, copyValue(value));
  r.written++;
}

/** Makes a live map hold exactly the version's entries. */
function syncMap(live: Y.Map<unknown>, version: Y.Map<unknown>, r: RestoreResult): void {
  for (const key of [...live.keys()]) if (!version.has(key)) syncEntry(live, key, undefined, r);
  for (const [key, value] of version.entries()) syncEntry(live, key, value, r);
}

/** Brings one card back as it was in the version; a cluster or stack it pointed to that is gone is dropped from it. */
function restoreCard(live: Y.Doc, version: Y.Doc, id: string, r: RestoreResult): void {
  const card = cardsMap(version).get(id);
  if (!(card instanceof Y.Map)) throw new DomainError('unknown_card', 'That card is not in this version.');
  syncEntry(anyMap(cardsMap(live)), id, card, r);
  const restored = cardsMap(live).get(id);
  if (!(restored instanceof Y.Map)) return;
  const clusterId = restored.get('clusterId');
  if (typeof clusterId === 'string' && !clustersMap(live).has(clusterId)) restored.delete('clusterId');
  const stackedOn = restored.get('stackedOn');
  if (typeof stackedOn === 'string' && !cardsMap(live).has(stackedOn)) restored.delete('stackedOn');
}

/**
 * Writes what `target` names from the version document into the live one.
 * Call it inside one transaction of the live document. Throws not_found if
 * the version does not hold the entity.
 */
export function restoreFromVersion(live: Y.Doc, version: Y.Doc, target: RestoreBody): RestoreResult {
  const r: RestoreResult = { written: 0, deleted: 0 };
  switch (target.what) {
    case 'all':
      for (const root of BOARD_ROOT_NAMES) syncMap(live.getMap(root), version.getMap(root), r);
      break;
    case 'card':
      restoreCard(live, version, target.id, r);
      break;
    case 'cluster': {
      const cluster = clustersMap(version).get(target.id);
      if (!(cluster instanceof Y.Map)) throw new DomainError('not_found', 'That cluster is not in this version.');
      syncEntry(anyMap(clustersMap(live)), target.id, cluster, r);
      for (const [id, card] of cardsMap(version).entries())
        if (card instanceof Y.Map && card.get('clusterId') === target.id) restoreCard(live, version, id, r);
      break;
    }
    case 'theme': {
      const theme = themesMap(version).get(target.id);
      if (!(theme instanceof Y.Map)) throw new DomainError('not_found', 'That theme is not in this version.');
      syncEntry(anyMap(themesMap(live)), target.id, theme, r);
      break;
    }
    case 'goals':
      syncMap(anyMap(goalsMap(live)), anyMap(goalsMap(version)), r);
      break;
  }
  return r;
}

/** Throws not_found (before anything is written) if the version does not hold what `target` names. */
export function assertRestorable(version: Y.Doc, target: RestoreBody): void {
  const root =
    target.what === 'card'
      ? cardsMap(version)
      : target.what === 'cluster'
        ? clustersMap(version)
        : target.what === 'theme'
          ? themesMap(version)
          : null;
  if (root && 'id' in target && !(root.get(target.id) instanceof Y.Map))
    throw new DomainError(
      target.what === 'card' ? 'unknown_card' : 'not_found',
      `That ${target.what} is not in this version.`,
    );
}

/** Puts a card back from its plain fields (e.g. from the bin) as a fresh Y.Map; a cluster or stack it pointed to that is gone is dropped from it. */
export function putCard(doc: Y.Doc, card: Record<string, unknown> & { id: string }): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(card)) {
      if (v === undefined) continue;
      if (k === 'clusterId' && (typeof v !== 'string' || !clustersMap(doc).has(v))) continue;
      if (k === 'stackedOn' && (typeof v !== 'string' || !cardsMap(doc).has(v))) continue;
      m.set(k, v);
    }
    cardsMap(doc).set(card.id, m);
  });
}

/** A board document read from a version's preview (base64 Yjs update). */
export function decodeVersion(update: string): Y.Doc {
  return versionDoc(fromBase64(update));
}

/** A board document read from a version's snapshot. */
export function versionDoc(snapshot: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  return doc;
}
