// Integration: presence ids are bound once. An awareness client id belongs to
// the session that bound it: another session's connection cannot take it,
// neither while its socket is live nor between a close and the reconnect;
// the same session's reconnect binds it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import {
  connectClient,
  createWorkshop,
  rawSocket,
  startTestServer,
  waitFor,
  type TestClient,
  type TestWorkshop,
} from '../testing/harness.js';
import { AWARENESS_FLUSH_MS, MessageType } from './room.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

/** A y-protocols awareness frame with one entry. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Awareness);
  encoding.writeVarUint8Array(enc, encoding.toUint8Array(inner));
  return encoding.toUint8Array(enc);
}

async function openRaw(token: string): Promise<WebSocket> {
  const raw = await rawSocket(server.url, ws.id, token);
  if (!raw.ws) throw new Error(`refused: ${raw.status}`);
  return raw.ws;
}

type Presence = { user?: { name?: string }; cursor?: { x: number } };
const stateAt = (client: TestClient, id: number) =>
  client.provider.awareness.getStates().get(id) as Presence | undefined;
/** Long enough for the room to have relayed anything it accepted. */
const settle = () => new Promise((ok) => setTimeout(ok, AWARENESS_FLUSH_MS * 5));

describe('presence ids', () => {
  it('another session cannot take an id, neither from a live connection nor while its owner reconnects', async () => {
    const observer = connectClient(server.url, ws.id, await ws.join('Beobachter'));
    const victim = connectClient(server.url, ws.id, await ws.join('Vera', 'Jugendamt'));
    await Promise.all([observer.synced, victim.synced]);
    const id = victim.doc.clientID;
    victim.provider.awareness.setLocalStateField('cursor', { x: 1 });
    await waitFor(() => stateAt(observer, id)?.user?.name === 'Vera', 'Vera present');

    // Mallory's entry for Vera's id while Vera is connected: dropped, Mallory's socket stays open.
    const mallory = await openRaw(await ws.join('Mallory', 'Freier Träger'));
    mallory.send(awarenessFrame(id, 1000, { cursor: { x: 666 } }));
    await settle();
    expect(stateAt(observer, id)).toMatchObject({ user: { name: 'Vera' }, cursor: { x: 1 } });
    expect(mallory.readyState).toBe(mallory.OPEN);

    // Vera's socket closes; before she is back, Mallory tries again.
    victim.provider.disconnect();
    await waitFor(() => stateAt(observer, id) === undefined, 'Vera gone');
    mallory.send(awarenessFrame(id, 2000, { cursor: { x: 666 } }));
    await settle();
    expect(stateAt(observer, id)).toBeUndefined();

    // Vera reconnects (same session, same document, same id) and is back under her name.
    victim.provider.connect();
    await victim.synced;
    victim.provider.awareness.setLocalStateField('cursor', { x: 2 });
    await waitFor(() => stateAt(observer, id)?.cursor?.x === 2, 'Vera back');
    expect(stateAt(observer, id)?.user?.name).toBe('Vera');

    // Mallory's own id still works: her entries were dropped, not her connection.
    mallory.send(awarenessFrame(4242, 1, { cursor: { x: 3 } }));
    await waitFor(() => stateAt(observer, 4242)?.user?.name === 'Mallory', 'Mallory under her own id');
    expect(stateAt(observer, id)?.user?.name).toBe('Vera');
    mallory.close();
    observer.destroy();
    victim.destroy();
  });

  it('the same session’s new connection rebinds its id while the old socket is still open', async () => {
    const observer = connectClient(server.url, ws.id, await ws.join('Beobachterin'));
    await observer.synced;
    const token = await ws.join('Paul', 'Caritas');
    const id = 777_001;
    const old = await openRaw(token);
    old.send(awarenessFrame(id, 1, { cursor: { x: 1 } }));
    await waitFor(() => stateAt(observer, id)?.cursor?.x === 1, 'Paul present');

    // The reconnect arrives before the server noticed that the old socket is dead.
    const fresh = await openRaw(token);
    fresh.send(awarenessFrame(id, 2, { cursor: { x: 5 } }));
    await waitFor(() => stateAt(observer, id)?.cursor?.x === 5, 'the new connection speaks for the id');
    expect(stateAt(observer, id)?.user?.name).toBe('Paul');

    // The old socket dies without a word; Paul stays in the list, held by the new one.
    old.terminate();
    await settle();
    expect(stateAt(observer, id)).toMatchObject({ user: { name: 'Paul' }, cursor: { x: 5 } });
    fresh.close();
    await waitFor(() => stateAt(observer, id) === undefined, 'Paul gone with his last socket');
    observer.destroy();
  });

  it('a client whose connection dropped is back in everyone’s list as soon as it reconnects, without a new change', async () => {
    const observer = connectClient(server.url, ws.id, await ws.join('Beobachterin'));
    const dora = connectClient(server.url, ws.id, await ws.join('Dora', 'VHS'));
    await Promise.all([observer.synced, dora.synced]);
    const id = dora.doc.clientID;
    dora.provider.awareness.setLocalStateField('cursor', { x: 7 });
    await waitFor(() => stateAt(observer, id)?.cursor?.x === 7, 'Dora present');
    // A dropped connection (not a deliberate disconnect): the client keeps its state and reconnects
    // by itself, sending that state with the clock it had; the server had counted the leave.
    dora.provider.ws!.close();
    await waitFor(() => stateAt(observer, id) === undefined, 'Dora gone with her socket');
    await waitFor(() => stateAt(observer, id)?.cursor?.x === 7, 'Dora back at once', 3000);
    expect(stateAt(observer, id)?.user?.name).toBe('Dora');
    observer.destroy();
    dora.destroy();
  });
});
