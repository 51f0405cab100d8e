// The audit log: one row per moderator command (who, what, when).
import type { DB } from './db.js';

export class AuditLog {
  constructor(private readonly db: DB) {}

  record(workshopId: string, sessionId: string, action: string, detail: Record<string, unknown> = {}): void {
    this.db
      .prepare('INSERT INTO audit (workshop_id, session_id, action, detail, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(workshopId, sessionId, action, JSON.stringify(detail), Date.now());
  }

  list(workshopId: string): { sessionId: string; action: string; detail: string; createdAt: number }[] {
    return this.db
      .prepare<[string], { sessionId: string; action: string; detail: string; createdAt: number }>(
        'SELECT session_id AS sessionId, action, detail, created_at AS createdAt FROM audit WHERE workshop_id = ? ORDER BY id',
      )
      .all(workshopId);
  }
}
