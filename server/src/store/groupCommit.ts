// Group commit: the updates of every room that arrive in one turn of the
// event loop are committed together, in one transaction, at the end of the
// turn; then the write-ahead log is synced to disk off the event loop (a
// libuv worker), and only then is each relayed (its `done`). While a sync is
// in flight the loop goes on reading and applying: the batches committed
// meanwhile wait for the next sync, so one fsync carries all of them. Nothing
// is relayed before it is durable (power loss included), and no batch's
// fsync blocks the other rooms. A failed transaction or sync reports the
// error to each of its updates (`failed`) and relays none of them.
// An explicit `flush()` (a server-side change, before a read that must see
// only durable state, at shutdown) commits what waits and syncs at once.
import type { UpdateLog } from './updateLog.js';

interface Pending {
  room: string;
  update: Uint8Array;
  done: (id: number) => void;
  failed: (err: unknown) => void;
}

/** A committed batch waiting for the sync that makes it durable. */
interface Committed {
  seq: number;
  batch: Pending[];
  ids: number[];
}

export class GroupCommit {
  private pending: Pending[] = [];
  private committed: Committed[] = [];
  private scheduled = false;
  private syncing = false;
  private seq = 0;
  /** The last batch known durable: a sync that began after its commit completed. */
  private durable = 0;
  /** A `done` is running: a flush inside it syncs but leaves the relays, in order, to the loop already running them. */
  private releasing = false;
  /** Transactions and updates committed so far, and the syncs that made them durable (for the benchmark and tests). */
  readonly stats = { commits: 0, updates: 0, syncs: 0 };

  /** `immediate`: commit and sync each update at once (a room used on its own, e.g. in unit tests; COMMIT=each). */
  constructor(
    private readonly log: UpdateLog,
    private readonly opts: { immediate?: boolean } = {},
  ) {}

  /** Queues an update of a room; `done` runs once it is durable, `failed` if its transaction or sync failed. */
  enqueue(room: string, update: Uint8Array, done: Pending['done'], failed: Pending['failed']): void {
    this.pending.push({ room, update, done, failed });
    if (this.opts.immediate) return this.flush();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.commitPending();
        this.startSync();
      });
    }
  }

  /** Commits everything queued now and syncs it, blocking; runs every waiting `done` in order. */
  flush(): void {
    while (this.pending.length > 0 || this.seq > this.durable) {
      this.commitPending();
      const upTo = this.seq;
      try {
        this.log.syncWalNow();
      } catch (err) {
        this.fail(err);
        continue;
      }
      this.stats.syncs++;
      this.durable = upTo;
      // A `done` may queue more (a server-side change of the room it relays); the loop commits those too.
      this.release();
    }
  }

  /** Updates not yet durable: queued or committed and waiting for their sync. */
  get size(): number {
    return this.pending.length + this.committed.reduce((n, c) => n + c.batch.length, 0);
  }

  private commitPending(): void {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let ids: number[];
      try {
        ids = this.log.appendManyUnsynced(batch.map((p) => [p.room, p.update]));
      } catch (err) {
        for (const p of batch) p.failed(err);
        continue;
      }
      this.stats.commits++;
      this.stats.updates += batch.length;
      this.committed.push({ seq: ++this.seq, batch, ids });
    }
  }

  /** Syncs what is committed, off the loop; what commits meanwhile waits for the next sync. */
  private startSync(): void {
    if (this.syncing || this.committed.length === 0) return;
    this.syncing = true;
    const upTo = this.seq;
    // (A failure to even start the sync, e.g. no descriptor left, fails the batches like a failed sync.)
    const sync = (() => {
      try {
        return this.log.syncWal();
      } catch (err) {
        return Promise.reject(err);
      }
    })();
    sync.then(
      () => {
        this.syncing = false;
        this.stats.syncs++;
        this.durable = Math.max(this.durable, upTo);
        this.release();
        this.startSync();
      },
      (err: unknown) => {
        this.syncing = false;
        this.fail(err);
        this.startSync();
      },
    );
  }

  /** Runs `done` of every durable batch, in order (once: a blocking flush may have run them already). */
  private release(): void {
    if (this.releasing) return;
    this.releasing = true;
    try {
      while (this.committed.length > 0 && this.committed[0]!.seq <= this.durable) {
        const { batch, ids } = this.committed.shift()!;
        batch.forEach((p, i) => p.done(ids[i]!));
      }
    } finally {
      this.releasing = false;
    }
  }

  /**
   * A sync failed: every batch not yet relayed fails, also those committed
   * while it ran (after a failed fsync the kernel may have dropped their
   * pages, and a later sync could succeed without them).
   */
  private fail(err: unknown): void {
    const lost = this.committed.splice(0);
    this.durable = this.seq;
    for (const c of lost) for (const p of c.batch) p.failed(err);
  }
}
