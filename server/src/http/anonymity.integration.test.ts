// Integration: anonymous card queries, attacked the way a participant or the
// moderation could. People write in an order the test knows, over many
// reveals, while the moderation polls its progress route; nothing anyone
// receives may tell the writing order (and so the author) better than chance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cardsMap,
  listCards,
  type Card,
  type CardQuery,
  type PrivateCard,
  type QueryProgress,
  type VersionListResponse,
} from '@nws/shared';
import { api, connectClient, createWorkshop, startTestServer, waitFor, type TestWorkshop } from '../testing/harness.js';
import { prng } from '../testing/prng.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

const REVEALS = 48;
const WRITERS = 4;
const CARDS_EACH = 2;

async function openQuery(mode: 'named' | 'anonymous', question: string): Promise<CardQuery> {
  const r = await api<{ query: CardQuery }>(server.url, `/api/workshops/${ws.id}/queries`, {
    body: { question, mode },
    token: ws.moderatorToken,
  });
  expect(r.status).toBe(201);
  return r.body.query;
}

async function write(qid: string, token: string, text: string): Promise<PrivateCard> {
  const r = await api<{ card: PrivateCard }>(server.url, `/api/workshops/${ws.id}/queries/${qid}/cards`, {
    body: { text },
    token,
  });
  expect(r.status).toBe(201);
  return r.body.card;
}

async function reveal(qid: string): Promise<void> {
  const r = await api(server.url, `/api/workshops/${ws.id}/queries/${qid}/reveal`, {
    body: {},
    token: ws.moderatorToken,
  });
  expect(r.status).toBe(200);
}

const progress = async (qid: string) =>
  (
    await api<QueryProgress>(server.url, `/api/workshops/${ws.id}/queries/${qid}/progress`, {
      token: ws.moderatorToken,
    })
  ).body;

/** Kendall's tau-a of two rankings (ties count neither way): 1 = same order, -1 = reversed, about 0 = unrelated. */
function kendall(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) s += Math.sign(a[i]! - a[j]!) * Math.sign(b[i]! - b[j]!);
  return s / ((a.length * (a.length - 1)) / 2);
}

describe('anonymous card queries', () => {
  it('no writing order and no author can be recovered from anything a participant or the moderation receives', async () => {
    const writers = await Promise.all(Array.from({ length: WRITERS }, (_, i) => ws.join(`Schreiberin ${i}`)));
    // A participant's board, as every client receives it (the moderation's is the same document).
    const observer = connectClient(server.url, ws.id, writers[0]!);
    await observer.synced;
    const rng = prng(20261124);
    const channels = ['createdAt', 'updatedAt', 'position', 'map order', 'item clock', 'id', 'version diff'] as const;
    type Channel = (typeof channels)[number];
    const taus = new Map<Channel, number[]>(channels.map((c) => [c, []]));
    const hits = new Map<Channel, number>(channels.map((c) => [c, 0]));
    let cardsSeen = 0;

    for (let r = 0; r < REVEALS; r++) {
      const q = await openQuery('anonymous', `Runde ${r}`);
      // Who writes the k-th card: each writer CARDS_EACH times, in a random order the test (the attacker's oracle) knows.
      const authors = Array.from({ length: WRITERS * CARDS_EACH }, (_, k) => k % WRITERS);
      for (let i = authors.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [authors[i], authors[j]] = [authors[j]!, authors[i]!];
      }
      // Texts carry no order; the test keeps text → writing position.
      const written = new Map<string, number>();
      for (const [k, author] of authors.entries()) {
        const text = `Karte ${Array.from(rng.bytes(6), (b) => b.toString(16).padStart(2, '0')).join('')}`;
        written.set(text, k);
        await write(q.id, writers[author]!, text);
        // The moderation polls after every card, as an attacker would: it learns the total, and nothing per person.
        expect(await progress(q.id)).toEqual({ total: k + 1 });
      }
      await reveal(q.id);
      await waitFor(
        () => listCards(observer.doc).filter((c) => c.queryId === q.id).length === authors.length,
        'revealed cards at the observer',
      );
      const versions = (
        await api<VersionListResponse>(server.url, `/api/workshops/${ws.id}/versions`, { token: ws.moderatorToken })
      ).body.versions;
      const diffOrder = versions[0]!.diff.cards.added.map((e) => e.id);

      const keys = [...cardsMap(observer.doc).keys()];
      const cards: Card[] = listCards(observer.doc).filter((c) => c.queryId === q.id);
      const writingPos = cards.map((c) => written.get(c.text)!);
      const clock = (c: Card) => (cardsMap(observer.doc).get(c.id) as Y.Map<unknown>)._item!.id.clock;
      const value: Record<Channel, (c: Card) => number> = {
        createdAt: (c) => c.createdAt,
        updatedAt: (c) => c.updatedAt,
        position: (c) => c.y * 1e7 + c.x,
        'map order': (c) => keys.indexOf(c.id),
        'item clock': clock,
        id: (c) =>
          [...cards]
            .map((x) => x.id)
            .sort()
            .indexOf(c.id),
        'version diff': (c) => diffOrder.indexOf(c.id),
      };
      for (const ch of channels) {
        const v = cards.map(value[ch]);
        taus.get(ch)!.push(kendall(writingPos, v));
        // Worst case: the attacker knows who wrote the k-th card (say, from watching the room) and gives the k-th
        // card by this channel to that person; ties are broken at random.
        const ranked = cards
          .map((c, i) => ({ i, v: v[i]!, tie: rng.next() }))
          .sort((a, b) => a.v - b.v || a.tie - b.tie);
        ranked.forEach(({ i }, k) => {
          if (authors[k] === authors[writingPos[i]!]) hits.set(ch, hits.get(ch)! + 1);
        });
      }
      cardsSeen += cards.length;
    }

    // By chance, a card goes to its author with probability CARDS_EACH / cards per reveal = 1/4, and tau is about 0
    // (standard error 0.04 over 48 reveals of 8 cards): the bounds below are over 5 standard errors away.
    const results = channels.map((ch) => ({
      channel: ch,
      meanTau: Number((taus.get(ch)!.reduce((a, b) => a + b, 0) / REVEALS).toFixed(3)),
      authorsRight: Number((hits.get(ch)! / cardsSeen).toFixed(3)),
    }));
    expect(results.filter((r) => Math.abs(r.meanTau) >= 0.25 || r.authorsRight >= 0.45)).toEqual([]);
    observer.destroy();
  });

  it('anonymous cards carry no writing time; named ones keep theirs', async () => {
    const [a, b] = [await ws.join('Anna'), await ws.join('Bert')];
    const observer = connectClient(server.url, ws.id, a);
    await observer.synced;
    const pause = () => new Promise((ok) => setTimeout(ok, 5));
    const times = new Map<string, number>();
    for (const mode of ['anonymous', 'named'] as const) {
      const q = await openQuery(mode, `Zeitpunkt (${mode})`);
      for (const [i, token] of [a, b, a].entries()) {
        const card = await write(q.id, token, `${mode} ${i}`);
        times.set(card.id, card.createdAt);
        await pause();
      }
      const lastWrite = Date.now();
      await pause();
      await reveal(q.id);
      await waitFor(() => listCards(observer.doc).filter((c) => c.queryId === q.id).length === 3, 'revealed cards');
      const cards = listCards(observer.doc).filter((c) => c.queryId === q.id);
      if (mode === 'anonymous') {
        // One time for all, the reveal's: later than every card was written.
        const [revealedAt] = new Set(cards.flatMap((c) => [c.createdAt, c.updatedAt]));
        expect(new Set(cards.flatMap((c) => [c.createdAt, c.updatedAt])).size).toBe(1);
        expect(revealedAt).toBeGreaterThan(lastWrite);
        for (const c of cards) expect(c.createdAt).not.toBe(times.get(c.id));
      } else {
        for (const c of cards) expect(c.createdAt).toBe(times.get(c.id));
        expect(new Set(cards.map((c) => c.createdAt)).size).toBe(3);
      }
    }
    observer.destroy();
  });
});
