// Access control: the secrets of other roles never reach a participant —
// not in the board or control documents, not in awareness, not in any API
// answer a participant may ask for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WS from 'ws';
import { addCard, roomName, SYNC_PATH } from '@nws/shared';
import { api, connectClient, createWorkshop, startTestServer, type TestWorkshop } from '../testing/harness.js';
import { MessageType } from '../sync/room.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

describe('secrets of other roles', () => {
  it('the moderator and screen tokens appear in nothing a participant receives', async () => {
    const participant = await ws.join('Neugierig', 'Verein');
    const frames: Uint8Array[] = [];
    const socks: WS[] = [];
    for (const doc of ['board', 'control'] as const) {
      const sock = new WS(`${server.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, doc)}`, {
        headers: { authorization: `Bearer ${participant}` },
      });
      sock.on('message', (d: Buffer) => frames.push(new Uint8Array(d)));
      await new Promise((ok) => sock.once('open', ok));
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MessageType.Sync);
      syncProtocol.writeSyncStep1(enc, new Y.Doc());
      sock.send(encoding.toUint8Array(enc));
      socks.push(sock);
    }
    // The moderation works: board edits, presence, commands of every kind.
    const mod = connectClient(server.url, ws.id, ws.moderatorToken);
    await mod.synced;
    mod.provider.awareness.setLocalStateField('viewport', { x: 0, y: 0, w: 100, h: 100 });
    addCard(mod.doc, { authorId: mod.authorId, text: 'von der Moderation', x: 0, y: 0 });
    const q = await api<{ query: { id: string } }>(server.url, `/api/workshops/${ws.id}/queries`, {
      body: { question: 'Wer?', mode: 'anonymous' },
      token: ws.moderatorToken,
    });
    await api(server.url, `/api/workshops/${ws.id}/conference/cases`, {
      body: { title: 'Fall' },
      token: ws.moderatorToken,
    });
    await api(server.url, `/api/workshops/${ws.id}/conference/step`, {
      body: { to: 'start' },
      token: ws.moderatorToken,
    });
    await api(server.url, `/api/workshops/${ws.id}/rounds`, {
      body: { kind: 'consent', title: 'x', itemIds: ['a'] },
      token: ws.moderatorToken,
    });
    const screen = await api<{ token: string }>(server.url, `/api/workshops/${ws.id}/screen-links`, {
      body: {},
      token: ws.moderatorToken,
    });
    await new Promise((r) => setTimeout(r, 300));

    const answers = await Promise.all(
      [
        '/api/session',
        '/api/config',
        `/api/workshops/${ws.id}/people`,
        `/api/workshops/${ws.id}/queries/${q.body.query.id}/cards`,
        `/api/join/${ws.joinCode}`,
      ].map((p) => api<unknown>(server.url, p, { token: participant }).then((r) => JSON.stringify(r.body))),
    );
    const received = Buffer.concat(frames.map((f) => Buffer.from(f))).toString('latin1') + answers.join('');
    expect(received).toContain('von der Moderation'); // it did receive the content
    for (const secret of [ws.moderatorToken, ws.screenToken, screen.body.token])
      expect(received.includes(secret)).toBe(false);
    // Not even the hashes of tokens are handed out.
    expect(answers.join('')).not.toMatch(/token_hash|[0-9a-f]{64}/);
    socks.forEach((s) => s.close());
    mod.destroy();
  });
});
