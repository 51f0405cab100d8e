// Clustering: named groups of a query's cards, and stacks of duplicates.
// Membership lives on the card (clusterId, stackedOn); positions are tidied
// by the operations so the canvas and the DOM view show the same grouping.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { ClusterSchema, CLUSTER_NAME_MAX, type Cluster } from '../model/cluster.js';
import type { Card, CardColor } from '../model/card.js';
import type { CardQuery } from '../model/query.js';
import { cardsMap, clustersMap, type ClusterMap } from './board.js';
import { listCards } from './cards.js';
import { DomainError } from '../errors.js';
import { CLUSTER_BOX, clusterSize, gridCell, QUERY_AREA } from './layout.js';

function readCluster(map: ClusterMap): Cluster | null {
  const parsed = ClusterSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : null;
}

export function getCluster(doc: Y.Doc, id: string): Cluster | null {
  const map = clustersMap(doc).get(id);
  return map instanceof Y.Map ? readCluster(map) : null;
}

/** Clusters (of one query, if given) in creation order. */
export function listClusters(doc: Y.Doc, queryId?: string): Cluster[] {
  const out: Cluster[] = [];
  for (const map of clustersMap(doc).values()) {
    if (!(map instanceof Y.Map)) continue;
    const c = readCluster(map);
    if (c && (queryId === undefined || c.queryId === queryId)) out.push(c);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Calls back when clusters change. */
export function observeClusters(doc: Y.Doc, onChange: () => void): () => void {
  const map = clustersMap(doc);
  const handler = () => onChange();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}

function requireCluster(doc: Y.Doc, id: string): ClusterMap {
  const map = clustersMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new DomainError('not_found', `cluster ${id} does not exist`);
  return map;
}

function requireCard(doc: Y.Doc, id: string): Y.Map<unknown> {
  const map = cardsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new DomainError('not_found', `card ${id} does not exist`);
  return map;
}

function cleanName(name: string): string {
  const n = name.trim();
  if (n.length > CLUSTER_NAME_MAX)
    throw new DomainError('invalid', `cluster names have at most ${CLUSTER_NAME_MAX} characters`);
  return n;
}

/**
 * Creates a cluster, optionally with cards: at `at` (the canvas puts it in
 * view, beside the selection), else in the query's area (next free slot).
 */
export function createCluster(
  doc: Y.Doc,
  query: Pick<CardQuery, 'id' | 'areaX' | 'areaY'>,
  input: { name: string; color?: CardColor; cardIds?: string[]; at?: { x: number; y: number } },
  opts: { now?: number; id?: string } = {},
): Cluster {
  const index = listClusters(doc, query.id).length;
  const origin = input.at
    ? { x: Math.round(input.at.x), y: Math.round(input.at.y) }
    : {
        x: query.areaX + QUERY_AREA.clusterOffsetX + (index % QUERY_AREA.clusterColumns) * QUERY_AREA.clusterStepX,
        y: query.areaY + QUERY_AREA.header + Math.floor(index / QUERY_AREA.clusterColumns) * QUERY_AREA.clusterStepY,
      };
  const cluster: Cluster = {
    id: opts.id ?? uuidv4(),
    queryId: query.id,
    name: cleanName(input.name),
    color: input.color ?? 'blue',
    ...origin,
    ...clusterSize(0),
    createdAt: opts.now ?? Date.now(),
  };
  doc.transact(() => {
    const map: ClusterMap = new Y.Map();
    for (const [k, v] of Object.entries(cluster)) map.set(k, v);
    clustersMap(doc).set(cluster.id, map);
    if (input.cardIds?.length) assignToCluster(doc, input.cardIds, cluster.id);
  });
  return getCluster(doc, cluster.id) ?? cluster;
}

export function renameCluster(doc: Y.Doc, id: string, name: string): void {
  requireCluster(doc, id).set('name', cleanName(name));
}

export function recolorCluster(doc: Y.Doc, id: string, color: CardColor): void {
  requireCluster(doc, id).set('color', color);
}

/** Moves a cluster box; its cards move with it. */
export function moveCluster(doc: Y.Doc, id: string, x: number, y: number): void {
  const map = requireCluster(doc, id);
  const dx = x - (map.get('x') as number);
  const dy = y - (map.get('y') as number);
  doc.transact(() => {
    map.set('x', x);
    map.set('y', y);
    for (const card of membersOf(doc, id)) {
      const c = requireCard(doc, card.id);
      c.set('x', card.x + dx);
      c.set('y', card.y + dy);
    }
  });
}

/** Dissolves a cluster: its cards stay where they are, unclustered. */
export function dissolveCluster(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const card of membersOf(doc, id)) requireCard(doc, card.id).delete('clusterId');
    clustersMap(doc).delete(id);
  });
}

function membersOf(doc: Y.Doc, clusterId: string): Card[] {
  return listCards(doc).filter((c) => c.clusterId === clusterId);
}

/** Cards stacked on a card (its duplicates), in order. */
export function stackOf(doc: Y.Doc, cardId: string): Card[] {
  return listCards(doc).filter((c) => c.stackedOn === cardId);
}

/**
 * Puts cards into a cluster (or out of any, with null). Cards stacked on a
 * moved card follow it; a moved card leaves the stack it was on.
 */
export function assignToCluster(doc: Y.Doc, cardIds: string[], clusterId: string | null): void {
  if (clusterId !== null) requireCluster(doc, clusterId);
  const touched = new Set<string>();
  doc.transact(() => {
    for (const id of cardIds) {
      const card = requireCard(doc, id);
      const before = card.get('clusterId');
      if (typeof before === 'string') touched.add(before);
      if (cardIds.includes(card.get('stackedOn') as string) === false) card.delete('stackedOn');
      const followers = [id, ...stackOf(doc, id).map((c) => c.id)];
      for (const f of followers) {
        const m = requireCard(doc, f);
        if (clusterId === null) m.delete('clusterId');
        else m.set('clusterId', clusterId);
      }
    }
    if (clusterId !== null) touched.add(clusterId);
    for (const c of touched) if (clustersMap(doc).has(c)) layoutCluster(doc, c);
  });
}

/** Stacks a duplicate on another card: same cluster, same place (slightly offset). */
export function stackCard(doc: Y.Doc, cardId: string, ontoId: string): void {
  if (cardId === ontoId) throw new DomainError('invalid', 'a card cannot be stacked on itself');
  const onto = requireCard(doc, ontoId);
  // Stack on the bottom card of a stack, never build chains.
  const baseId = typeof onto.get('stackedOn') === 'string' ? (onto.get('stackedOn') as string) : ontoId;
  if (baseId === cardId) throw new DomainError('invalid', 'a card cannot be stacked on its own duplicate');
  const base = requireCard(doc, baseId);
  const card = requireCard(doc, cardId);
  doc.transact(() => {
    const oldCluster = card.get('clusterId');
    // Duplicates already on the card move with it onto the new base.
    for (const dup of stackOf(doc, cardId)) requireCard(doc, dup.id).set('stackedOn', baseId);
    card.set('stackedOn', baseId);
    const cluster = base.get('clusterId');
    for (const id of [cardId, ...stackOf(doc, cardId).map((c) => c.id)]) {
      const m = requireCard(doc, id);
      if (typeof cluster === 'string') m.set('clusterId', cluster);
      else m.delete('clusterId');
    }
    placeStack(doc, baseId);
    for (const c of new Set([oldCluster, cluster]))
      if (typeof c === 'string' && clustersMap(doc).has(c)) layoutCluster(doc, c);
  });
}

/** Takes a card off its stack; it stays in the same cluster. */
export function unstackCard(doc: Y.Doc, cardId: string): void {
  const card = requireCard(doc, cardId);
  doc.transact(() => {
    card.delete('stackedOn');
    const cluster = card.get('clusterId');
    if (typeof cluster === 'string' && clustersMap(doc).has(cluster)) layoutCluster(doc, cluster);
    else card.set('y', (card.get('y') as number) + 40);
  });
}

function placeStack(doc: Y.Doc, baseId: string): void {
  const base = requireCard(doc, baseId);
  stackOf(doc, baseId).forEach((dup, i) => {
    const m = requireCard(doc, dup.id);
    m.set('x', (base.get('x') as number) + 8 * (i + 1));
    m.set('y', (base.get('y') as number) + 8 * (i + 1));
  });
}

/** Arranges a cluster's cards in its box (stacks on top of their base) and fits the box to them. */
export function layoutCluster(doc: Y.Doc, clusterId: string): void {
  const map = requireCluster(doc, clusterId);
  const x = map.get('x') as number;
  const y = map.get('y') as number;
  const bases = membersOf(doc, clusterId).filter((c) => !c.stackedOn || !cardsMap(doc).has(c.stackedOn));
  doc.transact(() => {
    bases.forEach((card, i) => {
      const pos = gridCell(i, CLUSTER_BOX.columns, x + CLUSTER_BOX.padding, y + CLUSTER_BOX.title);
      const m = requireCard(doc, card.id);
      if (m.get('x') !== pos.x) m.set('x', pos.x);
      if (m.get('y') !== pos.y) m.set('y', pos.y);
      if (m.has('stackedOn')) m.delete('stackedOn');
      placeStack(doc, card.id);
    });
    const size = clusterSize(bases.length);
    if (map.get('w') !== size.w) map.set('w', size.w);
    if (map.get('h') !== size.h) map.set('h', size.h);
  });
}

/** The cluster whose box contains a point, if any (for drops on the canvas). */
export function clusterAt(doc: Y.Doc, queryId: string | undefined, x: number, y: number): Cluster | null {
  const hits = listClusters(doc, queryId).filter((c) => x >= c.x && x <= c.x + c.w && y >= c.y && y <= c.y + c.h);
  return hits.at(-1) ?? null;
}
