// The reveal: a query's private cards become board cards, all at once, laid
// out in the query's area. Card ids are the private cards' ids (random, so
// they tell nothing of order), so a reveal that is repeated after a crash
// writes the same cards again, not copies.
import * as Y from 'yjs';
import type { CardQuery } from '../model/query.js';
import { CardSchema, type Card } from '../model/card.js';
import { cardsMap, type CardMap } from './board.js';
import { DomainError } from '../errors.js';
import { gridCell, QUERY_AREA } from './layout.js';
import { secureRandomInt, shuffled } from './shuffle.js';

export interface CardToReveal {
  id: string;
  text: string;
  authorId: string;
  createdAt: number;
}

/** How many cards of a query are on the board, not counting `except`. */
function queryCardCount(board: Y.Doc, queryId: string, except: Set<string> = new Set()): number {
  let n = 0;
  for (const m of cardsMap(board).values())
    if (m instanceof Y.Map && m.get('queryId') === queryId && !except.has(m.get('id') as string)) n++;
  return n;
}

/** The `index`-th cell of a query's reveal grid. */
function queryCell(query: Pick<CardQuery, 'areaX' | 'areaY'>, index: number): { x: number; y: number } {
  return gridCell(index, QUERY_AREA.revealColumns, query.areaX + QUERY_AREA.padding, query.areaY + QUERY_AREA.header);
}

/** Where the next card of a query goes (call-out cards and reveals fill the grid in order). */
export function nextQueryCardPosition(
  board: Y.Doc,
  query: Pick<CardQuery, 'id' | 'areaX' | 'areaY'>,
): { x: number; y: number } {
  return queryCell(query, queryCardCount(board, query.id));
}

/**
 * Writes the private cards of a query to the board in one transaction and returns them as placed. Named queries keep
 * author, writing time and writing order; anonymous ones keep none of the three (`randomInt` only for tests).
 */
export function revealCards(
  board: Y.Doc,
  query: CardQuery,
  cards: CardToReveal[],
  now = Date.now(),
  randomInt: (n: number) => number = secureRandomInt,
): Card[] {
  const existing = queryCardCount(board, query.id, new Set(cards.map((c) => c.id)));
  const named = query.mode === 'named';
  // Anonymous: a random order for the grid and for the order the cards enter
  // the document, since every client sees the latter in the Yjs item clocks.
  const ordered = named
    ? [...cards].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    : shuffled(cards, randomInt);
  const placed = ordered.map((c, i) => {
    const pos = queryCell(query, existing + i);
    const parsed = CardSchema.safeParse({
      id: c.id,
      text: c.text,
      ...pos,
      color: 'yellow',
      ...(named ? { authorId: c.authorId } : {}),
      queryId: query.id,
      // Named cards keep when they were written (views order by it); anonymous
      // ones all carry the reveal's time, so no writing time is left to compare.
      createdAt: named ? c.createdAt : now,
      updatedAt: now,
    });
    if (!parsed.success) throw new DomainError('invalid', parsed.error.message);
    return parsed.data;
  });
  board.transact(() => {
    for (const card of placed) {
      const map: CardMap = new Y.Map();
      for (const [k, v] of Object.entries(card)) if (v !== undefined) map.set(k, v);
      cardsMap(board).set(card.id, map);
    }
  });
  return placed;
}
