// Integration: the shared screen's join view is the moderation's to show or
// hide. Participants and the screen itself are refused (403); the choice is
// validated, audited and reaches a connected client live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { roomName, screenJoinChoice, SYNC_PATH } from '@nws/shared';
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
    expect(actions.filter((a) => a === 'screen.join')).toHaveLength(2);
    screen.destroy();
  });
});
