// Typed access to the board document. The board is a Y.Doc whose root map
// "cards" holds one Y.Map per card, keyed by card id; the fields of each map
// are exactly the fields of CardSchema, so concurrent edits of different
// fields (one person moves, another types) both survive.
import * as Y from 'yjs';
import { CardSchema, type Card } from '../model/card.js';

export type CardMap = Y.Map<unknown>;

/** The root map of all cards in a board document. */
export function cardsMap(doc: Y.Doc): Y.Map<CardMap> {
  return doc.getMap<CardMap>('cards');
}

/** Reads one card map into a validated Card, or null if its data is malformed. */
export function readCard(map: CardMap): Card | null {
  const parsed = CardSchema.safeParse(map.toJSON());
  return parsed.success ? parsed.data : null;
}

/** The card with this id, validated, or null if absent or malformed. */
export function getCard(doc: Y.Doc, id: string): Card | null {
  const map = cardsMap(doc).get(id);
  return map instanceof Y.Map ? readCard(map) : null;
}

/** All well-formed cards, oldest first (ties broken by id so every client agrees). Malformed entries are skipped. */
export function listCards(doc: Y.Doc): Card[] {
  const cards: Card[] = [];
  for (const map of cardsMap(doc).values()) {
    if (!(map instanceof Y.Map)) continue;
    const card = readCard(map);
    if (card) cards.push(card);
  }
  return cards.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Calls back with the current cards whenever any card changes; returns the unsubscribe function. */
export function observeCards(doc: Y.Doc, onChange: (cards: Card[]) => void): () => void {
  const map = cardsMap(doc);
  const handler = () => onChange(listCards(doc));
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}
