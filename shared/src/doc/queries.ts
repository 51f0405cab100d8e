// Card queries in the control document: opened, activated, timed and marked
// revealed by the server on validated moderator commands. (The cards written
// to a query stay on the server until the reveal; see reveal.ts.)
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { CreateQuerySchema, type CardQuery, type CreateQuery } from '../model/query.js';
import { DomainError } from '../errors.js';
import { queriesMap, stateMap, type QueryMap } from './control.js';
import { QUERY_AREA } from './layout.js';
import { readActiveQuery, readQueries, readQuery } from './read.js';
import { schemaChecks } from './checks.js';

/** The query with this id, or null (validated; the browser reads with `readQuery`). */
export const getQuery = (doc: Y.Doc, id: string): CardQuery | null => readQuery(doc, id, schemaChecks);

/** All queries in creation order. */
export const listQueries = (doc: Y.Doc): CardQuery[] => readQueries(doc, schemaChecks);

/** The query the workshop is working on now, or null. */
export const activeQuery = (doc: Y.Doc): CardQuery | null => readActiveQuery(doc, schemaChecks);

function requireQueryMap(doc: Y.Doc, id: string): QueryMap {
  const map = queriesMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new DomainError('not_found', `query ${id} does not exist`);
  return map;
}

/** Opens a new card query in its own board area and makes it the active one. */
export function createQuery(doc: Y.Doc, input: CreateQuery, opts: { now?: number; id?: string } = {}): CardQuery {
  const parsed = CreateQuerySchema.safeParse(input);
  if (!parsed.success) throw new DomainError('invalid', parsed.error.message);
  const now = opts.now ?? Date.now();
  const order = queriesMap(doc).size;
  const query: CardQuery = {
    id: opts.id ?? uuidv4(),
    ...parsed.data,
    timerEndsAt: parsed.data.timerSeconds ? now + parsed.data.timerSeconds * 1000 : null,
    status: parsed.data.mode === 'callout' ? 'revealed' : 'writing',
    cardCount: 0,
    areaX: QUERY_AREA.originX + order * QUERY_AREA.stride,
    areaY: 0,
    order,
    createdAt: now,
    revealedAt: parsed.data.mode === 'callout' ? now : null,
  };
  doc.transact(() => {
    const map: QueryMap = new Y.Map();
    for (const [k, v] of Object.entries(query)) map.set(k, v);
    queriesMap(doc).set(query.id, map);
    stateMap(doc).set('activeQueryId', query.id);
  });
  return query;
}

/** Makes an existing query the active one. */
export function setActiveQuery(doc: Y.Doc, id: string): void {
  requireQueryMap(doc, id);
  stateMap(doc).set('activeQueryId', id);
}

/** Records how many cards a query has (the only thing known before the reveal). */
export function setQueryCardCount(doc: Y.Doc, id: string, count: number): void {
  requireQueryMap(doc, id).set('cardCount', count);
}

/** Marks a query revealed: writing is over. */
export function markQueryRevealed(doc: Y.Doc, id: string, now = Date.now()): void {
  const map = requireQueryMap(doc, id);
  doc.transact(() => {
    map.set('status', 'revealed');
    map.set('revealedAt', now);
    map.set('timerEndsAt', null);
  });
}

/** Extends (or starts) a query's writing timer by some minutes. */
export function extendQueryTimer(doc: Y.Doc, id: string, minutes: number, now = Date.now()): void {
  const map = requireQueryMap(doc, id);
  const ends = map.get('timerEndsAt');
  const base = typeof ends === 'number' && ends > now ? ends : now;
  map.set('timerEndsAt', base + minutes * 60_000);
}
