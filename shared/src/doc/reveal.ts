// The reveal: a query's private cards become board cards, all at once, laid
// out in the query's area. Card ids are the private cards' ids, so a reveal
// that is repeated after a crash writes the same cards again, not copies.
import * as Y from 'yjs';
import type { CardQuery } from '../model/query.js';
import { CardSchema, type Card } from '../model/card.js';
import { cardsMap, type CardMap } from './boardDoc.js';
import { DomainError } from './cards.js';
import { gridCell, QUERY_AREA } from './layout.js';

export interface CardToReveal {
  id: string;
  text: string;
  authorId: string;
  createdAt: number;
}

/** Writes the private cards of a query to the board in one transaction; anonymous queries drop the author. Returns the cards as placed. */
export function revealCards(board: Y.Doc, query: CardQuery, cards: CardToReveal[], now = Date.now()): Card[] {
  const existing = [...cardsMap(board).values()].filter((m) => m instanceof Y.Map && m.get('queryId') === query.id && !cards.some((c) => c.id === m.get('id'))).length;
  const ordered = [...cards].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const placed = ordered.map((c, i) => {
    const pos = gridCell(existing + i, QUERY_AREA.revealColumns, query.areaX + QUERY_AREA.padding, query.areaY + QUERY_AREA.header);
    const parsed = CardSchema.safeParse({
      id: c.id,
      text: c.text,
      ...pos,
      color: 'yellow',
      ...(query.mode === 'named' ? { authorId: c.authorId } : {}),
      queryId: query.id,
      createdAt: now,
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
