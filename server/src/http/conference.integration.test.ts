// Integration: the planning conference through the real server. Control
// state changes only through validated commands; a participant's forged
// update and the case giver as moderator are refused and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import WS from 'ws';
import {
  casesMap,
  getCase,
  getPosition,
  readGrid,
  roomName,
  stateMap,
  SYNC_PATH,
  type Case,
  type Position,
} from '@nws/shared';
import {
  bearerWebSocket,
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
let giver: string;
let helper: string;
let people: { sessionId: string; name: string }[];

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
  giver = await ws.join('Gabi', 'Jugendamt');
  helper = await ws.join('Hanna', 'Jobcenter');
  people = (
    await api<{ people: { sessionId: string; name: string }[] }>(server.url, `/api/workshops/${ws.id}/people`, {
      token: ws.moderatorToken,
    })
  ).body.people;
});
afterAll(() => server.close());

const idOf = (name: string) => people.find((p) => p.name === name)!.sessionId;
const conf = (path: string, body: unknown, token = ws.moderatorToken, method?: string) =>
  api<{ case?: Case; position?: Position; error?: { code: string } }>(
    server.url,
    `/api/workshops/${ws.id}/conference${path}`,
    { body, token, ...(method ? { method } : {}) },
  );

describe('planning conference commands', () => {
  let caseId: string;

  it('adds a case with its case giver and walks the steps; grids get a row per organisation', async () => {
    const r = await conf('/cases', {
      title: 'Familie K.',
      narration: 'K., 29, zwei Kinder (3, 6)',
      caseGiverId: idOf('Gabi'),
    });
    expect(r.status).toBe(201);
    caseId = r.body.case!.id;
    expect((await conf('/step', { to: 'start' })).body.position).toEqual({ stepId: 'choose-moderation', caseId });
    const jump = await conf('/step', { stepId: 'actor-perspectives', caseId });
    expect(jump.body.position).toEqual({ stepId: 'actor-perspectives', caseId });
    const room = server.rooms.get(roomName(ws.id, 'board'))!;
    const grid = readGrid(room.doc, caseId, 'actor-perspectives')!;
    expect(grid.rows.map((r) => r.organisation).sort()).toEqual(['Jobcenter', 'Jugendamt']);
    expect(grid.questions).toHaveLength(7);
    // The moderation adds a row for an absent organisation; a participant only their own.
    expect((await conf(`/grids/${caseId}/actor-perspectives/rows`, { organisation: 'Ausländerbehörde' })).status).toBe(
      201,
    );
    const own = await conf(`/grids/${caseId}/actor-perspectives/rows`, { organisation: 'Fremde Org' }, helper);
    expect(own.status).toBe(201);
    const rows = readGrid(room.doc, caseId, 'actor-perspectives')!.rows;
    expect(rows.map((r) => `${r.organisation}${r.absent ? '*' : ''}`)).toEqual([
      'Jobcenter',
      'Jugendamt',
      'Ausländerbehörde*',
    ]);
    expect((await conf('/step', { to: 'back' })).body.position).toEqual({ stepId: 'clarifying-questions', caseId });
  });

  it('refuses the case giver as moderator of their case, from anyone, and stores nothing', async () => {
    const before = server.updateLog.load(roomName(ws.id, 'control')).updates.length;
    const asParticipant = await conf(
      `/cases/${caseId}/roles`,
      { caseGiverId: idOf('Gabi'), moderatorIds: [idOf('Gabi')], userPerspectiveId: null },
      giver,
    );
    expect(asParticipant.status).toBe(403);
    const asModerator = await conf(`/cases/${caseId}/roles`, {
      caseGiverId: idOf('Gabi'),
      moderatorIds: [idOf('Gabi')],
      userPerspectiveId: null,
    });
    expect([asModerator.status, asModerator.body.error?.code]).toEqual([409, 'case_giver_cannot_moderate']);
    expect(
      (
        await conf(`/cases/${caseId}/roles`, {
          caseGiverId: idOf('Gabi'),
          moderatorIds: ['not-a-person'],
          userPerspectiveId: null,
        })
      ).status,
    ).toBe(400);
    expect(server.updateLog.load(roomName(ws.id, 'control')).updates.length).toBe(before);
    expect(getCase(server.rooms.get(roomName(ws.id, 'control'))!.doc, caseId)!.moderatorIds).toEqual([]);
  });

  it('hands the case moderation to a participant, who may then steer; others may not', async () => {
    const ok = await conf(`/cases/${caseId}/roles`, {
      caseGiverId: idOf('Gabi'),
      moderatorIds: [idOf('Hanna')],
      userPerspectiveId: idOf('Gabi'),
    });
    expect(ok.status).toBe(200);
    expect((await conf('/step', { to: 'next' }, helper)).body.position).toEqual({
      stepId: 'actor-perspectives',
      caseId,
    });
    expect((await conf('/timer', { action: 'start' }, helper)).status).toBe(200);
    expect((await conf('/step', { to: 'next' }, giver)).status).toBe(403);
    expect((await conf('/timer', { action: 'pause' }, ws.screenToken)).status).toBe(403);
    // only the moderation edits the agenda and cases
    expect((await conf('/agenda', { op: 'skip', stepId: 'planning-data', skipped: true }, helper)).status).toBe(403);
    expect((await conf('/cases', { title: 'x' }, helper)).status).toBe(403);
  });

  it('edits the agenda but never skips the running step; bad bodies are 400', async () => {
    expect((await conf('/agenda', { op: 'skip', stepId: 'planning-data', skipped: true })).status).toBe(200);
    const running = await conf('/agenda', { op: 'skip', stepId: 'actor-perspectives', skipped: true });
    expect([running.status, running.body.error?.code]).toEqual([400, 'invalid_agenda']);
    expect(
      (
        await conf('/agenda', {
          op: 'add',
          afterId: 'narration',
          title: { de: 'Genogramm', en: 'Genogram' },
          minutes: 10,
        })
      ).status,
    ).toBe(200);
    expect((await conf('/agenda', { op: 'fly' })).status).toBe(400);
    // The review of the assignments goes first, once; only the moderation puts it there.
    expect((await conf('/agenda', { op: 'reviewFirst' }, helper)).status).toBe(403);
    const review = await conf('/agenda', { op: 'reviewFirst' });
    expect(review.status).toBe(200);
    const agenda = (review.body as unknown as { agenda: { steps: { artefact: string; title: { de: string } }[] } })
      .agenda;
    expect(agenda.steps[0]).toMatchObject({
      artefact: 'assignments',
      title: { de: 'Was ist aus den Aufträgen geworden?' },
    });
    const twice = await conf('/agenda', { op: 'reviewFirst' });
    expect([twice.status, twice.body.error?.code]).toEqual([400, 'invalid_agenda']);
    expect((await conf('/timer', { action: 'add', minutes: 0 })).status).toBe(400);
    expect((await conf('/step', { stepId: 'no-such-step', caseId })).status).toBe(404);
  });

  it('drops a participant’s forged update to the control state; others and storage stay unchanged', async () => {
    const watcher = connectClient(server.url, ws.id, ws.moderatorToken);
    const control = new Y.Doc();
    const { WebsocketProvider } = await import('y-websocket');
    const ctl = new WebsocketProvider(
      server.url.replace('http', 'ws') + SYNC_PATH,
      roomName(ws.id, 'control'),
      control,
      {
        WebSocketPolyfill: bearerWebSocket(ws.moderatorToken),
        disableBc: true,
      },
    );
    await waitFor(() => ctl.synced, 'control synced');
    const before = {
      pos: getPosition(control),
      stored: server.updateLog.load(roomName(ws.id, 'control')).updates.length,
    };

    const sock = new WS(`${server.url.replace('http', 'ws')}${SYNC_PATH}/${roomName(ws.id, 'control')}`, {
      headers: { authorization: `Bearer ${giver}` },
    });
    const rec = recordSocket(sock);
    await new Promise((ok) => sock.once('open', ok));
    // Forge: jump the conference and make the case giver moderate, as a raw Yjs update on a copy of the state.
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(server.rooms.get(roomName(ws.id, 'control'))!.doc));
    stateMap(forged).set('position', { stepId: 'goal-system', caseId: null });
    const c = casesMap(forged).get(caseId) as Case;
    casesMap(forged).set(caseId, { ...c, moderatorIds: [idOf('Gabi')] });
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MessageType.Sync);
    syncProtocol.writeUpdate(enc, Y.encodeStateAsUpdate(forged));
    sock.send(encoding.toUint8Array(enc));
    await new Promise((r) => setTimeout(r, 300));

    const live = server.rooms.get(roomName(ws.id, 'control'))!.doc;
    expect(getPosition(live)).toEqual(before.pos);
    expect(getCase(live, caseId)!.moderatorIds).toEqual([idOf('Hanna')]);
    expect(getPosition(control)).toEqual(before.pos);
    expect(server.updateLog.load(roomName(ws.id, 'control')).updates.length).toBe(before.stored);
    expect(rec.frames.length).toBeGreaterThan(0); // it was served (read-only), not disconnected
    sock.close();
    ctl.destroy();
    watcher.destroy();
  });
});
