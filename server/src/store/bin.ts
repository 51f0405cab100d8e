// The bin (Papierkorb): cards deleted from a live board, as they were just
// before, with who wrote and who deleted them. Recorded when a deletion is
// applied to the board (see sync/boardHistory.ts), bounded per workshop,
// deleted with the workshop (foreign key cascade).
import type { DB } from './db.js';

export interface BinRow {
  card: Record<string, unknown> & { id: string; text: string };
  authorId: string | null;
  deletedBy: string | null;
  deletedAt: number;
}

/** Deleted cards kept per workshop at most (the oldest go first). */
export const BIN_MAX = 1000;

interface Row {
  card: string;
  author_id: string | null;
  deleted_by: string | null;
  deleted_at: number;
}

const toEntry = (r: Row): BinRow => ({
  card: JSON.parse(r.card) as BinRow['card'],
  authorId: r.author_id,
  deletedBy: r.deleted_by,
  deletedAt: r.deleted_at,
});

export class BinStore {
  constructor(private readonly db: DB) {}

  /** Puts a deleted card into the bin (a card deleted again replaces its earlier entry). */
  record(workshopId: string, card: BinRow['card'], deletedBy: string | null, now = Date.now()): void {
    const authorId = typeof card.authorId === 'string' ? card.authorId : null;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO bin (workshop_id, card_id, card, author_id, deleted_by, deleted_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(workshop_id, card_id) DO UPDATE SET card = excluded.card, author_id = excluded.author_id, deleted_by = excluded.deleted_by, deleted_at = excluded.deleted_at`,
        )
        .run(workshopId, card.id, JSON.stringify(card), authorId, deletedBy, now);
      this.db
        .prepare(
          'DELETE FROM bin WHERE workshop_id = ? AND rowid NOT IN (SELECT rowid FROM bin WHERE workshop_id = ? ORDER BY deleted_at DESC, rowid DESC LIMIT ?)',
        )
        .run(workshopId, workshopId, BIN_MAX);
    })();
  }

  /** The bin of a workshop, newest first; only one author's cards if given. */
  list(workshopId: string, authorId?: string): BinRow[] {
    const rows =
      authorId === undefined
        ? this.db
            .prepare<[string], Row>(
              'SELECT card, author_id, deleted_by, deleted_at FROM bin WHERE workshop_id = ? ORDER BY deleted_at DESC, rowid DESC',
            )
            .all(workshopId)
        : this.db
            .prepare<[string, string], Row>(
              'SELECT card, author_id, deleted_by, deleted_at FROM bin WHERE workshop_id = ? AND author_id = ? ORDER BY deleted_at DESC, rowid DESC',
            )
            .all(workshopId, authorId);
    return rows.map(toEntry);
  }

  get(workshopId: string, cardId: string): BinRow | null {
    const r = this.db
      .prepare<[string, string], Row>(
        'SELECT card, author_id, deleted_by, deleted_at FROM bin WHERE workshop_id = ? AND card_id = ?',
      )
      .get(workshopId, cardId);
    return r ? toEntry(r) : null;
  }

  remove(workshopId: string, cardId: string): void {
    this.db.prepare('DELETE FROM bin WHERE workshop_id = ? AND card_id = ?').run(workshopId, cardId);
  }
}
