import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  editCardText,
  getCard,
  listCards,
  moveCard,
  nextCardPosition,
  observeCards,
  recolorCard,
} from './cards.js';
import { DomainError } from '../errors.js';
import { cardsMap } from './board.js';
import { CARD_TEXT_MAX } from '../model/card.js';

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
};

describe('card operations on a bare Y.Doc', () => {
  it('creates a card with defaults and reads it back validated', () => {
    const doc = new Y.Doc();
    const card = addCard(doc, { text: 'Jobcenter', x: 10, y: 20 }, { now: 1000, id: 'card-0001' });
    expect(card).toEqual({
      id: 'card-0001',
      text: 'Jobcenter',
      x: 10,
      y: 20,
      color: 'yellow',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(getCard(doc, 'card-0001')).toEqual(card);
    expect(listCards(doc)).toEqual([card]);
  });

  it('edits text, moves, recolours and deletes', () => {
    const doc = new Y.Doc();
    const { id } = addCard(doc, { text: 'a', x: 0, y: 0 }, { now: 1 });
    editCardText(doc, id, 'Ausländerbehörde', 2);
    moveCard(doc, id, 300, -40, 3);
    recolorCard(doc, id, 'blue', 4);
    expect(getCard(doc, id)).toMatchObject({ text: 'Ausländerbehörde', x: 300, y: -40, color: 'blue', updatedAt: 4 });
    deleteCard(doc, id);
    expect(getCard(doc, id)).toBeNull();
    expect(() => deleteCard(doc, id)).not.toThrow();
  });

  it('rejects invalid input before touching the document', () => {
    const doc = new Y.Doc();
    expect(() => addCard(doc, { text: 'x'.repeat(CARD_TEXT_MAX + 1), x: 0, y: 0 })).toThrow(DomainError);
    expect(() => addCard(doc, { text: 'ok', x: Number.NaN, y: 0 })).toThrow(DomainError);
    expect(() => addCard(doc, { text: 'ok', x: 0, y: 0, color: 'black' as never })).toThrow(DomainError);
    expect(cardsMap(doc).size).toBe(0);
    const { id } = addCard(doc, { text: 'ok', x: 0, y: 0 });
    expect(() => moveCard(doc, id, Infinity, 0)).toThrow(DomainError);
    expect(() => editCardText(doc, id, 'x'.repeat(CARD_TEXT_MAX + 1))).toThrow(DomainError);
    expect(() => moveCard(doc, 'missing-card', 0, 0)).toThrow(/does not exist/);
    expect(getCard(doc, id)).toMatchObject({ x: 0, y: 0, text: 'ok' });
  });

  it('keeps concurrent edits of different fields of one card', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const { id } = addCard(a, { text: 'draft', x: 0, y: 0 }, { now: 1 });
    sync(a, b);
    editCardText(a, id, 'Schuldnerberatung', 2);
    moveCard(b, id, 500, 500, 3);
    sync(a, b);
    expect(getCard(a, id)).toMatchObject({ text: 'Schuldnerberatung', x: 500, y: 500 });
    expect(listCards(a)).toEqual(listCards(b));
  });

  it('skips malformed entries written by a buggy or hostile client', () => {
    const doc = new Y.Doc();
    const bad = new Y.Map<unknown>();
    bad.set('id', 'bad-card-1');
    bad.set('text', 42);
    cardsMap(doc).set('bad-card-1', bad);
    (cardsMap(doc) as Y.Map<unknown>).set('not-a-map', 'oops');
    const good = addCard(doc, { text: 'ok', x: 0, y: 0 });
    expect(listCards(doc)).toEqual([good]);
    expect(getCard(doc, 'bad-card-1')).toBeNull();
  });

  it('lists cards in creation order and notifies observers', () => {
    const doc = new Y.Doc();
    const seen: number[] = [];
    const stop = observeCards(doc, (cards) => seen.push(cards.length));
    addCard(doc, { text: 'second', x: 0, y: 0 }, { now: 20, id: 'card-bbbb' });
    addCard(doc, { text: 'first', x: 0, y: 0 }, { now: 10, id: 'card-aaaa' });
    stop();
    addCard(doc, { text: 'unseen', x: 0, y: 0 }, { now: 30 });
    expect(seen).toEqual([1, 2]);
    expect(listCards(doc).map((c) => c.text)).toEqual(['first', 'second', 'unseen']);
  });

  it('places new free cards on a grid, ignoring query cards', () => {
    const doc = new Y.Doc();
    expect(nextCardPosition(doc)).toEqual({ x: 0, y: 0 });
    for (let i = 0; i < 6; i++) addCard(doc, { text: String(i), x: 0, y: 0 });
    addCard(doc, { text: 'in a query', x: 5000, y: 0, queryId: 'query-0001' });
    expect(nextCardPosition(doc)).toEqual({ x: 0, y: 164 });
  });
});
