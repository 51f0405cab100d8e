// Integration: the moderation locks people out (removal, revoked screen
// links, a new join code, a renewed moderator link, expiry), and the server
// keeps up before anyone logs in (body size, creation rate, socket caps,
// rooms loaded for HTTP unloaded, an access key for creation). Websocket URLs
// carry one-time tickets, answers are not cached, and no token is stored in
// plain text.
import { describe, expect, it } from 'vitest';
import { connect as tcpConnect } from 'node:net';
import WebSocket from 'ws';
import { addCard, CloseCode, controlRoots, listCards, roomName, SYNC_PATH, type PeopleResponse } from '@nws/shared';
import { ensureDemoWorkshop } from '../demo.js';
import { api, connectClient, rawSocket, serverPerTest, waitFor } from '../testing/harness.js';

const servers = serverPerTest();
const setup = servers.withWorkshop;

/** Sends a request head announcing `announced` body bytes but only a little of it; resolves with the status line. */
function announceBody(base: string, method: string, path: string, announced: number): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const sock = tcpConnect(Number(port), hostname, () => {
      sock.write(
        `${method} ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
          `Authorization: Bearer x\r\nContent-Length: ${announced}\r\n\r\n{"a":"`,
      );
    });
    let got = '';
    const timer = setTimeout(() => {
      sock.destroy();
      fail(new Error(`${method} ${path}: no answer while the body was still outstanding`));
    }, 3000);
    sock.on('data', (d) => {
      got += d.toString();
      if (got.includes('\r\n')) {
        clearTimeout(timer);
        sock.destroy();
        ok(got.slice(0, got.indexOf('\r\n')));
      }
    });
    sock.on('error', () => undefined);
  });
}

describe('the moderation locks people out', () => {
  it('removes a participant: their token stops on every route at once, their sockets close with 4401, their cards stay', async () => {
    const { s, ws } = await setup();
    const pia = await ws.join('Pia', 'Jobcenter');
    const piaClient = connectClient(s.url, ws.id, pia);
    const modClient = connectClient(s.url, ws.id, ws.moderatorToken);
    servers.track(piaClient);
    servers.track(modClient);
    await Promise.all([piaClient.synced, modClient.synced]);
    addCard(piaClient.doc, { authorId: piaClient.authorId, text: 'Kita-Plätze', x: 0, y: 0 });
    await waitFor(() => listCards(modClient.doc).length === 1, 'Pia’s card at the moderation');
    const closed = new Promise<number>((ok) =>
      piaClient.provider.on('connection-close', (e: { code: number } | null) => e && ok(e.code)),
    );
    const people = (await api<PeopleResponse>(s.url, `/api/workshops/${ws.id}/people`, { token: ws.moderatorToken }))
      .body.people;
    const piaPerson = people.find((p) => p.name === 'Pia')!;
    expect(piaPerson.online).toBe(true);
    const me = people.find((p) => p.role === 'moderator')!;

    // Only the moderation removes, and not itself.
    expect(
      (await api(s.url, `/api/workshops/${ws.id}/people/${me.sessionId}`, { method: 'DELETE', token: pia })).status,
    ).toBe(403);
    const self = await api(s.url, `/api/workshops/${ws.id}/people/${me.sessionId}`, {
      method: 'DELETE',
      token: ws.moderatorToken,
    });
    expect(self.status).toBe(409);
    const removed = await api(s.url, `/api/workshops/${ws.id}/people/${piaPerson.sessionId}`, {
      method: 'DELETE',
      token: ws.moderatorToken,
    });
    expect(removed.status).toBe(204);
    expect(await closed).toBe(CloseCode.Unauthorized);

    const session = await api<{ error: { code: string } }>(s.url, '/api/session', { token: pia });
    expect(session.status).toBe(401);
    expect(session.body.error.code).toBe('session_removed');
    expect((await api(s.url, `/api/workshops/${ws.id}/bin`, { token: pia })).status).toBe(401);
    expect((await api(s.url, `/api/workshops/${ws.id}/ticket`, { body: {}, token: pia })).status).toBe(401);
    expect((await rawSocket(s.url, ws.id, pia)).status).toBe(401);
    const after = (await api<PeopleResponse>(s.url, `/api/workshops/${ws.id}/people`, { token: ws.moderatorToken }))
      .body.people;
    expect(after.find((p) => p.sessionId === piaPerson.sessionId)).toMatchObject({ name: 'Pia', removed: true });
    expect(listCards(s.rooms.open(roomName(ws.id, 'board')).doc).map((c) => c.text)).toEqual(['Kita-Plätze']);
  });

  it('revokes a screen link, rotates the join code, renews the moderator link', async () => {
    const { s, ws } = await setup();
    const screenId = (
      await api<PeopleResponse>(s.url, `/api/workshops/${ws.id}/people`, { token: ws.moderatorToken })
    ).body.people.find((p) => p.role === 'screen')!.sessionId;
    expect((await api(s.url, '/api/session', { token: ws.screenToken })).status).toBe(200);
    await api(s.url, `/api/workshops/${ws.id}/people/${screenId}`, { method: 'DELETE', token: ws.moderatorToken });
    expect((await api(s.url, '/api/session', { token: ws.screenToken })).status).toBe(401);

    const oldCode = ws.joinCode;
    const rotated = await api<{ joinCode: string }>(s.url, `/api/workshops/${ws.id}/join-code`, {
      body: {},
      token: ws.moderatorToken,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.joinCode).not.toBe(oldCode);
    expect((await api(s.url, `/api/join/${oldCode}`)).status).toBe(404);
    const join = { name: 'Nina', organisation: 'VHS', level: 'operative' };
    expect((await api(s.url, '/api/join', { body: { ...join, code: oldCode } })).status).toBe(404);
    expect((await api(s.url, '/api/join', { body: { ...join, code: rotated.body.joinCode } })).status).toBe(201);
    // Everyone's control document carries the new code (the screen and the invitation panel show it live).
    const control = s.rooms.open(roomName(ws.id, 'control')).doc;
    expect(control.getMap(controlRoots.state).get('joinCode')).toBe(rotated.body.joinCode);
    // …but a backup does not: whoever holds the file cannot join with it.
    const backup = await api<{ documents: { control: string } }>(s.url, `/api/workshops/${ws.id}/backup`, {
      token: ws.moderatorToken,
    });
    expect(Buffer.from(backup.body.documents.control, 'base64').toString('latin1')).not.toContain(
      rotated.body.joinCode,
    );

    const renewed = await api<{ token: string }>(s.url, `/api/workshops/${ws.id}/moderator-link`, {
      body: {},
      token: ws.moderatorToken,
    });
    expect((await api(s.url, '/api/session', { token: ws.moderatorToken })).status).toBe(401);
    expect((await api(s.url, '/api/session', { token: renewed.body.token })).status).toBe(200);
  });

  it('lets participant and screen links expire TOKEN_TTL_DAYS after the workshop was last used; moderator links stay', async () => {
    const { s, ws } = await setup({ TOKEN_TTL_DAYS: '1' });
    const pia = await ws.join('Pia');
    expect((await api(s.url, '/api/session', { token: pia })).status).toBe(200);
    s.db.prepare('UPDATE workshops SET last_active_at = ? WHERE id = ?').run(Date.now() - 2 * 86_400_000, ws.id);
    const expired = await api<{ error: { code: string } }>(s.url, '/api/session', { token: pia });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('token_expired');
    expect((await api(s.url, '/api/session', { token: ws.screenToken })).status).toBe(401);
    expect((await api(s.url, '/api/session', { token: ws.moderatorToken })).status).toBe(200);
    // The moderation's use is activity: the others' links work again from now on.
    expect((await api(s.url, '/api/session', { token: pia })).status).toBe(200);
  });
});

describe('limits before anyone logs in', () => {
  it('answers 413 to an oversized body on every route without reading it', async () => {
    const { s, ws } = await setup();
    const withBody = s.routes.filter(
      (r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.path.startsWith('/api/'),
    );
    expect(withBody.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    for (const r of withBody) {
      const path = r.path.replace(':id', ws.id).replace(/:\w+/g, 'x');
      if (seen.has(`${r.method} ${path}`)) continue;
      seen.add(`${r.method} ${path}`);
      const announced = path === '/api/workshops/import' ? 70 * 1024 * 1024 : 10 * 1024 * 1024;
      expect(await announceBody(s.url, r.method, path, announced), `${r.method} ${path}`).toMatch(/ 413 /);
    }
  });

  it('stops reading a chunked body at the limit', async () => {
    const { s } = await setup({ MAX_BODY_BYTES: '4096' });
    const chunks = (async function* () {
      for (let i = 0; i < 200; i++) yield new TextEncoder().encode('x'.repeat(64 * 1024));
    })();
    const res = await fetch(`${s.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ReadableStream.from(chunks),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('limits creating and importing workshops per address, with Retry-After', async () => {
    const { s } = await setup({ CREATE_RATE_LIMIT: '2' });
    const body = { name: 'W', targetGroup: 'x', area: 'y' };
    expect((await api(s.url, '/api/workshops', { body })).status).toBe(201); // the setup's made one already
    const res = await fetch(`${s.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api(s.url, '/api/workshops/import', { body: {} })).status).toBe(429);
  });

  it('needs ADMIN_TOKEN to create or import a workshop when it is set', async () => {
    const server = await servers.start({ ADMIN_TOKEN: 'admin-secret-0123456789' });
    const body = { name: 'W', targetGroup: 'x', area: 'y' };
    expect((await api<{ creationNeedsKey: boolean }>(server.url, '/api/config')).body.creationNeedsKey).toBe(true);
    expect((await api(server.url, '/api/workshops', { body })).status).toBe(403);
    expect((await api(server.url, '/api/workshops', { body, token: 'wrong-token-0123456789' })).status).toBe(403);
    expect((await api(server.url, '/api/workshops/import', { body: {} })).status).toBe(403);
    expect((await api(server.url, '/api/workshops', { body, token: 'admin-secret-0123456789' })).status).toBe(201);
  });

  it('lets a room of 60 people behind one address join and connect at once with the default limits', async () => {
    const { s, ws } = await setup({ CREATE_RATE_LIMIT: '30' }); // the shipped defaults otherwise
    const tokens = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        expect((await api(s.url, `/api/join/${ws.joinCode}`)).status).toBe(200);
        return ws.join(`P${i}`);
      }),
    );
    const sockets = await Promise.all(tokens.flatMap((t) => [rawSocket(s.url, ws.id, t), rawSocket(s.url, ws.id, t)]));
    expect(sockets.filter((o) => o.status === 101)).toHaveLength(120);
    sockets.forEach((o) => o.ws?.close());
  });

  it('caps open sockets per session', async () => {
    const { s, ws } = await setup({ MAX_SOCKETS_PER_SESSION: '3' });
    const pia = await ws.join('Pia');
    const open = await Promise.all([1, 2, 3].map(() => rawSocket(s.url, ws.id, pia)));
    expect(open.map((o) => o.status)).toEqual([101, 101, 101]);
    expect((await rawSocket(s.url, ws.id, pia)).status).toBe(429);
    expect((await rawSocket(s.url, ws.id, ws.moderatorToken)).status).toBe(101); // others are not affected
    open[0]!.ws!.close();
    await waitFor(() => s.rooms.get(roomName(ws.id, 'board'))!.peers.size === 3, 'the closed socket gone');
    const again = await rawSocket(s.url, ws.id, pia);
    expect(again.status).toBe(101);
    [...open.slice(1), again].forEach((o) => o.ws?.close());
  });

  it('unloads rooms loaded for HTTP commands after the idle time', async () => {
    const { s, ws } = await setup({ ROOM_IDLE_MS: '200' });
    const board = roomName(ws.id, 'board');
    expect((await api(s.url, `/api/workshops/${ws.id}/backup`, { token: ws.moderatorToken })).status).toBe(200);
    expect(s.rooms.get(board)).toBeDefined();
    await waitFor(() => s.rooms.get(board) === undefined, 'the board unloaded', 3000);
    // A plain GET on the sync path (no upgrade) loads nothing for good either.
    await fetch(`${s.url}${SYNC_PATH}/${board}`, { headers: { authorization: `Bearer ${ws.moderatorToken}` } });
    await waitFor(() => s.rooms.size === 0, 'every room unloaded', 3000);
  });
});

describe('nothing secret in logs, caches or the database', () => {
  it('opens a websocket with a one-time ticket: the URL cannot be replayed, and tokens in URLs open nothing', async () => {
    const { s, ws } = await setup();
    const ticket = (
      await api<{ ticket: string }>(s.url, `/api/workshops/${ws.id}/ticket`, { body: {}, token: ws.moderatorToken })
    ).body.ticket;
    const url = `${s.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, 'board')}?ticket=${ticket}`;
    const status = (u: string) =>
      new Promise<number>((ok) => {
        const sock = new WebSocket(u);
        sock.once('open', () => {
          sock.close();
          ok(101);
        });
        sock.once('unexpected-response', (_q, res) => ok(res.statusCode ?? 0));
        sock.once('error', () => ok(0));
      });
    expect(await status(url)).toBe(101);
    expect(await status(url)).toBe(401); // the same URL again, as read from a proxy's log
    expect(await status(url.replace(`ticket=${ticket}`, `token=${ws.moderatorToken}`))).toBe(401);
  });

  it('marks token- and content-bearing answers no-store', async () => {
    const { s, ws } = await setup();
    const answers = [
      await fetch(`${s.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'W', targetGroup: 'x', area: 'y' }),
      }),
      await fetch(`${s.url}/api/session`, { headers: { authorization: `Bearer ${ws.moderatorToken}` } }),
      await fetch(`${s.url}/api/workshops/${ws.id}/backup`, {
        headers: { authorization: `Bearer ${ws.moderatorToken}` },
      }),
      await fetch(`${s.url}/api/workshops/${ws.id}/people`, {
        headers: { authorization: `Bearer ${ws.moderatorToken}` },
      }),
      await fetch(`${s.url}/api/session`, { headers: { authorization: 'Bearer nope' } }),
    ];
    for (const a of answers) expect(a.headers.get('cache-control'), a.url).toBe('no-store');
  });

  it('keeps no token in plain text anywhere in the database', async () => {
    const { s, ws } = await setup();
    const pia = await ws.join('Pia');
    const renewed = (
      await api<{ token: string }>(s.url, `/api/workshops/${ws.id}/moderator-link`, {
        body: {},
        token: ws.moderatorToken,
      })
    ).body.token;
    const screen = (
      await api<{ token: string }>(s.url, `/api/workshops/${ws.id}/screen-links`, { body: {}, token: renewed })
    ).body.token;
    const demo = ensureDemoWorkshop(s.workshops, s.updateLog, s.url);
    const fromLink = (link: string | null) => link!.slice(link!.indexOf('#k=') + 3);
    const tokens = [
      ws.moderatorToken,
      ws.screenToken,
      pia,
      renewed,
      screen,
      fromLink(demo.moderator),
      fromLink(demo.screen),
    ];
    const tables = s.db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    for (const { name } of tables) {
      for (const row of s.db.prepare(`SELECT * FROM ${name}`).all() as Record<string, unknown>[]) {
        const text = Object.values(row)
          .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v)))
          .join(' ');
        for (const t of tokens) expect(text.includes(t), `${name} holds a token`).toBe(false);
      }
    }
  });
});
