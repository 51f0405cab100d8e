// Group commit: the updates of every room that arrive while the event loop
// is busy (reading a burst of socket messages, or waiting on the last
// commit's fsync) are committed together, in one transaction and one fsync,
// at the end of the loop's turn; only then is each relayed (its `done`).
// Nothing is relayed before it is durable, as before, but under load one
// fsync carries many updates instead of one each. A failed transaction
// commits none of its updates and reports the error to each (`failed`).
import type { UpdateLog } from './updateLog.js';

interface Pending {
  room: string;
  update: Uint8Array;
  done: (id: number) => void;
  failed: (err: unknown) => void;
}

export class GroupCommit {
  private pending: Pending[] = [];
  private scheduled = false;
  /** Transactions and updates committed so far (for the benchmark and tests). */
  readonly stats = { commits: 0, updates: 0 };

  /** `immediate`: commit each update at once (a room used on its own, e.g. in unit tests). */
  constructor(
    private readonly log: UpdateLog,
    private readonly opts: { immediate?: boolean } = {},
  ) {}

  /** Queues an update of a room; `done` runs once it is committed, `failed` if its transaction failed. */
  enqueue(room: string, update: Uint8Array, done: Pending['done'], failed: Pending['failed']): void {
    this.pending.push({ room, update, done, failed });
    if (this.opts.immediate) return this.flush();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  /** Commits everything queued now (also called before a read that must see only durable state, and at shutdown). */
  flush(): void {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      let ids: number[];
      try {
        ids = this.log.appendMany(batch.map((p) => [p.room, p.update]));
      } catch (err) {
        for (const p of batch) p.failed(err);
        continue;
      }
      this.stats.commits++;
      this.stats.updates += batch.length;
      // A `done` may queue more (a compaction's follow-up); the loop commits those too.
      batch.forEach((p, i) => p.done(ids[i]!));
    }
  }

  get size(): number {
    return this.pending.length;
  }
}
