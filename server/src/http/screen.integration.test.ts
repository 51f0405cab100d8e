// Integration: the shared screen's join view is the moderation's to show or
// hide. Participants and the screen itself are refused (403); the choice is
// validated, audited and reaches a connected client live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  defaultAgenda,
  remoteSettings,
  roomName,
  screenFocus,
  screenJoinChoice,
  storedAgenda,
  SYNC_PATH,
} from '@nws/shared';
import {
  api,
  bearerWebSocket,
  createWorkshop,
  startTestServer,
  waitFor,
  type TestWorkshop,
} from '../testing/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

const setJoin = (token: string, body: unknown) =>
  api<{ ok?: true; error?: { code: string } }>(server.url, `/api/workshops/${ws.id}/screen`, { token, body });

/** The control document as the shared screen receives it over its socket. */
async function controlAsClient(token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    server.url.replace(/^http/, 'ws') + SYNC_PATH,
    roomName(ws.id, 'control'),
    doc,
    {
      WebSocketPolyfill: bearerWebSocket(token),
      disableBc: true,
    },
  );
  await new Promise<void>((ok) => provider.once('sync', (s: boolean) => s && ok()));
  return { doc, destroy: () => (provider.destroy(), doc.destroy()) };
}

describe('the screen’s join view', () => {
  it('only the moderation may show or hide it', async () => {
    const participant = await ws.join('Paula', 'Jugendamt');
    for (const token of [participant, ws.screenToken]) {
      const res = await setJoin(token, { showJoin: true });
      expect(res.status).toBe(403);
      expect(res.body.error?.code).toBe('forbidden');
    }
    expect((await setJoin('x'.repeat(43), { showJoin: true })).status).toBe(401);
  });

  it('refuses a malformed choice', async () => {
    for (const body of [{}, { showJoin: 'yes' }, { showJoin: true, extra: 1 }])
      expect((await setJoin(ws.moderatorToken, body)).status).toBe(400);
  });

  it('the moderation’s choice reaches the connected screen live', async () => {
    const screen = await controlAsClient(ws.screenToken);
    // Nothing refused above left a trace.
    expect(screenJoinChoice(screen.doc)).toBeNull();
    expect((await setJoin(ws.moderatorToken, { showJoin: true })).body).toEqual({ ok: true });
    await waitFor(() => screenJoinChoice(screen.doc) === true, 'the choice to show');
    expect((await setJoin(ws.moderatorToken, { showJoin: false })).status).toBe(200);
    await waitFor(() => screenJoinChoice(screen.doc) === false, 'the choice to hide');
    const actions = server.audit.list(ws.id).map((a) => a.action);
    expect(actions.filter((a) => a === 'screen.set')).toHaveLength(2);
    screen.destroy();
  });

  it('puts the stakeholder analysis in front when the moderation says so; participants cannot', async () => {
    const screen = await controlAsClient(ws.screenToken);
    const participant = await ws.join('Petra', 'Schulamt');
    expect((await setJoin(participant, { focus: 'stakeholders' })).status).toBe(403);
    for (const body of [{ focus: 'canvas' }, { focus: 'stakeholders', extra: 1 }])
      expect((await setJoin(ws.moderatorToken, body)).status).toBe(400);
    expect(screenFocus(screen.doc)).toBeNull();
    expect((await setJoin(ws.moderatorToken, { focus: 'stakeholders' })).status).toBe(200);
    await waitFor(() => screenFocus(screen.doc) === 'stakeholders', 'the focus');
    expect((await setJoin(ws.moderatorToken, { focus: null })).status).toBe(200);
    await waitFor(() => screenFocus(screen.doc) === null, 'the focus gone');
    screen.destroy();
  });
});

describe('remote conferences', () => {
  const setRemote = (token: string, body: unknown) =>
    api<{ ok?: true; error?: { code: string } }>(server.url, `/api/workshops/${ws.id}/remote`, { token, body });

  it('only the moderation sets the video room and remote mode', async () => {
    const participant = await ws.join('Rosa', 'Caritas');
    for (const token of [participant, ws.screenToken])
      expect((await setRemote(token, { videoUrl: 'https://jitsi.example.de/netz', on: true })).status).toBe(403);
  });

  it('takes http(s) links only, of bounded length, and nothing else', async () => {
    for (const body of [
      { videoUrl: 'javascript:alert(1)', on: true },
      { videoUrl: 'data:text/html,x', on: true },
      { videoUrl: 'kein link', on: false },
      { videoUrl: `https://jitsi.example.de/${'x'.repeat(500)}`, on: false },
      { videoUrl: null },
      { videoUrl: null, on: true, extra: 1 },
    ])
      expect((await setRemote(ws.moderatorToken, body)).status).toBe(400);
  });

  it('reaches every connected participant live, and can be switched off', async () => {
    const participant = await ws.join('Sven', 'Jobcenter');
    const client = await controlAsClient(participant);
    expect(remoteSettings(client.doc)).toEqual({ videoUrl: null, on: false });
    const body = { videoUrl: 'https://bbb.stadt.example.de/b/net-abc', on: true };
    expect((await setRemote(ws.moderatorToken, body)).body).toEqual({ ok: true });
    await waitFor(() => remoteSettings(client.doc).on, 'remote mode on');
    expect(remoteSettings(client.doc)).toEqual(body);
    await setRemote(ws.moderatorToken, { videoUrl: null, on: false });
    await waitFor(() => !remoteSettings(client.doc).on && remoteSettings(client.doc).videoUrl === null, 'off');
    expect(server.audit.list(ws.id).filter((a) => a.action === 'remote.set')).toHaveLength(2);
    client.destroy();
  });
});

describe('the agenda in the control document', () => {
  it('is stored in every workshop’s control document, so clients need not carry the default', async () => {
    const fresh = await createWorkshop(server.url);
    const participant = await fresh.join('Ina', 'Caritas');
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      server.url.replace(/^http/, 'ws') + SYNC_PATH,
      roomName(fresh.id, 'control'),
      doc,
      { WebSocketPolyfill: bearerWebSocket(participant), disableBc: true },
    );
    await new Promise<void>((ok) => provider.once('sync', (s: boolean) => s && ok()));
    expect(storedAgenda(doc)).toEqual(defaultAgenda());
    provider.destroy();
    doc.destroy();
  });
});
