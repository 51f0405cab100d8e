import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  activeQuery,
  createQuery,
  extendQueryTimer,
  getQuery,
  listQueries,
  markQueryRevealed,
  setActiveQuery,
  setQueryCardCount,
} from './queries.js';
import { revealCards } from './reveal.js';
import { addCard, listCards } from './cards.js';
import { QUERY_AREA, STEP_X } from './layout.js';
import { cardsMap } from './board.js';

describe('card queries in the control document', () => {
  it('creates queries in their own areas and tracks the active one', () => {
    const control = new Y.Doc();
    const a = createQuery(
      control,
      { question: 'Wer gehört an den Tisch?', mode: 'named', purpose: 'actors' },
      { now: 1000 },
    );
    expect(a).toMatchObject({
      status: 'writing',
      cardCount: 0,
      order: 0,
      perPersonLimit: null,
      timerEndsAt: null,
      areaX: QUERY_AREA.originX,
    });
    const b = createQuery(
      control,
      { question: 'Welche Hürden?', mode: 'anonymous', timerSeconds: 300, perPersonLimit: 3 },
      { now: 2000 },
    );
    expect(b.timerEndsAt).toBe(2000 + 300_000);
    expect(b.areaX - a.areaX).toBe(QUERY_AREA.stride);
    expect(activeQuery(control)?.id).toBe(b.id);
    setActiveQuery(control, a.id);
    expect(activeQuery(control)?.id).toBe(a.id);
    setQueryCardCount(control, a.id, 7);
    extendQueryTimer(control, b.id, 2, 3000);
    expect(getQuery(control, b.id)?.timerEndsAt).toBe(2000 + 300_000 + 120_000);
    markQueryRevealed(control, a.id, 5000);
    expect(getQuery(control, a.id)).toMatchObject({ status: 'revealed', revealedAt: 5000, cardCount: 7 });
    expect(listQueries(control).map((q) => q.question)).toEqual(['Wer gehört an den Tisch?', 'Welche Hürden?']);
  });

  it('a call-out query is on the board from the start', () => {
    const control = new Y.Doc();
    expect(createQuery(control, { question: 'Zuruf', mode: 'callout' })).toMatchObject({ status: 'revealed' });
  });

  it('rejects invalid queries', () => {
    const control = new Y.Doc();
    expect(() => createQuery(control, { question: ' ', mode: 'named' })).toThrow();
    expect(() => createQuery(control, { question: 'x', mode: 'secret' as never })).toThrow();
    expect(() => createQuery(control, { question: 'x', mode: 'named', perPersonLimit: 0 })).toThrow();
    expect(listQueries(control)).toEqual([]);
  });
});

describe('reveal', () => {
  const control = new Y.Doc();
  const named = createQuery(control, { question: 'Akteure?', mode: 'named' });
  const anon = createQuery(control, { question: 'Hürden?', mode: 'anonymous' });
  const priv = (id: string, text: string, author: string, t: number) => ({
    id: `card-${id}-0000`,
    text,
    authorId: author,
    createdAt: t,
  });

  it('publishes all cards at once in a tidy grid in the query area, named with author', () => {
    const board = new Y.Doc();
    const updates: Uint8Array[] = [];
    board.on('update', (u: Uint8Array) => updates.push(u));
    const placed = revealCards(
      board,
      named,
      [priv('b', 'Jugendamt', 'sess-2', 2), priv('a', 'Jobcenter', 'sess-1', 1), priv('c', 'Kita', 'sess-1', 3)],
      99,
    );
    expect(updates).toHaveLength(1); // one transaction: everyone sees all cards at the same moment
    expect(placed.map((c) => c.text)).toEqual(['Jobcenter', 'Jugendamt', 'Kita']);
    expect(placed.map((c) => [c.x - named.areaX, c.y])).toEqual([
      [QUERY_AREA.padding, QUERY_AREA.header],
      [QUERY_AREA.padding + STEP_X, QUERY_AREA.header],
      [QUERY_AREA.padding + 2 * STEP_X, QUERY_AREA.header],
    ]);
    expect(listCards(board).every((c) => c.queryId === named.id && c.authorId)).toBe(true);
    // cards keep the time they were written, so every view lists them in writing order
    expect(listCards(board).map((c) => c.text)).toEqual(['Jobcenter', 'Jugendamt', 'Kita']);
  });

  it('anonymous cards carry no author; repeating a reveal does not duplicate', () => {
    const board = new Y.Doc();
    const cards = [priv('x', 'Mietpreise', 'sess-9', 1), priv('y', 'Kita-Plätze', 'sess-8', 2)];
    revealCards(board, anon, cards);
    revealCards(board, anon, cards);
    const revealed = listCards(board);
    expect(revealed).toHaveLength(2);
    expect(revealed.some((c) => 'authorId' in c)).toBe(false);
    expect(JSON.stringify(cardsMap(board).toJSON())).not.toContain('sess-');
  });

  it('places revealed cards after call-out cards already in the area', () => {
    const board = new Y.Doc();
    addCard(board, { text: 'zugerufen', x: anon.areaX + QUERY_AREA.padding, y: QUERY_AREA.header, queryId: anon.id });
    const [first] = revealCards(board, anon, [priv('z', 'neu', 's', 1)]);
    expect(first!.x).toBe(anon.areaX + QUERY_AREA.padding + STEP_X);
  });
});
