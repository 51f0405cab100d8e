// The per-room update log: every accepted Yjs update is one row, committed
// alone or with others in one transaction (store/groupCommit.ts);
// compaction folds rows into one snapshot per room inside a transaction
// (snapshot written first, covered rows deleted after), so a crash at any
// point leaves either the old rows or the new snapshot, never neither.
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

  constructor(private readonly db: DB) {
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

  /** Appends several updates (of any rooms) in one transaction: one commit, one fsync. Returns their row ids. */
  appendMany(rows: [room: string, update: Uint8Array][]): number[] {
    const now = Date.now();
    return this.db.transaction(() =>
      rows.map(([room, u]) =>
        Number(this.insert.run(room, Buffer.from(u.buffer, u.byteOffset, u.byteLength), now).lastInsertRowid),
      ),
    )();
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
