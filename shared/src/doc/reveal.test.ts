import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createQuery } from './queries.js';
import { revealCards, type CardToReveal } from './reveal.js';
import { cardsMap } from './board.js';
import { QUERY_AREA, STEP_X } from './layout.js';

const control = new Y.Doc();
const anon = createQuery(control, { question: 'Hürden?', mode: 'anonymous' });

/** Four cards written by two people, one millisecond apart, in this order. */
const written: CardToReveal[] = ['w0', 'w1', 'w2', 'w3'].map((t, i) => ({
  id: `card-${t}-0000`,
  text: t,
  authorId: `sess-${i % 2}`,
  createdAt: 1000 + i,
}));

/** The cards' texts in the order their Yjs items were created, as a client that receives the reveal sees it. */
function itemOrder(board: Y.Doc): string[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
  const clockOf = (m: Y.Map<unknown>) => m._item!.id.clock;
  return [...cardsMap(client).values()].sort((a, b) => clockOf(a) - clockOf(b)).map((m) => m.get('text') as string);
}

describe('anonymous reveal', () => {
  it('carries no author and no writing time: every card has the reveal time', () => {
    const board = new Y.Doc();
    const placed = revealCards(board, anon, written, 5000);
    for (const card of placed) {
      expect(card.authorId).toBeUndefined();
      expect([card.createdAt, card.updatedAt]).toEqual([5000, 5000]);
    }
    expect(JSON.stringify(cardsMap(board).toJSON())).not.toContain('sess-');
  });

  it('places the cards and writes them into the document in the random order, not the writing order', () => {
    const board = new Y.Doc();
    // With j = 0 at every step Fisher–Yates rotates by one: w1 w2 w3 w0.
    const placed = revealCards(board, anon, written, 5000, () => 0);
    expect(placed.map((c) => c.text)).toEqual(['w1', 'w2', 'w3', 'w0']);
    expect(placed.map((c) => c.x - anon.areaX)).toEqual([0, 1, 2, 3].map((i) => QUERY_AREA.padding + i * STEP_X));
    expect(itemOrder(board)).toEqual(['w1', 'w2', 'w3', 'w0']);
    expect([...cardsMap(board).values()].map((m) => m.get('text'))).toEqual(['w1', 'w2', 'w3', 'w0']);
  });

  it('puts the first-written card in any place equally often (cryptographic shuffle by default)', () => {
    const firstCell = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) {
      const board = new Y.Doc();
      const placed = revealCards(board, anon, written, 5000);
      firstCell[placed.findIndex((c) => c.text === 'w0')]!++;
    }
    // 100 expected in each cell, standard deviation about 9.
    for (const n of firstCell) {
      expect(n).toBeGreaterThan(55);
      expect(n).toBeLessThan(145);
    }
  });
});
