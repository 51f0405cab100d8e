// Group commit: the updates of a loop turn, from several peers and rooms,
// are committed in one transaction, and nothing of them reaches another peer
// (as an update or in a sync answer) before that transaction committed.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { openDatabase, type DB } from '../store/db.js';
import { UpdateLog } from '../store/updateLog.js';
import { GroupCommit } from '../store/groupCommit.js';
import { CloseCode } from '@nws/shared';
import { MessageType, Room } from './room.js';
import { fakePeer as peer } from './testPeers.js';

/** A y-websocket update frame: one client's edit of a text. */
function updateFrame(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Sync);
  syncProtocol.writeUpdate(enc, Y.encodeStateAsUpdate(doc));
  return encoding.toUint8Array(enc);
}
function step1Frame(): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MessageType.Sync);
  syncProtocol.writeSyncStep1(enc, new Y.Doc());
  return encoding.toUint8Array(enc);
}
const turn = () => new Promise((r) => setImmediate(r));

let db: DB;
afterEach(() => db?.close());

/** An update log whose write-ahead-log syncs the test completes (or fails) by hand. */
class HeldSyncLog extends UpdateLog {
  readonly held: { ok: () => void; fail: (e: unknown) => void }[] = [];
  blocking = 0;
  override syncWal(): Promise<void> {
    return new Promise((ok, fail) => this.held.push({ ok, fail }));
  }
  override syncWalNow(): void {
    this.blocking++;
  }
}

function setup(held = false) {
  db = openDatabase(':memory:');
  const log = held ? new HeldSyncLog(db) : new UpdateLog(db);
  const commits = new GroupCommit(log);
  const opts = { compactEvery: 1000, canWrite: () => true, commits };
  const rooms = [Room.load('w/a', log, opts), Room.load('w/b', log, opts)];
  const peers = [peer(0), peer(1), peer(2), peer(3)];
  rooms[0]!.join(peers[0]!);
  rooms[0]!.join(peers[1]!);
  rooms[1]!.join(peers[2]!);
  rooms[1]!.join(peers[3]!);
  for (const p of peers) p.frames.length = 0;
  return { log, commits, rooms, peers };
}
const settle = async () => {
  for (let i = 0; i < 3; i++) await turn();
};

describe('group commit', () => {
  it('commits a loop turn’s updates of several rooms in one transaction, and relays only after it', async () => {
    const { log, commits, rooms, peers } = setup();
    for (let i = 0; i < 10; i++) {
      rooms[0]!.handleMessage(peers[0]!, updateFrame(`a${i}`));
      rooms[1]!.handleMessage(peers[2]!, updateFrame(`b${i}`));
    }
    // Applied in memory, queued, neither stored nor relayed yet.
    expect(commits.size).toBe(20);
    expect(log.pending('w/a')).toBe(0);
    expect(peers[1]!.frames).toHaveLength(0);
    expect(peers[3]!.frames).toHaveLength(0);
    await turn();
    expect(commits.stats).toEqual({ commits: 1, updates: 20, syncs: 1 });
    expect([log.pending('w/a'), log.pending('w/b')]).toEqual([10, 10]);
    expect([peers[1]!.frames.length, peers[3]!.frames.length]).toEqual([10, 10]);
    // The writers get nothing of their own back.
    expect([peers[0]!.frames.length, peers[2]!.frames.length]).toEqual([0, 0]);
    rooms.forEach((r) => r.destroy());
  });

  it('answers a joining peer’s sync request only with what is committed', async () => {
    const { commits, rooms, peers } = setup();
    rooms[0]!.handleMessage(peers[0]!, updateFrame('noch nicht gespeichert'));
    const late = peer(9);
    rooms[0]!.join(late);
    late.frames.length = 0;
    rooms[0]!.handleMessage(late, step1Frame());
    expect(late.frames).toHaveLength(0);
    await turn();
    expect(commits.stats.commits).toBe(1);
    // Once committed: the update itself (the late peer is in the room now), then the answer.
    expect(late.frames).toHaveLength(2);
    const dec = decoding.createDecoder(late.frames[1]!);
    expect([decoding.readVarUint(dec), decoding.readVarUint(dec)]).toEqual([
      MessageType.Sync,
      syncProtocol.messageYjsSyncStep2,
    ]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(dec));
    expect(doc.getText('t').toString()).toBe('noch nicht gespeichert');
    rooms.forEach((r) => r.destroy());
  });

  it('commits a server-side change at once, with whatever waits', () => {
    const { log, commits, rooms, peers } = setup();
    rooms[0]!.handleMessage(peers[0]!, updateFrame('vom Client'));
    rooms[1]!.change((d) => d.getText('t').insert(0, 'vom Server'));
    expect(commits.stats).toEqual({ commits: 1, updates: 2, syncs: 1 });
    expect([log.pending('w/a'), log.pending('w/b')]).toEqual([1, 1]);
    rooms.forEach((r) => r.destroy());
  });

  it('relays nothing of a batch whose transaction failed, and drops the room', async () => {
    const { rooms, peers } = setup();
    const closed: number[] = [];
    peers[1]!.close = (code) => closed.push(code);
    rooms[0]!.handleMessage(peers[0]!, updateFrame('geht verloren'));
    db.exec('DROP TABLE updates');
    await turn();
    expect(peers[1]!.frames).toHaveLength(0);
    expect(closed).toEqual([CloseCode.RoomUnavailable]);
    expect(rooms[0]!.destroyed).toBe(true);
    rooms.forEach((r) => r.destroy());
  });

  it('relays a committed batch only after the log’s sync; what commits meanwhile waits for the next sync', async () => {
    const { log, commits, rooms, peers } = setup(true);
    const held = (log as HeldSyncLog).held;
    rooms[0]!.handleMessage(peers[0]!, updateFrame('erste'));
    await turn();
    // Committed (in the log, safe from a crash of the process), syncing, not relayed.
    expect(log.pending('w/a')).toBe(1);
    expect(held).toHaveLength(1);
    expect(peers[1]!.frames).toHaveLength(0);
    // The loop goes on: two more turns commit two batches while the sync is in flight.
    rooms[0]!.handleMessage(peers[0]!, updateFrame('zweite'));
    await turn();
    rooms[1]!.handleMessage(peers[2]!, updateFrame('dritte'));
    await turn();
    expect(commits.stats).toEqual({ commits: 3, updates: 3, syncs: 0 });
    expect(held).toHaveLength(1);
    expect(peers[1]!.frames).toHaveLength(0);
    held[0]!.ok();
    await settle();
    // The first batch is relayed; one sync starts for both batches that committed meanwhile.
    expect(peers[1]!.frames).toHaveLength(1);
    expect(peers[3]!.frames).toHaveLength(0);
    expect(held).toHaveLength(2);
    held[1]!.ok();
    await settle();
    expect([peers[1]!.frames.length, peers[3]!.frames.length]).toEqual([2, 1]);
    expect(commits.stats).toEqual({ commits: 3, updates: 3, syncs: 2 });
    rooms.forEach((r) => r.destroy());
  });

  it('a server-side change syncs at once, and the batches waiting for a sync are relayed first, in order', async () => {
    const { log, rooms, peers } = setup(true);
    rooms[0]!.handleMessage(peers[0]!, updateFrame('vom Client'));
    await turn();
    expect(peers[1]!.frames).toHaveLength(0);
    rooms[0]!.change((d) => d.getText('s').insert(0, 'vom Server'));
    // The blocking sync covered both; the client's update came first, then the server's.
    expect((log as HeldSyncLog).blocking).toBe(1);
    expect(peers[1]!.frames).toHaveLength(2);
    const texts = peers[1]!.frames.map((f) => {
      const dec = decoding.createDecoder(f);
      decoding.readVarUint(dec);
      decoding.readVarUint(dec);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, decoding.readVarUint8Array(dec));
      return doc.getText('t').toString() + doc.getText('s').toString();
    });
    expect(texts).toEqual(['vom Client', 'vom Server']);
    // The sync in flight completes later and relays nothing twice.
    (log as HeldSyncLog).held[0]!.ok();
    await settle();
    expect(peers[1]!.frames).toHaveLength(2);
    rooms.forEach((r) => r.destroy());
  });

  it('relays nothing of a batch whose sync failed, and drops the room', async () => {
    const { log, rooms, peers } = setup(true);
    const closed: number[] = [];
    peers[1]!.close = (code) => closed.push(code);
    rooms[0]!.handleMessage(peers[0]!, updateFrame('nicht auf der Platte'));
    await turn();
    (log as HeldSyncLog).held[0]!.fail(new Error('EIO'));
    await settle();
    expect(peers[1]!.frames).toHaveLength(0);
    expect(closed).toEqual([CloseCode.RoomUnavailable]);
    rooms.forEach((r) => r.destroy());
  });
});
