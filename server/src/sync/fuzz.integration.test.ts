// Hostile input: thousands of random, truncated and malformed y-protocols
// frames, and oversized ones. Each offending connection is closed with the
// documented code, nothing of it is stored, and the server keeps serving a
// well-behaved client throughout. The seed is printed on failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { addCard, cardsMap, CloseCode, listCards, roomName, SYNC_PATH } from '@nws/shared';
import {
  api,
  connectClient,
  createWorkshop,
  sessionIdOf,
  startTestServer,
  waitFor,
  type TestWorkshop,
} from '../testing/harness.js';
import { prng, seedFromEnv } from '../testing/prng.js';
import { MessageType } from './room.js';

const MAX = 32 * 1024;
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 3000);
const seed = seedFromEnv('FUZZ_SEED', 20261124);

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer({ MAX_MESSAGE_BYTES: String(MAX) });
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

const frame = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

/** A valid update frame adding a card, to be mangled. */
let fuzzAuthor: string | undefined;
function validUpdateFrame(text: string): Uint8Array {
  const d = new Y.Doc();
  addCard(d, { text, x: 0, y: 0, authorId: fuzzAuthor });
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync);
    syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d));
  });
}

function hostileFrame(r: ReturnType<typeof prng>, i: number): { data: Uint8Array | string; oversized: boolean } {
  switch (r.int(8)) {
    case 0:
      return { data: r.bytes(r.int(200)), oversized: false };
    case 1: {
      const valid = validUpdateFrame(`FUZZMARKER-${i}-END`);
      return { data: valid.slice(0, 1 + r.int(valid.length - 2)), oversized: false }; // truncated
    }
    case 2:
      return {
        data: frame((e) => {
          encoding.writeVarUint(e, MessageType.Sync);
          encoding.writeVarUint(e, r.int(6));
          encoding.writeUint8Array(e, r.bytes(r.int(64)));
        }),
        oversized: false,
      };
    case 3:
      return {
        data: frame((e) => {
          encoding.writeVarUint(e, MessageType.Awareness);
          encoding.writeVarUint8Array(e, r.bytes(r.int(64)));
        }),
        oversized: false,
      };
    case 4:
      // a length prefix far beyond the frame
      return { data: Uint8Array.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]), oversized: false };
    case 5: {
      // a valid update whose bytes are flipped in one place
      const valid = validUpdateFrame(`FUZZMARKER-${i}-END`);
      const j = 3 + r.int(valid.length - 3);
      valid[j] = valid[j]! ^ (1 + r.int(255));
      return { data: valid, oversized: false };
    }
    case 6:
      return r.int(20) === 0
        ? { data: new Uint8Array(MAX + 1 + r.int(1000)), oversized: true }
        : { data: 'text, not binary', oversized: false };
    default:
      return {
        data: frame((e) => {
          encoding.writeVarUint(e, 1000 + r.int(1000));
          encoding.writeUint8Array(e, r.bytes(r.int(16)));
        }),
        oversized: false,
      };
  }
}

/** Opens a participant socket; resolves when open. */
function open(token: string): Promise<WebSocket> {
  const sock = new WebSocket(`${server.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, 'board')}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return new Promise((ok, fail) => {
    sock.once('open', () => ok(sock));
    sock.once('error', fail);
  });
}

const queryAwareness = frame((e) => encoding.writeVarUint(e, MessageType.QueryAwareness));

/** Sends one frame, then a query-awareness probe: resolves with the close code, or 'alive' if the probe was answered. */
function probe(sock: WebSocket, data: Uint8Array | string): Promise<number | 'alive'> {
  return new Promise((ok) => {
    const onMessage = () => done('alive');
    const onClose = (code: number) => done(code);
    const done = (v: number | 'alive') => {
      sock.off('message', onMessage);
      sock.off('close', onClose);
      ok(v);
    };
    sock.on('message', onMessage);
    sock.once('close', onClose);
    // A send may fail because the server closed already: the close event then brings the code.
    sock.send(data, () => undefined);
    if (sock.readyState === sock.OPEN) sock.send(queryAwareness, () => undefined);
  });
}

describe(`fuzzing the sync endpoint (seed ${seed}, ${FRAMES} frames)`, () => {
  it('closes offending connections with 4400, 4409 or 1009, stores nothing of them and keeps serving', async () => {
    const good = connectClient(server.url, ws.id, ws.moderatorToken);
    await good.synced;
    const token = await ws.join('Fuzzer', 'Chaos e.V.');
    fuzzAuthor = sessionIdOf(token);
    const r = prng(seed);
    const codes = new Map<string, number>();
    // Frames the server refused (closed the connection on) must leave no trace;
    // a mangled frame that still decodes is a valid edit and may be stored.
    const refused = new Set<number>();
    const log: string[] = [];
    let sock = await open(token);
    let goodCards = 0;
    for (let i = 0; i < FRAMES; i++) {
      const { data, oversized } = hostileFrame(r, i);
      const outcome = await probe(sock, data);
      log.push(`${i}:${typeof data === 'string' ? 'text' : data.length}:${outcome}`);
      const key = String(outcome);
      codes.set(key, (codes.get(key) ?? 0) + 1);
      if (outcome !== 'alive') {
        refused.add(i);
        expect(
          [CloseCode.MalformedMessage, CloseCode.MessageTooBig, CloseCode.UpdateRefused],
          `seed ${seed}, frame ${i}: close code ${outcome}`,
        ).toContain(outcome);
        if (oversized) expect(outcome, `seed ${seed}, frame ${i}`).toBe(CloseCode.MessageTooBig);
        sock = await open(token);
      }
      if (i % 250 === 0) {
        // The well-behaved client keeps working throughout.
        addCard(good.doc, { authorId: good.authorId, text: `gut ${i}`, x: 0, y: 0 });
        goodCards++;
      }
    }
    sock.close();
    expect(codes.get(String(CloseCode.MalformedMessage)) ?? 0, `seed ${seed}`).toBeGreaterThan(FRAMES / 4);

    // A fresh client sees exactly the good client's cards, live and as rebuilt from storage.
    const check = connectClient(server.url, ws.id, ws.moderatorToken);
    await check.synced;
    await waitFor(
      () => listCards(check.doc).filter((c) => c.text.startsWith('gut ')).length === goodCards,
      'good cards at a fresh client',
    );
    const stored = server.updateLog.load(roomName(ws.id, 'board'));
    const rebuilt = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(rebuilt, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(rebuilt, u.data);
    const storedJson = JSON.stringify(cardsMap(rebuilt).toJSON());
    const fromRefused = [...storedJson.matchAll(/FUZZMARKER-(\d+)-END/g)]
      .map((m) => Number(m[1]))
      .filter((i) => refused.has(i));
    expect(
      fromRefused,
      `seed ${seed}: stored content of refused frames; around: ${fromRefused.map((i) => log.slice(Math.max(0, i - 2), i + 3).join(' ')).join(' | ')}`,
    ).toEqual([]);
    // Live and stored agree.
    expect(JSON.stringify(cardsMap(check.doc).toJSON()).length).toBe(storedJson.length);
    expect((await api(server.url, '/api/health')).status).toBe(200);
    good.destroy();
    check.destroy();
  });
});

describe('invalid HTTP bodies on every route', () => {
  it('answer 4xx with a JSON error, never 5xx', async () => {
    const p = await ws.join('Pia');
    const q = (
      await api<{ query: { id: string } }>(server.url, `/api/workshops/${ws.id}/queries`, {
        body: { question: 'x', mode: 'named' },
        token: ws.moderatorToken,
      })
    ).body.query.id;
    const c = (
      await api<{ case: { id: string } }>(server.url, `/api/workshops/${ws.id}/conference/cases`, {
        body: { title: 'x' },
        token: ws.moderatorToken,
      })
    ).body.case.id;
    const rd = (
      await api<{ round: { id: string } }>(server.url, `/api/workshops/${ws.id}/rounds`, {
        body: { kind: 'consent', title: 'x', itemIds: ['a'] },
        token: ws.moderatorToken,
      })
    ).body.round.id;
    const w = `/api/workshops/${ws.id}`;
    const routes: [string, string, string][] = [
      ['POST', '/api/workshops', ws.moderatorToken],
      ['POST', '/api/join', ws.moderatorToken],
      ['POST', `${w}/screen-links`, ws.moderatorToken],
      ['POST', `${w}/queries`, ws.moderatorToken],
      ['POST', `${w}/queries/${q}/activate`, ws.moderatorToken],
      ['POST', `${w}/queries/${q}/timer`, ws.moderatorToken],
      ['POST', `${w}/queries/${q}/cards`, p],
      ['PATCH', `${w}/queries/${q}/cards/nope`, p],
      ['POST', `${w}/conference/step`, ws.moderatorToken],
      ['POST', `${w}/conference/timer`, ws.moderatorToken],
      ['POST', `${w}/conference/cases`, ws.moderatorToken],
      ['PATCH', `${w}/conference/cases/${c}`, ws.moderatorToken],
      ['POST', `${w}/conference/cases/${c}/roles`, ws.moderatorToken],
      ['POST', `${w}/conference/agenda`, ws.moderatorToken],
      ['POST', `${w}/conference/grids/${c}/actor-perspectives/rows`, ws.moderatorToken],
      ['POST', `${w}/rounds`, ws.moderatorToken],
      ['PUT', `${w}/rounds/${rd}/vote`, p],
      ['POST', `${w}/resolutions`, ws.moderatorToken],
      ['POST', '/api/workshops/import', ws.moderatorToken],
    ];
    const bodies = [
      'not json',
      '[]',
      'null',
      '"x"',
      '42',
      '{"x":1}',
      JSON.stringify({ title: 'x'.repeat(100_000) }),
      '{"a":'.repeat(500),
      JSON.stringify({ question: 1, mode: [], itemIds: {}, marks: 'green', dots: { a: -1 } }),
    ];
    const wrong: string[] = [];
    for (const [method, path, token] of routes) {
      for (const body of bodies) {
        const res = await fetch(server.url + path, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        const text = await res.text();
        let code: unknown;
        try {
          code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
        } catch {
          code = undefined;
        }
        if (res.status < 400 || res.status >= 500 || typeof code !== 'string')
          wrong.push(`${method} ${path.replace(w, '…')} ${body.slice(0, 20)} → ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
