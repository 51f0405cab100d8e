// What a live board room records beside its update log: deleted cards go to
// the bin, and while people edit, a version at most every few minutes.
//
// The bin records a card when a deletion is applied to the board, not by
// comparing versions with the live document: a card written and deleted
// between two versions would be missed by a comparison. A deleted Y.Map's
// fields are gone once the deletion is integrated, so the room keeps the
// JSON of every live card (updated from the changes each transaction makes)
// and files the last known content when the card's key is deleted.
import * as Y from 'yjs';
import { cardsMap } from '@nws/shared';
import type { Room } from './room.js';
import type { VersionStore } from '../store/versions.js';
import type { BinStore, BinRow } from '../store/bin.js';
import type { Session } from '../store/workshopStore.js';

/** A transaction's origin is a connection (a client update) when it carries a session. */
function sessionOf(origin: unknown): Session | null {
  return typeof origin === 'object' && origin !== null && 'session' in origin
    ? (origin as { session: Session }).session
    : null;
}

export interface BoardHistoryOptions {
  versions: VersionStore;
  bin: BinStore;
  /** A version at most this often while clients edit; 0 takes none of these. */
  autoVersionMs: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
}

export class BoardHistory {
  constructor(private readonly opts: BoardHistoryOptions) {}

  /** Starts recording for a freshly loaded board room (`<workshopId>/board`). */
  attach(room: Room): void {
    const workshopId = room.name.slice(0, room.name.indexOf('/'));
    this.keepBin(room, workshopId);
    if (this.opts.autoVersionMs > 0) this.autoVersions(room, workshopId);
  }

  private keepBin(room: Room, workshopId: string): void {
    const cards = cardsMap(room.doc);
    const known = new Map<string, BinRow['card']>();
    const remember = (id: string) => {
      const m = cards.get(id);
      if (m instanceof Y.Map) known.set(id, m.toJSON() as BinRow['card']);
    };
    for (const id of cards.keys()) remember(id);
    cards.observeDeep((events, tr) => {
      for (const e of events) {
        if (e.target !== cards) {
          const id = e.path[0];
          if (typeof id === 'string') remember(id);
          continue;
        }
        for (const [id, change] of e.changes.keys) {
          if (change.action !== 'delete') {
            remember(id);
            continue;
          }
          const before = known.get(id);
          known.delete(id);
          if (!before || typeof before.id !== 'string') continue;
          try {
            this.opts.bin.record(
              workshopId,
              { ...before, text: typeof before.text === 'string' ? before.text : '' },
              sessionOf(tr.origin)?.id ?? null,
            );
          } catch (err) {
            this.opts.log?.('bin record failed', { room: room.name, error: String(err) });
          }
        }
      }
    });
  }

  /**
   * After a client update is committed (the room commits before this
   * listener's deferred work runs), takes a version if the board's latest is
   * older than the interval.
   */
  private autoVersions(room: Room, workshopId: string): void {
    let pending = false;
    room.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (pending || !sessionOf(origin)) return;
      const last = this.opts.versions.lastTakenAt(room.name);
      if (last !== null && Date.now() - last < this.opts.autoVersionMs) return;
      pending = true;
      setImmediate(() => {
        pending = false;
        if (room.destroyed) return;
        try {
          this.opts.versions.take(workshopId, room.name, room.doc, 'auto');
        } catch (err) {
          this.opts.log?.('auto version failed', { room: room.name, error: String(err) });
        }
      });
    });
  }
}
