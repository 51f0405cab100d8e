// Workshops and the sessions (bearer tokens) that grant access to them. Every
// link a person holds — moderator, participant, shared screen — is a session
// row; the role comes from here, never from the client.
import type { CreateWorkshop, Join, Level, Role, SessionInfo, WorkshopInfo } from '@nws/shared';
import type { DB } from './db.js';
import { colorFor, hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';

export interface Session extends SessionInfo {
  workshopId: string;
}

export interface StoredWorkshop extends WorkshopInfo {
  joinCode: string;
}

interface WorkshopRow {
  id: string;
  name: string;
  target_group: string;
  area: string;
  join_code: string;
  created_at: number;
}

interface SessionRow {
  id: string;
  workshop_id: string;
  role: Role;
  name: string;
  organisation: string;
  level: Level | null;
  color: string;
}

const toWorkshop = (r: WorkshopRow): StoredWorkshop => ({
  id: r.id,
  name: r.name,
  targetGroup: r.target_group,
  area: r.area,
  joinCode: r.join_code,
  createdAt: r.created_at,
});

const toSession = (r: SessionRow): Session => ({
  id: r.id,
  workshopId: r.workshop_id,
  role: r.role,
  name: r.name,
  organisation: r.organisation,
  level: r.level,
  color: r.color,
});

export class WorkshopStore {
  constructor(private readonly db: DB) {}

  /** Creates a workshop with a moderator and a shared-screen session; returns both tokens once. */
  create(
    input: CreateWorkshop,
    moderatorName = 'Moderation',
  ): { workshop: StoredWorkshop; moderatorToken: string; screenToken: string } {
    return this.db.transaction(() => {
      const id = newId();
      const createdAt = Date.now();
      let joinCode = newJoinCode();
      while (this.db.prepare('SELECT 1 FROM workshops WHERE join_code = ?').get(joinCode)) joinCode = newJoinCode();
      this.db
        .prepare(
          'INSERT INTO workshops (id, name, target_group, area, join_code, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.name, input.targetGroup, input.area, joinCode, createdAt);
      const moderatorToken = this.addSession(id, 'moderator', input.moderatorName ?? moderatorName, '', null);
      const screenToken = this.addSession(id, 'screen', 'Leinwand', '', null);
      return {
        workshop: toWorkshop({
          id,
          name: input.name,
          target_group: input.targetGroup,
          area: input.area,
          join_code: joinCode,
          created_at: createdAt,
        }),
        moderatorToken,
        screenToken,
      };
    })();
  }

  get(id: string): StoredWorkshop | null {
    const row = this.db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE id = ?').get(id);
    return row ? toWorkshop(row) : null;
  }

  findByJoinCode(code: string): StoredWorkshop | null {
    const row = this.db.prepare<[string], WorkshopRow>('SELECT * FROM workshops WHERE join_code = ?').get(code);
    return row ? toWorkshop(row) : null;
  }

  /** Joins a participant by code; null if the code is unknown. */
  join(input: Join): { workshop: StoredWorkshop; token: string } | null {
    const workshop = this.findByJoinCode(input.code);
    if (!workshop) return null;
    const token = this.addSession(workshop.id, 'participant', input.name, input.organisation, input.level);
    return { workshop, token };
  }

  /** A new read-only shared-screen link for a workshop; returns its token once. */
  createScreenSession(workshopId: string): string {
    return this.addSession(workshopId, 'screen', 'Leinwand', '', null);
  }

  /** The session a token belongs to, or null. */
  sessionForToken(token: string): Session | null {
    const row = this.db
      .prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?')
      .get(hashToken(token));
    return row ? toSession(row) : null;
  }

  private addSession(workshopId: string, role: Role, name: string, organisation: string, level: Level | null): string {
    const token = newToken();
    const { n } = this.db
      .prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE workshop_id = ?')
      .get(workshopId)!;
    this.db
      .prepare(
        'INSERT INTO sessions (id, token_hash, workshop_id, role, name, organisation, level, color, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(newId(), hashToken(token), workshopId, role, name, organisation, level, colorFor(n), Date.now());
    return token;
  }

  /**
   * Everyone with a link to a workshop (participants, moderators, screens),
   * in joining order, followed by the people named in an imported backup
   * (they have no link here; their names keep the content readable).
   */
  people(
    workshopId: string,
  ): { sessionId: string; name: string; organisation: string; level: Level | null; role: Role; imported?: boolean }[] {
    type Row = { sessionId: string; name: string; organisation: string; level: Level | null; role: Role };
    const live = this.db
      .prepare<[string], Row>(
        'SELECT id AS sessionId, name, organisation, level, role FROM sessions WHERE workshop_id = ? ORDER BY created_at, id',
      )
      .all(workshopId);
    const imported = this.db
      .prepare<[string], Row>(
        'SELECT session_id AS sessionId, name, organisation, level, role FROM imported_people WHERE workshop_id = ? ORDER BY rowid',
      )
      .all(workshopId)
      .map((p) => ({ ...p, imported: true }));
    return [...live, ...imported];
  }

  /** Records the people named in an imported workshop's content. */
  addImportedPeople(
    workshopId: string,
    people: { sessionId: string; name: string; organisation: string; level: Level | null; role: Role }[],
  ): void {
    const ins = this.db.prepare(
      'INSERT OR IGNORE INTO imported_people (workshop_id, session_id, name, organisation, level, role) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() =>
      people.forEach((p) => ins.run(workshopId, p.sessionId, p.name, p.organisation, p.level, p.role)),
    )();
  }

  /**
   * Deletes a workshop and everything of it: sessions, private cards, votes,
   * audit rows, imported names (by cascade) and its documents' update logs
   * and snapshots. With secure_delete on, freed pages are overwritten; the
   * TRUNCATE checkpoint then empties the -wal file, which may still hold
   * earlier copies of those pages. Returns false if there was no such workshop.
   */
  delete(id: string): boolean {
    const done = this.db.transaction(() => {
      const rooms = `${id}/%`;
      this.db.prepare('DELETE FROM updates WHERE room LIKE ?').run(rooms);
      this.db.prepare('DELETE FROM snapshots WHERE room LIKE ?').run(rooms);
      const demo = this.getSetting('demo');
      if (demo && (JSON.parse(demo) as { workshopId?: string }).workshopId === id)
        this.db.prepare("DELETE FROM settings WHERE key = 'demo'").run();
      return this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes > 0;
    })();
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return done;
  }

  getSetting(key: string): string | null {
    return (
      this.db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key)?.value ?? null
    );
  }

  setSetting(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }
}
