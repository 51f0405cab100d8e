// Integration: headless y-websocket clients through the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { addCard, CloseCode, getCard, listCards, textsMap } from '@nws/shared';
import {
  connectClient,
  createWorkshop,
  rawSocket,
  recordSocket,
  startTestServer,
  waitFor,
  type TestWorkshop,
} from '../testing/harness.js';
import { MessageType } from './room.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;

beforeAll(async () => {
  server = await startTestServer({ MAX_MESSAGE_BYTES: '65536' });
  ws = await createWorkshop(server.url);
});
afterAll(() => server.close());

const updateFrame = (update: Uint8Array) => {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Sync);
  syncProtocol.writeUpdate(enc, update);
  return encoding.toUint8Array(enc);
};

/** A card update made on a scratch doc: what a client would send. */
const cardUpdate = (text: string) => {
  const d = new Y.Doc();
  addCard(d, { text, x: 0, y: 0 });
  return Y.encodeStateAsUpdate(d);
};

describe('live sync', () => {
  it('two clients see each other’s card within one round trip', async () => {
    const a = connectClient(server.url, ws.id, await ws.join('Ana'));
    const b = connectClient(server.url, ws.id, await ws.join('Ben', 'Jugendamt'));
    await Promise.all([a.synced, b.synced]);
    const t0 = performance.now();
    const card = addCard(a.doc, { authorId: a.authorId, text: 'Familienzentrum', x: 1, y: 2 });
    await waitFor(() => getCard(b.doc, card.id) !== null, 'card at b', 5000);
    const relay = performance.now() - t0;
    // One round trip of b's own socket (ping/pong), for scale.
    const socket = b.provider.ws as unknown as import('ws').WebSocket;
    const t1 = performance.now();
    await new Promise<void>((ok) => {
      socket.once('pong', () => ok());
      socket.ping();
    });
    const roundTrip = performance.now() - t1;
    expect(getCard(b.doc, card.id)).toEqual(card);
    // the relay is one hop: generous factor for a loaded CI machine, but no polling or batching delay
    expect(relay).toBeLessThan(Math.max(roundTrip * 5, 250));
    const c2 = addCard(b.doc, { authorId: b.authorId, text: 'Kita', x: 0, y: 0 });
    await waitFor(() => getCard(a.doc, c2.id) !== null, 'card at a');
    a.destroy();
    b.destroy();
  });

  it('edits made while offline arrive after reconnect', async () => {
    const a = connectClient(server.url, ws.id, await ws.join('Ana'));
    const b = connectClient(server.url, ws.id, await ws.join('Ben'));
    await Promise.all([a.synced, b.synced]);
    a.provider.disconnect();
    const offline = addCard(a.doc, { authorId: a.authorId, text: 'offline geschrieben', x: 0, y: 0 });
    await new Promise((r) => setTimeout(r, 100));
    expect(getCard(b.doc, offline.id)).toBeNull();
    a.provider.connect();
    await waitFor(() => getCard(b.doc, offline.id) !== null, 'offline card at b');
    a.destroy();
    b.destroy();
  });
});

describe('access to the socket', () => {
  it('refuses a missing, unknown or foreign token with 401 and no socket', async () => {
    const other = await createWorkshop(server.url, 'Andere');
    expect((await rawSocket(server.url, ws.id, null)).status).toBe(401);
    expect((await rawSocket(server.url, ws.id, 'not-a-token')).status).toBe(401);
    expect((await rawSocket(server.url, ws.id, other.moderatorToken)).status).toBe(401);
    expect((await rawSocket(server.url, ws.id, ws.moderatorToken)).status).toBe(101);
  });

  it('refuses a foreign Origin and accepts the page’s own', async () => {
    const token = await ws.join('Eve');
    expect((await rawSocket(server.url, ws.id, token, { origin: 'https://evil.example' })).status).toBe(403);
    const own = await rawSocket(server.url, ws.id, token, { origin: server.url });
    expect(own.status).toBe(101);
    own.ws?.close();
  });
});

describe('read-only and hostile connections', () => {
  it('drops both write messages (sync step 2 and update) of a shared-screen connection', async () => {
    const writer = connectClient(server.url, ws.id, await ws.join('Writer'));
    await writer.synced;
    const before = listCards(writer.doc).length;
    const raw = await rawSocket(server.url, ws.id, ws.screenToken);
    if (!raw.ws) throw new Error('screen refused');
    const { closed } = recordSocket(raw.ws);
    const step2 = encoding.createEncoder();
    encoding.writeVarUint(step2, MessageType.Sync);
    syncProtocol.writeSyncStep2(
      step2,
      (() => {
        const d = new Y.Doc();
        addCard(d, { text: 'screen step2', x: 0, y: 0 });
        return d;
      })(),
    );
    raw.ws.send(encoding.toUint8Array(step2));
    raw.ws.send(updateFrame(cardUpdate('screen update')));
    await new Promise((r) => setTimeout(r, 200));
    expect(listCards(writer.doc).length).toBe(before);
    expect(
      server.updateLog.load(`${ws.id}/board`).updates.some((u) => new TextDecoder().decode(u.data).includes('screen')),
    ).toBe(false);
    raw.ws.close();
    expect(await closed).toBe(1005);
    writer.destroy();
  });

  it('closes a malformed frame with 4400 and keeps serving the others', async () => {
    const good = connectClient(server.url, ws.id, await ws.join('Good'));
    await good.synced;
    const bad = await rawSocket(server.url, ws.id, await ws.join('Bad'));
    if (!bad.ws) throw new Error('refused');
    const { closed } = recordSocket(bad.ws);
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MessageType.Sync);
    encoding.writeVarUint(enc, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(enc, new Uint8Array([1, 200, 3, 4, 5, 6, 7, 255, 255]));
    bad.ws.send(encoding.toUint8Array(enc));
    expect(await closed).toBe(CloseCode.MalformedMessage);
    const other = connectClient(server.url, ws.id, await ws.join('Other'));
    await other.synced;
    const card = addCard(good.doc, { authorId: good.authorId, text: 'still here', x: 0, y: 0 });
    await waitFor(() => getCard(other.doc, card.id) !== null, 'relay after a bad client');
    good.destroy();
    other.destroy();
  });

  it('closes an oversized frame with 1009 and stores nothing of it', async () => {
    const raw = await rawSocket(server.url, ws.id, await ws.join('Big'));
    if (!raw.ws) throw new Error('refused');
    const { closed } = recordSocket(raw.ws);
    const d = new Y.Doc();
    addCard(d, { text: 'BIGMARKER', x: 0, y: 0 });
    textsMap(d).set('pad', new Y.Text('x'.repeat(70_000)));
    raw.ws.send(updateFrame(Y.encodeStateAsUpdate(d)));
    expect(await closed).toBe(CloseCode.MessageTooBig);
    expect(
      server.updateLog
        .load(`${ws.id}/board`)
        .updates.some((u) => new TextDecoder().decode(u.data).includes('BIGMARKER')),
    ).toBe(false);
  });

  it('relays only the connection’s own awareness entry, with name and role from the session', async () => {
    const observer = connectClient(server.url, ws.id, await ws.join('Observer'));
    await observer.synced;
    const victim = connectClient(server.url, ws.id, await ws.join('Victim'));
    await victim.synced;
    victim.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await waitFor(() => observer.provider.awareness.getStates().has(victim.doc.clientID), 'victim presence');

    const raw = await rawSocket(server.url, ws.id, await ws.join('Mallory', 'Freier Träger'));
    if (!raw.ws) throw new Error('refused');
    const own = 424242;
    const forged = new Y.Doc();
    forged.clientID = own;
    const aw = new awarenessProtocol.Awareness(forged);
    aw.setLocalState({ user: { name: 'Moderation', role: 'moderator' } });
    // another client's entry: a forged "left" (null) state for the victim, with a higher clock
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, 2);
    encoding.writeVarUint(enc, own);
    encoding.writeVarUint(enc, 1);
    encoding.writeVarString(enc, JSON.stringify({ user: { name: 'Moderation', role: 'moderator' } }));
    encoding.writeVarUint(enc, victim.doc.clientID);
    encoding.writeVarUint(enc, 999);
    encoding.writeVarString(enc, 'null');
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, MessageType.Awareness);
    encoding.writeVarUint8Array(frame, encoding.toUint8Array(enc));
    raw.ws.send(encoding.toUint8Array(frame));
    aw.destroy();

    await waitFor(() => observer.provider.awareness.getStates().has(own), 'mallory presence');
    const mallory = observer.provider.awareness.getStates().get(own) as {
      user: { name: string; role: string; organisation: string };
    };
    expect(mallory.user).toMatchObject({ name: 'Mallory', role: 'participant', organisation: 'Freier Träger' });
    expect(observer.provider.awareness.getStates().has(victim.doc.clientID)).toBe(true);
    const victimState = observer.provider.awareness.getStates().get(victim.doc.clientID) as { user: { name: string } };
    expect(victimState.user.name).toBe('Victim');
    raw.ws.close();
    await waitFor(() => !observer.provider.awareness.getStates().has(own), 'mallory gone after close');
    observer.destroy();
    victim.destroy();
  });

  it('never sends the moderator token to a participant', async () => {
    const raw = await rawSocket(server.url, ws.id, await ws.join('Curious'));
    if (!raw.ws) throw new Error('refused');
    const { frames } = recordSocket(raw.ws);
    const mod = connectClient(server.url, ws.id, ws.moderatorToken);
    await mod.synced;
    mod.provider.awareness.setLocalStateField('cursor', { x: 5, y: 5 });
    addCard(mod.doc, { authorId: mod.authorId, text: 'vom Moderator', x: 0, y: 0 });
    await new Promise((r) => setTimeout(r, 200));
    const all = Buffer.concat(frames.map((f) => Buffer.from(f))).toString('latin1');
    expect(all).toContain('vom Moderator');
    expect(all).not.toContain(ws.moderatorToken);
    expect(all).not.toContain(ws.screenToken);
    raw.ws.close();
    mod.destroy();
  });
});
