// Versions of a workshop's board: a snapshot (Y.encodeStateAsUpdate) with a
// trigger, a label and a brief index of the entities it held, so the history
// can say what changed without decoding snapshots. Bounded per workshop by
// count (VERSIONS_MAX) and age (VERSIONS_MAX_DAYS); deleted with the workshop
// (foreign key cascade, then the deletion's TRUNCATE checkpoint).
import * as Y from 'yjs';
import {
  boardIndex,
  diffIndex,
  indexCounts,
  type BoardIndex,
  type VersionCounts,
  type VersionInfo,
  type VersionTrigger,
} from '@nws/shared';
import type { DB } from './db.js';
import { newId } from '../auth/tokens.js';

interface VersionRow {
  id: string;
  workshop_id: string;
  room: string;
  created_at: number;
  trigger: VersionTrigger;
  label: string;
  summary: string;
  board_index: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export interface VersionLimits {
  max: number;
  maxDays: number;
}

export class VersionStore {
  /** When each room's latest version was taken (read from the table once per room). */
  private readonly lastTaken = new Map<string, number>();

  constructor(
    private readonly db: DB,
    private readonly limits: VersionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a version of a board document, drops what is beyond the limits, and returns it (diffed against the one before). */
  take(workshopId: string, room: string, doc: Y.Doc, trigger: VersionTrigger, label = ''): VersionInfo {
    const index = boardIndex(doc);
    const snapshot = Y.encodeStateAsUpdate(doc);
    const createdAt = this.now();
    const id = newId();
    const prev = this.db
      .prepare<[string], { board_index: string }>(
        'SELECT board_index FROM versions WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
      )
      .get(workshopId);
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO versions (id, workshop_id, room, created_at, trigger, label, summary, board_index, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          workshopId,
          room,
          createdAt,
          trigger,
          label,
          JSON.stringify(indexCounts(index)),
          JSON.stringify(index),
          Buffer.from(snapshot),
        );
      this.prune(workshopId, id);
    })();
    this.lastTaken.set(room, createdAt);
    return {
      id,
      createdAt,
      trigger,
      label,
      summary: indexCounts(index),
      diff: diffIndex(prev ? (JSON.parse(prev.board_index) as BoardIndex) : null, index),
    };
  }

  /** Drops versions beyond the count and older than the age limit; the one just taken stays. */
  private prune(workshopId: string, keep: string): void {
    this.db
      .prepare('DELETE FROM versions WHERE workshop_id = ? AND created_at < ? AND id <> ?')
      .run(workshopId, this.now() - this.limits.maxDays * DAY_MS, keep);
    this.db
      .prepare(
        `DELETE FROM versions WHERE workshop_id = ? AND id <> ? AND rowid NOT IN (
           SELECT rowid FROM versions WHERE workshop_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
      )
      .run(workshopId, keep, workshopId, this.limits.max);
  }

  /**
   * Drops every workshop's versions older than the age limit, also of
   * workshops nobody uses any more (taking a version prunes only its own).
   * Returns how many were dropped.
   */
  pruneExpired(): number {
    return this.db.prepare('DELETE FROM versions WHERE created_at < ?').run(this.now() - this.limits.maxDays * DAY_MS)
      .changes;
  }

  /** The versions of a workshop, newest first, each with what changed since the one before (the oldest kept: since an empty board). */
  list(workshopId: string): VersionInfo[] {
    const rows = this.db
      .prepare<[string], VersionRow>(
        'SELECT id, workshop_id, room, created_at, trigger, label, summary, board_index FROM versions WHERE workshop_id = ? ORDER BY created_at, rowid',
      )
      .all(workshopId);
    let prev: BoardIndex | null = null;
    const out: VersionInfo[] = [];
    for (const r of rows) {
      const index = JSON.parse(r.board_index) as BoardIndex;
      out.push({
        id: r.id,
        createdAt: r.created_at,
        trigger: r.trigger,
        label: r.label,
        summary: JSON.parse(r.summary) as VersionCounts,
        diff: diffIndex(prev, index),
      });
      prev = index;
    }
    return out.reverse();
  }

  /** One version with its snapshot, or null. */
  get(workshopId: string, id: string): { info: VersionInfo; snapshot: Uint8Array } | null {
    const row = this.db
      .prepare<[string, string], { snapshot: Buffer }>('SELECT snapshot FROM versions WHERE workshop_id = ? AND id = ?')
      .get(workshopId, id);
    if (!row) return null;
    const info = this.list(workshopId).find((v) => v.id === id);
    return info ? { info, snapshot: new Uint8Array(row.snapshot) } : null;
  }

  /** When the latest version of a room was taken, or null if it has none. */
  lastTakenAt(room: string): number | null {
    const cached = this.lastTaken.get(room);
    if (cached !== undefined) return cached;
    const row = this.db
      .prepare<[string], { t: number | null }>('SELECT MAX(created_at) AS t FROM versions WHERE room = ?')
      .get(room);
    if (row?.t != null) this.lastTaken.set(room, row.t);
    return row?.t ?? null;
  }

  /** Forgets cached times of a deleted workshop's rooms. */
  forget(workshopId: string): void {
    for (const room of [...this.lastTaken.keys()]) if (room.startsWith(`${workshopId}/`)) this.lastTaken.delete(room);
  }
}
