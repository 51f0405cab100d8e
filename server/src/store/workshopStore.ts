// Workshops and the sessions (bearer tokens) that grant access to them. Every
// link a person holds — moderator, participant, shared screen — is a session
// row; the role comes from here, never from the client.
import type { CreateWorkshop, Join, Level, Role, SessionInfo, WorkshopInfo, WorkshopStatus } from '@nws/shared';
import { bodyChainsRoomName, networkRoomName } from '@nws/shared';
import type { DB } from './db.js';
import { colorFor, hashToken, newId, newJoinCode, newToken } from '../auth/tokens.js';

export interface Session extends SessionInfo {
  workshopId: string;
}

export interface StoredWorkshop extends WorkshopInfo {
  joinCode: string;
}

/** Where a workshop sits in a network, and who (a coordinator) moderates it from there. */
export interface Placement {
  networkId: string;
  bodyId: string;
  scheduledAt: number | null;
  status: WorkshopStatus;
  coordinatorId: string | null;
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
  revoked_at: number | null;
}

/** Why a token opens nothing: unknown, its person was removed (or its link revoked), or it expired. */
export type AuthFailure = 'invalid_token' | 'session_removed' | 'token_expired';
export type AuthResult = { ok: true; session: Session } | { ok: false; code: AuthFailure };

/** A workshop's last activity is written at most this often (not on every request). */
const ACTIVITY_RESOLUTION_MS = 60_000;

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

  /**
   * Creates a workshop with a moderator and a shared-screen session; returns
   * both tokens once. Without a `placement` in a network's body it becomes a
   * network of one (a standalone network with a plenary holding just it);
   * with one, its moderator session is the network coordinator's.
   */
  create(
    input: CreateWorkshop,
    moderatorName = 'Moderation',
    placement?: Placement,
  ): { workshop: StoredWorkshop; moderatorToken: string; screenToken: string } {
    return this.db.transaction(() => {
      const id = newId();
      const createdAt = Date.now();
      const joinCode = this.freeJoinCode();
      const place = placement ?? this.networkOfOne(id, input, createdAt);
      this.db
        .prepare(
          'INSERT INTO workshops (id, name, target_group, area, join_code, created_at, last_active_at, network_id, body_id, scheduled_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          input.name,
          input.targetGroup,
          input.area,
          joinCode,
          createdAt,
          createdAt,
          place.networkId,
          place.bodyId,
          place.scheduledAt,
          place.status,
        );
      const moderatorToken = this.addSession(
        id,
        'moderator',
        input.moderatorName ?? moderatorName,
        '',
        null,
        place.coordinatorId,
      );
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

  /** A standalone network for a workshop made without one (its id is the workshop's). */
  private networkOfOne(id: string, input: CreateWorkshop, createdAt: number): Placement {
    this.db
      .prepare('INSERT INTO networks (id, name, target_group, area, standalone, created_at) VALUES (?, ?, ?, ?, 1, ?)')
      .run(id, input.name, input.targetGroup, input.area, createdAt);
    const bodyId = `plenary-${id}`;
    this.db
      .prepare(
        "INSERT INTO network_bodies (id, network_id, kind, name, created_at) VALUES (?, ?, 'plenary', 'Plenum', ?)",
      )
      .run(bodyId, id, createdAt);
    return { networkId: id, bodyId, scheduledAt: null, status: 'running', coordinatorId: null };
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
    // Numbered, so the moderation can tell its screen links apart when revoking one.
    const { n } = this.db
      .prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE workshop_id = ? AND role = 'screen'")
      .get(workshopId)!;
    return this.addSession(workshopId, 'screen', n === 0 ? 'Leinwand' : `Leinwand ${n + 1}`, '', null);
  }

  /** The session a token belongs to, or null (also for removed and expired ones). */
  sessionForToken(token: string, ttlMs = Infinity): Session | null {
    const r = this.authenticate(token, ttlMs);
    return r.ok ? r.session : null;
  }

  /**
   * The session of a token, or why it opens nothing. A removed person's (or
   * revoked link's) token fails at once; participant and screen tokens fail
   * `ttlMs` after the workshop's last activity (moderator links are renewed
   * by the moderation instead). Success counts as activity.
   */
  authenticate(token: string, ttlMs: number, now = Date.now()): AuthResult {
    return this.check('s.token_hash = ?', hashToken(token), ttlMs, now);
  }

  /** Like authenticate, for a session already identified (a websocket ticket names its session). */
  authenticateSession(sessionId: string, ttlMs: number, now = Date.now()): AuthResult {
    return this.check('s.id = ?', sessionId, ttlMs, now);
  }

  private check(where: string, value: string, ttlMs: number, now: number): AuthResult {
    const row = this.db
      .prepare<[string], SessionRow & { last_active_at: number | null; created_at: number }>(
        `SELECT s.*, w.last_active_at, w.created_at FROM sessions s JOIN workshops w ON w.id = s.workshop_id
         WHERE ${where}`,
      )
      .get(value);
    if (!row) return { ok: false, code: 'invalid_token' };
    if (row.revoked_at !== null) return { ok: false, code: 'session_removed' };
    const lastActive = row.last_active_at ?? row.created_at;
    if (row.role !== 'moderator' && now - lastActive > ttlMs) return { ok: false, code: 'token_expired' };
    if (now - lastActive > ACTIVITY_RESOLUTION_MS)
      this.db.prepare('UPDATE workshops SET last_active_at = ? WHERE id = ?').run(now, row.workshop_id);
    return { ok: true, session: toSession(row) };
  }

  /** Removes a person (or revokes a screen link): their token stops working; their name stays on their content. */
  removeSession(workshopId: string, sessionId: string, now = Date.now()): Session | null {
    const row = this.db
      .prepare<[string, string], SessionRow>('SELECT * FROM sessions WHERE id = ? AND workshop_id = ?')
      .get(sessionId, workshopId);
    if (!row) return null;
    this.db.prepare('UPDATE sessions SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(now, sessionId);
    return toSession(row);
  }

  /** A new token for a session (the moderator renews their link); the old one stops working. */
  renewToken(sessionId: string): string {
    const token = newToken();
    this.db.prepare('UPDATE sessions SET token_hash = ? WHERE id = ?').run(hashToken(token), sessionId);
    return token;
  }

  /** Gives a workshop a new join code; the old one stops working. */
  rotateJoinCode(workshopId: string): string {
    const code = this.freeJoinCode();
    this.db.prepare('UPDATE workshops SET join_code = ? WHERE id = ?').run(code, workshopId);
    return code;
  }

  /** The oldest moderator session of a workshop (the one `npm run moderator-link` renews), or null. */
  firstModerator(workshopId: string): string | null {
    return (
      this.db
        .prepare<[string], { id: string }>(
          "SELECT id FROM sessions WHERE workshop_id = ? AND role = 'moderator' AND revoked_at IS NULL ORDER BY created_at, id LIMIT 1",
        )
        .get(workshopId)?.id ?? null
    );
  }

  private freeJoinCode(): string {
    let code = newJoinCode();
    while (this.db.prepare('SELECT 1 FROM workshops WHERE join_code = ?').get(code)) code = newJoinCode();
    return code;
  }

  private addSession(
    workshopId: string,
    role: Role,
    name: string,
    organisation: string,
    level: Level | null,
    coordinatorId: string | null = null,
  ): string {
    const token = newToken();
    const { n } = this.db
      .prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE workshop_id = ?')
      .get(workshopId)!;
    this.db
      .prepare(
        'INSERT INTO sessions (id, token_hash, workshop_id, role, name, organisation, level, color, created_at, coordinator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        newId(),
        hashToken(token),
        workshopId,
        role,
        name,
        organisation,
        level,
        colorFor(n),
        Date.now(),
        coordinatorId,
      );
    return token;
  }

  /**
   * A network coordinator's moderator link for one of the network's
   * workshops: their existing moderator session there gets a new token (the
   * old link stops), or one is made. Null if the workshop is not the network's.
   */
  coordinatorModerates(
    networkId: string,
    workshopId: string,
    coordinator: { id: string; name: string },
  ): string | null {
    return this.db.transaction(() => {
      const inNetwork = this.db
        .prepare<[string, string], { id: string }>('SELECT id FROM workshops WHERE id = ? AND network_id = ?')
        .get(workshopId, networkId);
      if (!inNetwork) return null;
      const existing = this.db
        .prepare<[string, string], { id: string }>(
          "SELECT id FROM sessions WHERE workshop_id = ? AND coordinator_id = ? AND role = 'moderator' AND revoked_at IS NULL",
        )
        .get(workshopId, coordinator.id);
      if (existing) return this.renewToken(existing.id);
      return this.addSession(workshopId, 'moderator', coordinator.name, '', null, coordinator.id);
    })();
  }

  /**
   * Everyone with a link to a workshop (participants, moderators, screens),
   * in joining order, followed by the people named in an imported backup
   * (they have no link here; their names keep the content readable).
   */
  people(workshopId: string): {
    sessionId: string;
    name: string;
    organisation: string;
    level: Level | null;
    role: Role;
    imported?: boolean;
    removed?: boolean;
  }[] {
    type Row = { sessionId: string; name: string; organisation: string; level: Level | null; role: Role };
    const live = this.db
      .prepare<[string], Row & { revoked: number }>(
        `SELECT id AS sessionId, name, organisation, level, role, revoked_at IS NOT NULL AS revoked
         FROM sessions WHERE workshop_id = ? ORDER BY created_at, id`,
      )
      .all(workshopId)
      .map(({ revoked, ...p }) => (revoked ? { ...p, removed: true } : p));
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
      const deleted = this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes > 0;
      // A network of one goes with its workshop (its stakeholder analysis and chains too); a real network keeps its other workshops.
      const orphans = this.db
        .prepare<[], { id: string }>(
          'SELECT id FROM networks WHERE standalone = 1 AND NOT EXISTS (SELECT 1 FROM workshops w WHERE w.network_id = networks.id)',
        )
        .all();
      for (const { id: nid } of orphans) {
        const bodies = this.db
          .prepare<[string], { id: string }>('SELECT id FROM network_bodies WHERE network_id = ?')
          .all(nid);
        const rooms = [networkRoomName(nid), ...bodies.map((b) => bodyChainsRoomName(b.id))];
        for (const table of ['updates', 'snapshots'])
          for (const room of rooms) this.db.prepare(`DELETE FROM ${table} WHERE room = ?`).run(room);
        this.db.prepare('DELETE FROM networks WHERE id = ?').run(nid);
      }
      return deleted;
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
