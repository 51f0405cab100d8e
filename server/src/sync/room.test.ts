import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { openDatabase, type DB } from '../store/db.js';
import { UpdateLog } from '../store/updateLog.js';
import { AWARENESS_FLUSH_MS, AWARENESS_RENEW_FLUSH_MS, MAX_AWARENESS_OWNERS, MessageType, Room } from './room.js';
import { fakePeer, type FakePeer } from './testPeers.js';

/** The awareness frame a y-websocket client sends for its own state. */
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

/** Client ids carried by the awareness frames a peer received. */
function awarenessEntries(frames: Uint8Array[]): number[][] {
  return frames.flatMap((f) => {
    const dec = decoding.createDecoder(f);
    if (decoding.readVarUint(dec) !== MessageType.Awareness) return [];
    const inner = decoding.createDecoder(decoding.readVarUint8Array(dec));
    const ids: number[] = [];
    const n = decoding.readVarUint(inner);
    for (let i = 0; i < n; i++) {
      ids.push(decoding.readVarUint(inner));
      decoding.readVarUint(inner);
      decoding.readVarString(inner);
    }
    return [ids];
  });
}

describe('room awareness relaying', () => {
  let db: DB;
  let room: Room;
  let peers: FakePeer[];

  beforeEach(() => {
    vi.useFakeTimers();
    db = openDatabase(':memory:');
    room = Room.load('w/board', new UpdateLog(db), { compactEvery: 1000, canWrite: () => true });
    peers = Array.from({ length: 40 }, (_, i) => fakePeer(i));
    for (const p of peers) room.join(p);
    for (const p of peers) p.frames.length = 0;
  });

  afterEach(() => {
    room.destroy();
    db.close();
    vi.useRealTimers();
  });

  it('gathers a burst of presence changes from 40 peers into one frame per peer within the flush window', () => {
    peers.forEach((p, i) => room.handleMessage(p, awarenessFrame(1000 + i, 1, { cursor: { x: i, y: 0 } })));
    expect(awarenessEntries(peers[0]!.frames)).toEqual([]);
    vi.advanceTimersByTime(AWARENESS_FLUSH_MS);
    for (const p of peers) {
      const frames = awarenessEntries(p.frames);
      expect(frames).toHaveLength(1);
      expect(new Set(frames[0])).toEqual(new Set(peers.map((_, i) => 1000 + i)));
    }
    // What a stock client makes of the frame: every state, with the session's name.
    const client = new awarenessProtocol.Awareness(new Y.Doc());
    const dec = decoding.createDecoder(peers[0]!.frames[0]!);
    decoding.readVarUint(dec);
    awarenessProtocol.applyAwarenessUpdate(client, decoding.readVarUint8Array(dec), 'server');
    expect((client.getStates().get(1005) as { cursor: unknown; user: { name: string } }).user.name).toBe('P5');
    client.destroy();
  });

  it('relays keep-alive renewals lazily, well inside the 30 s timeout of the clients, and a change at once with them', () => {
    peers.forEach((p, i) => room.handleMessage(p, awarenessFrame(1000 + i, 1, {})));
    vi.advanceTimersByTime(AWARENESS_FLUSH_MS);
    for (const p of peers) p.frames.length = 0;
    // Every peer renews: same state, next clock.
    peers.forEach((p, i) => room.handleMessage(p, awarenessFrame(1000 + i, 2, {})));
    vi.advanceTimersByTime(AWARENESS_RENEW_FLUSH_MS - 1);
    expect(awarenessEntries(peers[0]!.frames)).toEqual([]);
    vi.advanceTimersByTime(1);
    for (const p of peers) expect(awarenessEntries(p.frames)).toHaveLength(1);
    expect(AWARENESS_RENEW_FLUSH_MS + 15_000 + 3_000).toBeLessThan(awarenessProtocol.outdatedTimeout);
    // A renewal waiting when someone moves goes out with the move.
    for (const p of peers) p.frames.length = 0;
    room.handleMessage(peers[1]!, awarenessFrame(1001, 3, {}));
    room.handleMessage(peers[2]!, awarenessFrame(1002, 3, { cursor: { x: 1, y: 1 } }));
    vi.advanceTimersByTime(AWARENESS_FLUSH_MS);
    expect(awarenessEntries(peers[0]!.frames).map((ids) => new Set(ids))).toEqual([new Set([1001, 1002])]);
    vi.advanceTimersByTime(AWARENESS_RENEW_FLUSH_MS);
    expect(awarenessEntries(peers[0]!.frames)).toHaveLength(1);
  });

  it('tells the others promptly when a peer leaves', () => {
    room.handleMessage(peers[3]!, awarenessFrame(1003, 1, { cursor: null }));
    vi.advanceTimersByTime(AWARENESS_FLUSH_MS);
    peers[0]!.frames.length = 0;
    room.leave(peers[3]!);
    vi.advanceTimersByTime(AWARENESS_FLUSH_MS);
    expect(awarenessEntries(peers[0]!.frames)).toEqual([[1003]]);
  });
});

describe('room presence ids', () => {
  it('remembers owners of ids within a bound, forgetting the longest unused first and never one a live peer holds', () => {
    const db = openDatabase(':memory:');
    const room = Room.load('w/board', new UpdateLog(db), { compactEvery: 1000, canWrite: () => true });
    const nameOf = (id: number) =>
      (room.awareness.getStates().get(id) as { user?: { name: string } } | undefined)?.user?.name;
    const connect = (session: number, id: number, clock = 1) => {
      const p = fakePeer(session);
      room.join(p);
      room.handleMessage(p, awarenessFrame(id, clock, {}));
      return p;
    };
    connect(0, 1);
    const early = connect(3, 5);
    // Many short connections of another session, each with an id of its own.
    const churn = (from: number, n: number) => {
      for (let i = from; i < from + n; i++) room.leave(connect(1, i));
    };
    churn(1000, MAX_AWARENESS_OWNERS + 10);
    room.leave(early); // released after all of those: kept longer than they are
    churn(10_000, MAX_AWARENESS_OWNERS / 4 + 10);
    connect(2, 1, 9);
    expect(nameOf(1)).toBe('P0'); // live: still its owner's
    connect(2, 5, 9);
    expect(nameOf(5)).toBeUndefined(); // released lately: kept for its owner's reconnect
    connect(2, 1000, 9);
    expect(nameOf(1000)).toBe('P2'); // long unused: forgotten, so the map stays bounded
    room.destroy();
    db.close();
  });
});
