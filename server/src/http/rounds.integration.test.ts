// Integration: voting and consent rounds, resolutions, backup and import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WS from 'ws';
import {
  addGoal,
  addTheme,
  documentContent,
  getRound,
  listResolutions,
  roomName,
  SYNC_PATH,
  type Round,
  type CreateWorkshopResponse,
  type Backup,
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

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
let p1: string;
let p2: string;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
  p1 = await ws.join('Pia', 'Jobcenter');
  p2 = await ws.join('Paul', 'Jugendamt');
});
afterAll(() => server.close());

const call = <T>(path: string, init: { body?: unknown; token?: string; method?: string } = {}) =>
  api<T & { error?: { code: string } }>(server.url, `/api/workshops/${ws.id}${path}`, {
    token: ws.moderatorToken,
    ...init,
  });

async function sniffControl(token: string) {
  const sock = new WS(`${server.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, 'control')}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const rec = recordSocket(sock);
  await new Promise((ok) => sock.once('open', ok));
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Sync);
  syncProtocol.writeSyncStep1(enc, new Y.Doc());
  sock.send(encoding.toUint8Array(enc));
  return { sock, ...rec };
}

describe('rounds', () => {
  it('participants can neither open nor close voting or consent rounds', async () => {
    const dots = { kind: 'dots', title: 'Prioritäten', itemIds: ['t1', 't2'], dotsPerPerson: 3 };
    expect((await call('/rounds', { body: dots, token: p1 })).status).toBe(403);
    expect((await call('/rounds', { body: { kind: 'consent', title: 'x', itemIds: ['g1'] }, token: p1 })).status).toBe(
      403,
    );
    const r = await call<{ round: Round }>('/rounds', { body: dots });
    expect(r.status).toBe(201);
    expect((await call(`/rounds/${r.body.round.id}/close`, { body: {}, token: p1 })).status).toBe(403);
    expect((await call(`/rounds/${r.body.round.id}/close`, { body: {}, token: ws.screenToken })).status).toBe(403);
    expect(getRound(server.rooms.get(roomName(ws.id, 'control'))!.doc, r.body.round.id)!.status).toBe('open');
    expect((await call('/rounds', { body: { kind: 'dots', title: 'x', itemIds: [], dotsPerPerson: 3 } })).status).toBe(
      400,
    );
  });

  it('a dot vote stays hidden until it closes, then only tallies are published', async () => {
    const r = (
      await call<{ round: Round }>('/rounds', {
        body: { kind: 'dots', title: 'Generative Themen', itemIds: ['theme-aaaa', 'theme-bbbb'], dotsPerPerson: 3 },
      })
    ).body.round;
    const sniff = await sniffControl(p2);
    expect(
      (await call(`/rounds/${r.id}/vote`, { method: 'PUT', body: { dots: { 'theme-aaaa': 4 } }, token: p1 })).status,
    ).toBe(400); // more dots than allowed
    expect(
      (
        await call(`/rounds/${r.id}/vote`, {
          method: 'PUT',
          body: { dots: { 'theme-aaaa': 2, 'theme-bbbb': 1 } },
          token: p1,
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(`/rounds/${r.id}/vote`, { method: 'PUT', body: { dots: { 'theme-aaaa': 3 } }, token: p1 })).status,
    ).toBe(200); // changed
    expect(
      (await call(`/rounds/${r.id}/vote`, { method: 'PUT', body: { dots: { 'theme-bbbb': 3 } }, token: p2 })).status,
    ).toBe(200);
    expect((await call<{ votes: Record<string, string> }>(`/rounds/${r.id}/vote`, { token: p1 })).body.votes).toEqual({
      'theme-aaaa': '3',
    });
    await waitFor(
      () => getRound(server.rooms.get(roomName(ws.id, 'control'))!.doc, r.id)!.voters === 2,
      'voters counted',
    );
    await new Promise((res) => setTimeout(res, 100));
    // Before closing: the round as the others see it carries no dots.
    const live = getRound(server.rooms.get(roomName(ws.id, 'control'))!.doc, r.id)!;
    expect(live.dots).toBeNull();
    expect(Buffer.concat(sniff.frames.map((f) => Buffer.from(f))).includes(Buffer.from('"dots":{'))).toBe(false);
    const closed = await call<{ round: Round }>(`/rounds/${r.id}/close`, { body: {} });
    expect(closed.body.round.dots).toEqual({ 'theme-aaaa': 3, 'theme-bbbb': 3 });
    expect(server.db.prepare('SELECT COUNT(*) AS n FROM votes WHERE round_id = ?').get(r.id)).toEqual({ n: 0 });
    expect(
      (await call(`/rounds/${r.id}/vote`, { method: 'PUT', body: { dots: { 'theme-aaaa': 1 } }, token: p1 })).status,
    ).toBe(409);
    sniff.sock.close();
  });

  it('a consent round tallies green, blue and red; a resolution records the result', async () => {
    const r = (
      await call<{ round: Round }>('/rounds', {
        body: { kind: 'consent', title: 'Formulierungen', itemIds: ['goal-1111', 'goal-2222'] },
      })
    ).body.round;
    await call(`/rounds/${r.id}/vote`, {
      method: 'PUT',
      body: { marks: { 'goal-1111': 'green', 'goal-2222': 'red' } },
      token: p1,
    });
    await call(`/rounds/${r.id}/vote`, {
      method: 'PUT',
      body: { marks: { 'goal-1111': 'green', 'goal-2222': 'blue' } },
      token: p2,
    });
    expect(
      (await call(`/rounds/${r.id}/vote`, { method: 'PUT', body: { marks: { 'goal-1111': 'purple' } }, token: p2 }))
        .status,
    ).toBe(400);
    expect((await call('/resolutions', { body: { text: 'zu früh', roundId: r.id, itemId: 'goal-1111' } })).status).toBe(
      409,
    );
    const closed = (await call<{ round: Round }>(`/rounds/${r.id}/close`, { body: {} })).body.round;
    expect(closed.consent).toEqual({
      'goal-1111': { green: 2, blue: 0, red: 0 },
      'goal-2222': { green: 0, blue: 1, red: 1 },
    });
    expect(
      (
        await call('/resolutions', {
          body: { text: 'Ziel 1.1 ist beschlossen.', roundId: r.id, itemId: 'goal-1111' },
          token: p1,
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('/resolutions', { body: { text: 'Ziel 1.1 ist beschlossen.', roundId: r.id, itemId: 'goal-1111' } }))
        .status,
    ).toBe(201);
    expect(listResolutions(server.rooms.get(roomName(ws.id, 'control'))!.doc).at(-1)).toMatchObject({
      text: 'Ziel 1.1 ist beschlossen.',
      tally: { green: 2, blue: 0, red: 0 },
    });
  });
});

describe('backup and import', () => {
  it('exports the whole workshop as JSON and imports it into a new workshop with identical content', async () => {
    const client = connectClient(server.url, ws.id, ws.moderatorToken);
    await client.synced;
    addTheme(client.doc, { title: 'Übergänge', caseId: null });
    const o = addGoal(client.doc, { level: 'overall', parentId: null, text: 'Familien leben sicher' });
    addGoal(client.doc, { level: 'framework', parentId: o.id, text: 'Hilfen sind abgestimmt' });
    await waitFor(
      () => documentContent(server.rooms.get(roomName(ws.id, 'board'))!.doc).goals !== undefined,
      'goals at the server',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect((await call('/backup', { token: p1 })).status).toBe(403);
    const backup = (await call<Backup>('/backup')).body;
    expect(backup.format).toBe('netzwerkstatt-backup');
    expect(backup.people.map((p) => p.name)).toContain('Pia');

    const imported = await api<CreateWorkshopResponse>(server.url, '/api/workshops/import', { body: backup });
    expect(imported.status).toBe(201);
    const copy = connectClient(server.url, imported.body.workshop.id, imported.body.moderatorToken);
    await copy.synced;
    expect(documentContent(copy.doc)).toEqual(documentContent(client.doc));
    const people = await api<{ people: { name: string }[] }>(
      server.url,
      `/api/workshops/${imported.body.workshop.id}/people`,
      { token: imported.body.moderatorToken },
    );
    expect(people.body.people.map((p) => p.name)).toContain('Pia');
    // A damaged backup is refused and creates nothing.
    const before = server.db.prepare('SELECT COUNT(*) AS n FROM workshops').get();
    expect(
      (
        await api(server.url, '/api/workshops/import', {
          body: { ...backup, documents: { board: '!!!', control: '' } },
        })
      ).status,
    ).toBe(400);
    expect((await api(server.url, '/api/workshops/import', { body: { ...backup, format: 'other' } })).status).toBe(400);
    expect(server.db.prepare('SELECT COUNT(*) AS n FROM workshops').get()).toEqual(before);
    client.destroy();
    copy.destroy();
  });
});
