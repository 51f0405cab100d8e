// Cards written in a private card query before the reveal. They never enter
// a shared document: only their author can read them (and the server, at the
// reveal). Deleted with secure_delete once revealed.
import type { PrivateCard } from '@nws/shared';
import type { DB } from './db.js';
import { newId } from '../auth/tokens.js';

interface Row {
  id: string;
  query_id: string;
  session_id: string;
  text: string;
  created_at: number;
  updated_at: number;
}

const toCard = (r: Row): PrivateCard => ({
  id: r.id,
  queryId: r.query_id,
  text: r.text,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class PrivateCardStore {
  constructor(private readonly db: DB) {}

  /**
   * Adds a card unless the author reached `limit`; returns null when over the limit.
   * With a `clientKey` the author used before in this query, returns that card instead.
   */
  add(
    workshopId: string,
    queryId: string,
    sessionId: string,
    text: string,
    limit: number | null,
    clientKey?: string,
  ): PrivateCard | null {
    return this.db.transaction(() => {
      if (clientKey !== undefined) {
        const known = this.db
          .prepare(
            'SELECT id, query_id, session_id, text, created_at, updated_at FROM private_cards WHERE workshop_id = ? AND query_id = ? AND session_id = ? AND client_key = ?',
          )
          .get(workshopId, queryId, sessionId, clientKey) as Row | undefined;
        if (known) return toCard(known);
      }
      if (limit !== null && this.countOf(workshopId, queryId, sessionId) >= limit) return null;
      const now = Date.now();
      const row: Row = {
        id: newId(),
        query_id: queryId,
        session_id: sessionId,
        text,
        created_at: now,
        updated_at: now,
      };
      this.db
        .prepare(
          'INSERT INTO private_cards (id, workshop_id, query_id, session_id, text, created_at, updated_at, client_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(row.id, workshopId, queryId, sessionId, text, now, now, clientKey ?? null);
      return toCard(row);
    })();
  }

  /** Changes the text of the author's own card; false if it is not theirs or gone. */
  update(workshopId: string, queryId: string, sessionId: string, id: string, text: string): PrivateCard | null {
    const now = Date.now();
    const info = this.db
      .prepare(
        'UPDATE private_cards SET text = ?, updated_at = ? WHERE id = ? AND workshop_id = ? AND query_id = ? AND session_id = ?',
      )
      .run(text, now, id, workshopId, queryId, sessionId);
    if (info.changes === 0) return null;
    return toCard(this.db.prepare<[string], Row>('SELECT * FROM private_cards WHERE id = ?').get(id)!);
  }

  remove(workshopId: string, queryId: string, sessionId: string, id: string): boolean {
    return (
      this.db
        .prepare('DELETE FROM private_cards WHERE id = ? AND workshop_id = ? AND query_id = ? AND session_id = ?')
        .run(id, workshopId, queryId, sessionId).changes > 0
    );
  }

  mine(workshopId: string, queryId: string, sessionId: string): PrivateCard[] {
    return this.db
      .prepare<[string, string, string], Row>(
        'SELECT * FROM private_cards WHERE workshop_id = ? AND query_id = ? AND session_id = ? ORDER BY created_at, id',
      )
      .all(workshopId, queryId, sessionId)
      .map(toCard);
  }

  /** All cards of a query with their authors — for the reveal only. */
  forReveal(workshopId: string, queryId: string): { id: string; text: string; authorId: string; createdAt: number }[] {
    return this.db
      .prepare<[string, string], Row>(
        'SELECT * FROM private_cards WHERE workshop_id = ? AND query_id = ? ORDER BY created_at, id',
      )
      .all(workshopId, queryId)
      .map((r) => ({ id: r.id, text: r.text, authorId: r.session_id, createdAt: r.created_at }));
  }

  count(workshopId: string, queryId: string): number {
    return this.db
      .prepare<[string, string], { n: number }>(
        'SELECT COUNT(*) AS n FROM private_cards WHERE workshop_id = ? AND query_id = ?',
      )
      .get(workshopId, queryId)!.n;
  }

  private countOf(workshopId: string, queryId: string, sessionId: string): number {
    return this.db
      .prepare<[string, string, string], { n: number }>(
        'SELECT COUNT(*) AS n FROM private_cards WHERE workshop_id = ? AND query_id = ? AND session_id = ?',
      )
      .get(workshopId, queryId, sessionId)!.n;
  }

  /** Cards per writer (participants and moderators, zero included): what the moderator sees while people write. */
  progress(
    workshopId: string,
    queryId: string,
  ): { sessionId: string; name: string; organisation: string; count: number }[] {
    return this.db
      .prepare<[string, string, string], { sessionId: string; name: string; organisation: string; count: number }>(
        `SELECT s.id AS sessionId, s.name AS name, s.organisation AS organisation, COUNT(p.id) AS count
           FROM sessions s LEFT JOIN private_cards p ON p.session_id = s.id AND p.workshop_id = ? AND p.query_id = ?
          WHERE s.workshop_id = ? AND s.role = 'participant'
          GROUP BY s.id ORDER BY s.created_at`,
      )
      .all(workshopId, queryId, workshopId);
  }

  /** Removes a query's private cards after the reveal. */
  clear(workshopId: string, queryId: string): void {
    this.db.prepare('DELETE FROM private_cards WHERE workshop_id = ? AND query_id = ?').run(workshopId, queryId);
  }
}
