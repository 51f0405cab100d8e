// Votes of open rounds. Nobody reads them but the voter (their own) and the
// server at closing time, which publishes only the tallies and deletes them.
import type { DB } from './db.js';

export class VoteStore {
  constructor(private readonly db: DB) {}

  /** Replaces a person's votes in a round. */
  replace(workshopId: string, roundId: string, sessionId: string, values: Record<string, string | number>): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM votes WHERE round_id = ? AND session_id = ?').run(roundId, sessionId);
      const ins = this.db.prepare(
        'INSERT INTO votes (round_id, workshop_id, session_id, item_id, value) VALUES (?, ?, ?, ?, ?)',
      );
      for (const [item, value] of Object.entries(values))
        if (value !== 0) ins.run(roundId, workshopId, sessionId, item, String(value));
    })();
  }

  mine(roundId: string, sessionId: string): Record<string, string> {
    const rows = this.db
      .prepare<[string, string], { item_id: string; value: string }>(
        'SELECT item_id, value FROM votes WHERE round_id = ? AND session_id = ?',
      )
      .all(roundId, sessionId);
    return Object.fromEntries(rows.map((r) => [r.item_id, r.value]));
  }

  all(roundId: string): { sessionId: string; itemId: string; value: string }[] {
    return this.db
      .prepare<[string], { sessionId: string; itemId: string; value: string }>(
        'SELECT session_id AS sessionId, item_id AS itemId, value FROM votes WHERE round_id = ?',
      )
      .all(roundId);
  }

  voters(roundId: string): number {
    return this.db
      .prepare<[string], { n: number }>('SELECT COUNT(DISTINCT session_id) AS n FROM votes WHERE round_id = ?')
      .get(roundId)!.n;
  }

  clear(roundId: string): void {
    this.db.prepare('DELETE FROM votes WHERE round_id = ?').run(roundId);
  }
}
