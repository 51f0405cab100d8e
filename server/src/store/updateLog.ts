// The per-room update log: every accepted Yjs update is one row, committed
// alone or with others in one transaction (store/groupCommit.ts);
// compaction folds rows into one snapshot per room inside a transaction
// (snapshot written first, covered rows deleted after), so a crash at any
// point leaves either the old rows or the new snapshot, never neither.
// The group commit's transactions do not wait for the disk themselves
// (`appendManyUnsynced`): it syncs the write-ahead log after them, off the
// event loop (`syncWal`), and relays only then.
import { fsync, fsyncSync, openSync } from 'node:fs';
import type { DB } from './db.js';

export interface StoredRoom {
  snapshot: Uint8Array | null;
  updates: { id: number; data: Uint8Array }[];
}

export class UpdateLog {
  private readonly insert;
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly upsertSnapshot;
  private readonly deleteUpTo;
  private readonly countRows;
  private readonly relaxed;
  private readonly strict;
  /** The write-ahead log's file (none for an in-memory database) and its open descriptor. */
  private readonly walFile: string | null;
  private walFd: number | null = null;
  private readonly insertMany;

  constructor(private readonly db: DB) {
    // The connection's own setting (FULL: every other commit waits for the disk) is restored after each unsynced append.
    const mode = Number(db.pragma('synchronous', { simple: true }));
    this.relaxed = db.prepare('PRAGMA synchronous = NORMAL');
    this.strict = db.prepare(`PRAGMA synchronous = ${mode}`);
    this.walFile = db.memory ? null : `${db.name}-wal`;
    this.insertMany = db.transaction((rows: [string, Uint8Array][], now: number) =>
      rows.map(([room, u]) =>
        Number(this.insert.run(room, Buffer.from(u.buffer, u.byteOffset, u.byteLength), now).lastInsertRowid),
      ),
    );
    this.insert = db.prepare<[string, Buffer, number]>('INSERT INTO updates (room, data, created_at) VALUES (?, ?, ?)');
    this.selectSnapshot = db.prepare<[string], { data: Buffer; upto_id: number }>(
      'SELECT data, upto_id FROM snapshots WHERE room = ?',
    );
    this.selectUpdates = db.prepare<[string, number], { id: number; data: Buffer }>(
      'SELECT id, data FROM updates WHERE room = ? AND id > ? ORDER BY id',
    );
    this.upsertSnapshot = db.prepare<[string, Buffer, number, number]>(
      `INSERT INTO snapshots (room, data, upto_id, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(room) DO UPDATE SET data = excluded.data, upto_id = excluded.upto_id, created_at = excluded.created_at`,
    );
    this.deleteUpTo = db.prepare<[string, number]>('DELETE FROM updates WHERE room = ? AND id <= ?');
    this.countRows = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE room = ?');
  }

  /** Appends one update and commits it; returns its row id. Throws if the write fails. */
  append(room: string, update: Uint8Array): number {
    const info = this.insert.run(room, Buffer.from(update.buffer, update.byteOffset, update.byteLength), Date.now());
    return Number(info.lastInsertRowid);
  }

  /**
   * Appends several updates (of any rooms) in one transaction, and returns
   * their row ids. The commit does not wait for the disk (synchronous=NORMAL
   * for this transaction): the rows are in the write-ahead log, safe from a
   * crash of the process, and safe from a power loss once `syncWal` (or
   * `syncWalNow`) has run after it.
   */
  appendManyUnsynced(rows: [room: string, update: Uint8Array][]): number[] {
    this.relaxed.run();
    try {
      return this.insertMany(rows, Date.now());
    } finally {
      this.strict.run();
    }
  }

  /** Syncs the write-ahead log to disk on a worker thread of libuv: every commit before it becomes durable. */
  syncWal(): Promise<void> {
    const fd = this.wal();
    if (fd === null) return Promise.resolve();
    return new Promise((ok, fail) => fsync(fd, (err) => (err ? fail(err) : ok())));
  }

  /** The same, blocking (before a command answers, and at shutdown). */
  syncWalNow(): void {
    const fd = this.wal();
    if (fd !== null) fsyncSync(fd);
  }

  /**
   * The write-ahead log's descriptor, opened on the first sync (SQLite keeps
   * the file, truncating or reusing it, while the database is open); null
   * without one (in memory: nothing to sync).
   */
  private wal(): number | null {
    if (!this.walFile) return null;
    this.walFd ??= openSync(this.walFile, 'r');
    return this.walFd;
  }

  /** Everything stored for a room: its snapshot and the updates after it, in order. Throws on read errors. */
  load(room: string): StoredRoom {
    return this.db.transaction(() => {
      const snap = this.selectSnapshot.get(room);
      const updates = this.selectUpdates
        .all(room, snap?.upto_id ?? 0)
        .map((r) => ({ id: r.id, data: new Uint8Array(r.data) }));
      return { snapshot: snap ? new Uint8Array(snap.data) : null, updates };
    })();
  }

  /** Replaces all rows up to `uptoId` by `snapshot`, in one transaction. */
  compact(room: string, snapshot: Uint8Array, uptoId: number): void {
    this.db.transaction(() => {
      this.upsertSnapshot.run(room, Buffer.from(snapshot), uptoId, Date.now());
      this.deleteUpTo.run(room, uptoId);
    })();
  }

  /** Number of uncompacted update rows of a room. */
  pending(room: string): number {
    return this.countRows.get(room)?.n ?? 0;
  }
}
