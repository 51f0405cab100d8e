// Cards in the board document: reading them, and pure operations on them.
// Each operation validates its input with zod before it touches the document
// and runs in one transaction, so a remote peer sees a whole change or none
// of it. A card's fields are exactly those of CardSchema, one Y.Map entry
// each, so concurrent edits of different fields (one person moves, another
// types) both survive.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { CardSchema, NewCardSchema, CARD_TEXT_MAX, BOARD_COORD_MAX, type Card, type NewCard } from '../model/card.js';
import { cardsMap, type CardMap } from './board.js';
import { FREE_COLUMNS, gridCell } from './layout.js';
import { DomainError } from '../errors.js';

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

function requireCardMap(doc: Y.Doc, id: string): CardMap {
  const map = cardsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new DomainError('not_found', `card ${id} does not exist`);
  return map;
}

function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: { message: string } }): T {
  if (!result.success) throw new DomainError('invalid', result.error.message);
  return result.data;
}

/** Creates a card and returns it; `now` and `id` are injectable for tests. */
export function addCard(doc: Y.Doc, input: NewCard, opts: { now?: number; id?: string } = {}): Card {
  const fields = parseOrThrow(NewCardSchema.safeParse(input));
  const now = opts.now ?? Date.now();
  const card = parseOrThrow(
    CardSchema.safeParse({ color: 'yellow', ...fields, id: opts.id ?? uuidv4(), createdAt: now, updatedAt: now }),
  );
  doc.transact(() => {
    const map: CardMap = new Y.Map();
    for (const [key, value] of Object.entries(card)) if (value !== undefined) map.set(key, value);
    cardsMap(doc).set(card.id, map);
  });
  return card;
}

/** Replaces a card's text. */
export function editCardText(doc: Y.Doc, id: string, text: string, now = Date.now()): void {
  if (typeof text !== 'string' || text.length > CARD_TEXT_MAX) {
    throw new DomainError('invalid', `card text must be a string of at most ${CARD_TEXT_MAX} characters`);
  }
  const map = requireCardMap(doc, id);
  doc.transact(() => {
    map.set('text', text);
    map.set('updatedAt', now);
  });
}

const isCoord = (n: number) => Number.isFinite(n) && Math.abs(n) <= BOARD_COORD_MAX;

/** Moves a card to a board position. */
export function moveCard(doc: Y.Doc, id: string, x: number, y: number, now = Date.now()): void {
  if (!isCoord(x) || !isCoord(y)) throw new DomainError('invalid', 'card position out of range');
  const map = requireCardMap(doc, id);
  doc.transact(() => {
    map.set('x', x);
    map.set('y', y);
    map.set('updatedAt', now);
  });
}

/** Changes a card's colour. */
export function recolorCard(doc: Y.Doc, id: string, color: Card['color'], now = Date.now()): void {
  parseOrThrow(CardSchema.shape.color.safeParse(color));
  const map = requireCardMap(doc, id);
  doc.transact(() => {
    map.set('color', color);
    map.set('updatedAt', now);
  });
}

/** Deletes a card; deleting an absent card is a no-op (another client may have been faster). */
export function deleteCard(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    cardsMap(doc).delete(id);
  });
}

/** A free spot for a new free card (outside queries): the next cell of the free grid, so new cards never pile up. */
export function nextCardPosition(doc: Y.Doc): { x: number; y: number } {
  let free = 0;
  for (const map of cardsMap(doc).values()) if (map instanceof Y.Map && map.get('queryId') === undefined) free++;
  return gridCell(free, FREE_COLUMNS, 0, 0);
}
