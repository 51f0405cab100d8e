// Integration: card queries through the real server. The privacy sniff test
// connects a raw client as a second participant and inspects every byte it
// receives (both documents, awareness) and every API answer it can get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import {
  cardsMap,
  getQuery,
  listCards,
  queriesMap,
  roomName,
  stateMap,
  SYNC_PATH,
  type CardQuery,
  type PrivateCard,
  type QueryProgress,
} from '@nws/shared';
import {
  api,
  connectClient,
  createWorkshop,
  recordSocket,
  startTestServer,
  waitFor,
  type TestWorkshop,
} from '../testing/harness.js';
import { MessageType } from '../sync/room.js';
import WS from 'ws';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

async function openRaw(doc: 'board' | 'control', token: string) {
  const sock = new WS(`${server.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, doc)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const rec = recordSocket(sock);
  await new Promise((ok, fail) => {
    sock.once('open', ok);
    sock.once('error', fail);
  });
  // Behave like a real client: ask for everything, announce presence.
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Sync);
  syncProtocol.writeSyncStep1(enc, new Y.Doc());
  sock.send(encoding.toUint8Array(enc));
  return { sock, ...rec };
}

const bytes = (frames: Uint8Array[]) => Buffer.concat(frames.map((f) => Buffer.from(f)));
const contains = (frames: Uint8Array[], s: string) => bytes(frames).includes(Buffer.from(s, 'utf8'));

async function createQuery(body: Record<string, unknown>, token = ws.moderatorToken) {
  return api<{ query: CardQuery }>(server.url, `/api/workshops/${ws.id}/queries`, { body, token });
}

async function writeCard(qid: string, token: string, text: string) {
  return api<{ card: PrivateCard }>(server.url, `/api/workshops/${ws.id}/queries/${qid}/cards`, {
    body: { text },
    token,
  });
}

/** Everything the sniffer can ask the API for, concatenated. */
async function apiAnswers(token: string, qid: string): Promise<string> {
  const paths = [
    '/api/session',
    '/api/config',
    `/api/workshops/${ws.id}/queries/${qid}/cards`,
    `/api/workshops/${ws.id}/queries/${qid}/progress`,
    `/api/join/${ws.joinCode}`,
  ];
  const answers = await Promise.all(paths.map((p) => api<unknown>(server.url, p, { token })));
  return JSON.stringify(answers);
}

describe.each(['named', 'anonymous'] as const)('privacy of a %s card query', (mode) => {
  it('no other participant receives unrevealed text; anonymous cards carry no author', async () => {
    const author = await ws.join(`Autorin-${mode}`, 'Jugendamt');
    const authorSession = (await api<{ session: { id: string } }>(server.url, '/api/session', { token: author })).body
      .session.id;
    const sniffer = await ws.join('Sniffer', 'Neugier e.V.');
    const board = await openRaw('board', sniffer);
    const control = await openRaw('control', sniffer);
    const moderator = connectClient(server.url, ws.id, ws.moderatorToken);
    await moderator.synced;

    const q = await createQuery({ question: `Wer fehlt? (${mode})`, mode, purpose: 'actors' });
    expect(q.status).toBe(201);
    const qid = q.body.query.id;
    const secret = `GEHEIM-${mode}-1`;
    const c1 = await writeCard(qid, author, secret);
    expect(c1.status).toBe(201);
    await writeCard(qid, author, `GEHEIM-${mode}-2`);
    const edited = await api<{ card: PrivateCard }>(
      server.url,
      `/api/workshops/${ws.id}/queries/${qid}/cards/${c1.body.card.id}`,
      {
        method: 'PATCH',
        body: { text: `${secret}-bearbeitet` },
        token: author,
      },
    );
    expect(edited.status).toBe(200);
    // The sniffer writes too, and tries to edit the author's card.
    await writeCard(qid, sniffer, `meine eigene Karte (${mode})`);
    expect(
      (
        await api(server.url, `/api/workshops/${ws.id}/queries/${qid}/cards/${c1.body.card.id}`, {
          method: 'PATCH',
          body: { text: 'übernommen' },
          token: sniffer,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await api(server.url, `/api/workshops/${ws.id}/queries/${qid}/cards/${c1.body.card.id}`, {
          method: 'DELETE',
          token: sniffer,
        })
      ).status,
    ).toBe(404);

    // The moderator sees counts (per person only when named), never text.
    const progress = await api<QueryProgress>(server.url, `/api/workshops/${ws.id}/queries/${qid}/progress`, {
      token: ws.moderatorToken,
    });
    expect(progress.body.total).toBe(3);
    if (mode === 'named') expect(progress.body.people?.find((p) => p.sessionId === authorSession)?.count).toBe(2);
    else expect(progress.body).toEqual({ total: 3 });
    expect(JSON.stringify(progress.body)).not.toContain('GEHEIM');

    // Everything the sniffer received or can ask for holds no unrevealed text.
    await new Promise((r) => setTimeout(r, 200));
    const answers = await apiAnswers(sniffer, qid);
    expect(answers).toContain(`meine eigene Karte (${mode})`); // its own card, yes
    const marker = `GEHEIM-${mode}`;
    expect(answers).not.toContain(marker);
    expect(contains(board.frames, marker)).toBe(false);
    expect(contains(control.frames, marker)).toBe(false);
    expect(contains(board.frames, `meine eigene Karte (${mode})`)).toBe(false); // not even its own, on the shared docs
    // The shared screen and the moderator's documents don't have it either.
    expect(JSON.stringify(cardsMap(moderator.doc).toJSON())).not.toContain(marker);
    expect(getQuery(moderator.doc, qid)).toBeNull(); // the moderator's board doc holds no query state either

    const reveal = await api<{ revealed: number }>(server.url, `/api/workshops/${ws.id}/queries/${qid}/reveal`, {
      body: {},
      token: ws.moderatorToken,
    });
    expect(reveal.body.revealed).toBe(3);
    await waitFor(() => contains(board.frames, `${secret}-bearbeitet`), 'revealed text at the sniffer');
    expect(contains(board.frames, `GEHEIM-${mode}-2`)).toBe(true);
    await waitFor(
      () => listCards(moderator.doc).filter((c) => c.queryId === qid).length === 3,
      'cards at the moderator',
    );
    const revealed = listCards(moderator.doc).filter((c) => c.queryId === qid);
    if (mode === 'anonymous') {
      expect(revealed.every((c) => c.authorId === undefined)).toBe(true);
      // Not in any byte the sniffer received: not on cards, not in the control doc, not in awareness.
      expect(contains(board.frames, authorSession)).toBe(false);
      expect(contains(control.frames, authorSession)).toBe(false);
      expect(contains(board.frames, 'Autorin-anonymous')).toBe(false);
      // The Yjs items were written by the server, not the author's client.
      const item = cardsMap(moderator.doc).get(revealed[0]!.id) as Y.Map<unknown>;
      expect(item._item?.id.client).not.toBe(moderator.doc.clientID);
    } else {
      expect(revealed.filter((c) => c.authorId === authorSession)).toHaveLength(2);
    }
    // Writing after the reveal is refused.
    expect((await writeCard(qid, author, 'zu spät')).status).toBe(409);
    // Private rows are gone from the database.
    expect(server.db.prepare('SELECT COUNT(*) AS n FROM private_cards WHERE query_id = ?').get(qid)).toEqual({ n: 0 });
    for (const s of [board.sock, control.sock] as WebSocket[]) s.close();
    moderator.destroy();
  });
});

describe('card query commands', () => {
  it('only moderators open, time, activate and reveal queries; participants get 403', async () => {
    const p = await ws.join('Pia');
    expect((await createQuery({ question: 'x', mode: 'named' }, p)).status).toBe(403);
    const q = (await createQuery({ question: 'Limit und Timer', mode: 'named', perPersonLimit: 2, timerSeconds: 60 }))
      .body.query;
    for (const [path, body] of [
      [`/queries/${q.id}/reveal`, {}],
      [`/queries/${q.id}/activate`, {}],
      [`/queries/${q.id}/timer`, { minutes: 2 }],
    ] as const) {
      expect((await api(server.url, `/api/workshops/${ws.id}${path}`, { body, token: p })).status).toBe(403);
    }
    expect((await api(server.url, `/api/workshops/${ws.id}/queries/${q.id}/progress`, { token: p })).status).toBe(403);
    expect(
      (
        await api(server.url, `/api/workshops/${ws.id}/queries/${q.id}/cards`, {
          body: { text: 'x' },
          token: ws.screenToken,
        })
      ).status,
    ).toBe(403);
    // per-person limit
    expect((await writeCard(q.id, p, 'eins')).status).toBe(201);
    expect((await writeCard(q.id, p, 'zwei')).status).toBe(201);
    const third = await api<{ error: { code: string } }>(server.url, `/api/workshops/${ws.id}/queries/${q.id}/cards`, {
      body: { text: 'drei' },
      token: p,
    });
    expect([third.status, third.body.error.code]).toEqual([409, 'limit_reached']);
    // invalid bodies and unknown ids
    expect((await createQuery({ question: '', mode: 'named' })).status).toBe(400);
    expect((await createQuery({ question: 'x', mode: 'loud' })).status).toBe(400);
    expect(
      (
        await api(server.url, `/api/workshops/${ws.id}/queries/nope-nope-nope/reveal`, {
          body: {},
          token: ws.moderatorToken,
        })
      ).status,
    ).toBe(404);
    expect((await writeCard(q.id, p, ' ')).status).toBe(400);
    // a moderator token of another workshop
    const other = await createWorkshop(server.url, 'Fremd');
    expect(
      (
        await api(server.url, `/api/workshops/${ws.id}/queries/${q.id}/reveal`, {
          body: {},
          token: other.moderatorToken,
        })
      ).status,
    ).toBe(401);
    expect(server.audit.list(ws.id).map((a) => a.action)).toContain('query.create');
  });

  it('a call-out query takes no private cards: the moderator writes on the board', async () => {
    const p = await ws.join('Rufer');
    const q = (await createQuery({ question: 'Zuruf', mode: 'callout' })).body.query;
    const r = await api<{ error: { code: string } }>(server.url, `/api/workshops/${ws.id}/queries/${q.id}/cards`, {
      body: { text: 'x' },
      token: p,
    });
    expect([r.status, r.body.error.code]).toEqual([409, 'callout_mode']);
  });

  it('a card sent again with the same client key (a retry after a lost answer) is stored once', async () => {
    const p = await ws.join('Funkloch');
    const q = (await createQuery({ question: 'Offline', mode: 'named', perPersonLimit: 2 })).body.query;
    const path = `/api/workshops/${ws.id}/queries/${q.id}/cards`;
    const send = (text: string, clientKey?: string) =>
      api<{ card: PrivateCard }>(server.url, path, { body: { text, clientKey }, token: p });
    const first = await send('Im Bus geschrieben', 'phone-key-0001');
    const again = await send('Im Bus geschrieben', 'phone-key-0001');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.card.id).toBe(first.body.card.id);
    await send('Zweite Karte', 'phone-key-0002');
    // At the limit, a retry still answers with its card; a new key is refused.
    expect((await send('Zweite Karte', 'phone-key-0002')).status).toBe(201);
    expect((await send('Dritte', 'phone-key-0003')).status).toBe(409);
    const mine = await api<{ cards: PrivateCard[] }>(server.url, path, { token: p });
    expect(mine.body.cards.map((c) => c.text).sort()).toEqual(['Im Bus geschrieben', 'Zweite Karte']);
    // Another person's identical key is their own.
    const other = await ws.join('Nachbarin');
    const theirs = await api<{ card: PrivateCard }>(server.url, path, {
      body: { text: 'Meine', clientKey: 'phone-key-0001' },
      token: other,
    });
    expect(theirs.body.card.id).not.toBe(first.body.card.id);
    const bad = await api<{ error: { code: string } }>(server.url, path, {
      body: { text: 'x', clientKey: 'a b' },
      token: p,
    });
    expect(bad.status).toBe(400);
  });

  it('refuses forged writes to the control document from any connection', async () => {
    const watcher = connectClient(server.url, ws.id, ws.moderatorToken);
    await watcher.synced;
    const before = server.updateLog.load(roomName(ws.id, 'control'));
    const forged = new Y.Doc();
    stateMap(forged).set('activeQueryId', 'hijacked');
    queriesMap(forged).set('fake', new Y.Map());
    for (const token of [await ws.join('Mallory'), ws.moderatorToken]) {
      const raw = await openRaw('control', token);
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MessageType.Sync);
      syncProtocol.writeUpdate(enc, Y.encodeStateAsUpdate(forged));
      raw.sock.send(encoding.toUint8Array(enc));
      const step2 = encoding.createEncoder();
      encoding.writeVarUint(step2, MessageType.Sync);
      syncProtocol.writeSyncStep2(step2, forged);
      raw.sock.send(encoding.toUint8Array(step2));
      await new Promise((r) => setTimeout(r, 150));
      raw.sock.close();
    }
    const room = server.rooms.get(roomName(ws.id, 'control'))!;
    expect(stateMap(room.doc).get('activeQueryId')).not.toBe('hijacked');
    expect(queriesMap(room.doc).has('fake')).toBe(false);
    const after = server.updateLog.load(roomName(ws.id, 'control'));
    expect(after.updates.length).toBe(before.updates.length);
    watcher.destroy();
  });
});
