// Networks, their bodies and coordinators. A coordinator's link (a bearer
// token, stored as a hash like every other) opens the network; they moderate
// every workshop in it through a moderator session per workshop
// (WorkshopStore.coordinatorModerates). Workshops are created here in a body
// and listed on its timeline; the partners are the organisations of the
// people who joined the network's workshops.
import type {
  CreateNetwork,
  Network,
  NetworkBody,
  NetworkWorkshop,
  NetworkWorkshopPatch,
  NewBody,
  NewNetworkWorkshop,
  Partner,
  WorkshopStatus,
} from '@nws/shared';
import type { DB } from './db.js';
import type { WorkshopStore } from './workshopStore.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';

interface NetworkRow {
  id: string;
  name: string;
  target_group: string;
  area: string;
  standalone: number;
  created_at: number;
}
interface BodyRow {
  id: string;
  kind: NetworkBody['kind'];
  name: string;
  created_at: number;
}
interface PlacedRow {
  id: string;
  name: string;
  body_id: string;
  scheduled_at: number | null;
  status: WorkshopStatus;
  created_at: number;
}

export interface Coordinator {
  id: string;
  networkId: string;
  name: string;
}

const toNetwork = (r: NetworkRow): Network => ({
  id: r.id,
  name: r.name,
  targetGroup: r.target_group,
  area: r.area,
  createdAt: r.created_at,
  standalone: r.standalone === 1,
});
const toBody = (r: BodyRow): NetworkBody => ({ id: r.id, kind: r.kind, name: r.name, createdAt: r.created_at });
const toPlaced = (r: PlacedRow): NetworkWorkshop => ({
  id: r.id,
  name: r.name,
  bodyId: r.body_id,
  scheduledAt: r.scheduled_at,
  status: r.status,
  createdAt: r.created_at,
});

export class NetworkStore {
  constructor(
    private readonly db: DB,
    private readonly workshops: WorkshopStore,
  ) {}

  /** A network with its open plenary and its coordinator; the coordinator's token is returned once. */
  create(input: CreateNetwork): { network: Network; coordinatorToken: string } {
    return this.db.transaction(() => {
      const id = newId();
      const now = Date.now();
      this.db
        .prepare(
          'INSERT INTO networks (id, name, target_group, area, standalone, created_at) VALUES (?, ?, ?, ?, 0, ?)',
        )
        .run(id, input.name, input.targetGroup, input.area, now);
      this.db
        .prepare(
          "INSERT INTO network_bodies (id, network_id, kind, name, created_at) VALUES (?, ?, 'plenary', 'Plenum', ?)",
        )
        .run(newId(), id, now);
      const coordinatorToken = newToken();
      this.db
        .prepare('INSERT INTO coordinators (id, network_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(newId(), id, input.coordinatorName, hashToken(coordinatorToken), now);
      return { network: this.get(id)!, coordinatorToken };
    })();
  }

  get(id: string): Network | null {
    const row = this.db.prepare<[string], NetworkRow>('SELECT * FROM networks WHERE id = ?').get(id);
    return row ? toNetwork(row) : null;
  }

  /** The coordinator a token belongs to, or null (unknown or revoked). */
  coordinatorForToken(token: string): Coordinator | null {
    const row = this.db
      .prepare<[string], { id: string; network_id: string; name: string }>(
        'SELECT id, network_id, name FROM coordinators WHERE token_hash = ? AND revoked_at IS NULL',
      )
      .get(hashToken(token));
    return row ? { id: row.id, networkId: row.network_id, name: row.name } : null;
  }

  bodies(networkId: string): NetworkBody[] {
    return this.db
      .prepare<[string], BodyRow>(
        "SELECT id, kind, name, created_at FROM network_bodies WHERE network_id = ? ORDER BY CASE kind WHEN 'steering' THEN 0 WHEN 'working' THEN 1 ELSE 2 END, created_at, rowid",
      )
      .all(networkId)
      .map(toBody);
  }

  addBody(networkId: string, input: NewBody): NetworkBody {
    const row: BodyRow = { id: newId(), kind: input.kind, name: input.name, created_at: Date.now() };
    this.db
      .prepare('INSERT INTO network_bodies (id, network_id, kind, name, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(row.id, networkId, row.kind, row.name, row.created_at);
    return toBody(row);
  }

  /** The network's workshops by date (unscheduled last), then by creation. */
  workshopsOf(networkId: string): NetworkWorkshop[] {
    return this.db
      .prepare<[string], PlacedRow>(
        'SELECT id, name, body_id, scheduled_at, status, created_at FROM workshops WHERE network_id = ? ORDER BY scheduled_at IS NULL, scheduled_at, created_at, rowid',
      )
      .all(networkId)
      .map(toPlaced);
  }

  /** The organisations of everyone who joined one of the network's workshops (removed people left out). */
  partners(networkId: string): Partner[] {
    return this.db
      .prepare<[string], { organisation: string; workshops: number }>(
        `SELECT s.organisation AS organisation, COUNT(DISTINCT s.workshop_id) AS workshops
           FROM sessions s JOIN workshops w ON w.id = s.workshop_id
          WHERE w.network_id = ? AND s.role = 'participant' AND s.revoked_at IS NULL AND s.organisation <> ''
          GROUP BY s.organisation COLLATE NOCASE
          ORDER BY s.organisation COLLATE NOCASE`,
      )
      .all(networkId);
  }

  /**
   * A workshop in one of the network's bodies, moderated by the coordinator;
   * null if the body is not the network's.
   */
  createWorkshop(
    coordinator: Coordinator,
    input: NewNetworkWorkshop,
  ): { created: ReturnType<WorkshopStore['create']>; placement: NetworkWorkshop } | null {
    const network = this.get(coordinator.networkId);
    const body = this.bodies(coordinator.networkId).find((b) => b.id === input.bodyId);
    if (!network || !body) return null;
    const scheduledAt = input.scheduledAt ?? null;
    const created = this.workshops.create(
      { name: input.name, targetGroup: network.targetGroup, area: network.area, moderatorName: coordinator.name },
      coordinator.name,
      {
        networkId: network.id,
        bodyId: body.id,
        scheduledAt,
        status: scheduledAt !== null && scheduledAt > Date.now() ? 'planned' : 'running',
        coordinatorId: coordinator.id,
      },
    );
    return { created, placement: this.workshopsOf(network.id).find((w) => w.id === created.workshop.id)! };
  }

  /** Changes a workshop's name, date or status on the timeline; null if it is not the network's. */
  updateWorkshop(networkId: string, workshopId: string, patch: NetworkWorkshopPatch): NetworkWorkshop | null {
    const columns = { name: 'name', scheduledAt: 'scheduled_at', status: 'status' } as const;
    const given = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => patch[k] !== undefined);
    const sets = given.map((k) => `${columns[k]} = ?`);
    const values = given.map((k) => patch[k] ?? null);
    const changed = this.db
      .prepare(`UPDATE workshops SET ${sets.join(', ')} WHERE id = ? AND network_id = ?`)
      .run(...values, workshopId, networkId).changes;
    return changed ? (this.workshopsOf(networkId).find((w) => w.id === workshopId) ?? null) : null;
  }
}
