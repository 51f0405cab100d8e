// Networks, their bodies and coordinators. A coordinator's link (a bearer
// token, stored as a hash like every other) opens the network; they moderate
// every workshop in it through a moderator session per workshop
// (WorkshopStore.coordinatorModerates). Workshops are created here in a body
// and listed on its timeline. (The partner register: stakeholderStore.ts.)
import {
  DecisionTallySchema,
  nextResolutionState,
  type CreateNetwork,
  type DecisionTally,
  type SteeringItem,
  type NetworkResolution,
  type SteeringDecision,
  type Network,
  type NetworkBody,
  type NetworkWorkshop,
  type NetworkWorkshopPatch,
  type NewBody,
  type NewNetworkWorkshop,
  type WorkshopStatus,
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

interface ResolutionRow {
  id: string;
  workshop_id: string;
  resolution_id: string;
  text: string;
  state: NetworkResolution['state'];
  reason: string | null;
  forwarded_at: number;
  decided_at: number | null;
  decided_in: string | null;
  tally: string | null;
}
/** A stored tally (JSON); null for none, or for one that does not read as a tally. */
function readTally(json: string | null): DecisionTally | null {
  if (json === null) return null;
  try {
    const parsed = DecisionTallySchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
const toResolution = (r: ResolutionRow): NetworkResolution => ({
  id: r.id,
  workshopId: r.workshop_id,
  resolutionId: r.resolution_id,
  text: r.text,
  state: r.state,
  reason: r.reason,
  forwardedAt: r.forwarded_at,
  decidedAt: r.decided_at,
  decidedIn: r.decided_in,
  tally: readTally(r.tally),
});
interface ItemRow extends ResolutionRow {
  workshop_name: string;
  body_name: string | null;
  decided_in_name: string | null;
}
const toItem = (r: ItemRow): SteeringItem => ({
  ...toResolution(r),
  workshopName: r.workshop_name,
  bodyName: r.body_name ?? '',
  decidedInName: r.decided_in_name,
});
/** Resolutions with the names of their workshop, its body and the deciding workshop; a WHERE clause follows. */
const ITEMS = `SELECT nr.*, src.name AS workshop_name, b.name AS body_name, dec.name AS decided_in_name
    FROM network_resolutions nr
    JOIN workshops src ON src.id = nr.workshop_id
    LEFT JOIN network_bodies b ON b.id = src.body_id
    LEFT JOIN workshops dec ON dec.id = nr.decided_in`;

/** Where and how a decision was taken: the steering group's workshop (null: the coordinator alone) and the vote. */
export interface DecisionRecord {
  decidedIn: string | null;
  tally: DecisionTally | null;
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

  /** A coordinator by id (for a redeemed socket ticket); null if unknown or revoked. */
  coordinator(id: string): Coordinator | null {
    const row = this.db
      .prepare<[string], { id: string; network_id: string; name: string }>(
        'SELECT id, network_id, name FROM coordinators WHERE id = ? AND revoked_at IS NULL',
      )
      .get(id);
    return row ? { id: row.id, networkId: row.network_id, name: row.name } : null;
  }

  /** The network a workshop belongs to (every workshop has one). */
  networkIdOf(workshopId: string): string | null {
    return (
      this.db.prepare<[string], { network_id: string }>('SELECT network_id FROM workshops WHERE id = ?').get(workshopId)
        ?.network_id ?? null
    );
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

  /** Whether a workshop belongs to this network. */
  hasWorkshop(networkId: string, workshopId: string): boolean {
    return !!this.db
      .prepare<[string, string], { id: string }>('SELECT id FROM workshops WHERE id = ? AND network_id = ?')
      .get(workshopId, networkId);
  }

  /** Resolutions with the steering group, newest first. */
  resolutions(networkId: string): NetworkResolution[] {
    return this.db
      .prepare<[string], ResolutionRow>(
        'SELECT * FROM network_resolutions WHERE network_id = ? ORDER BY forwarded_at DESC, rowid DESC',
      )
      .all(networkId)
      .map(toResolution);
  }

  /**
   * Forwards a workshop's resolution to the steering group (again, once sent
   * back and reworked: with its text as it is now). Throws when the state
   * machine does not allow it; null if the workshop is not the network's.
   */
  forward(networkId: string, workshopId: string, resolution: { id: string; text: string }): NetworkResolution | null {
    return this.db.transaction(() => {
      if (!this.hasWorkshop(networkId, workshopId)) return null;
      const existing = this.db
        .prepare<[string, string], ResolutionRow>(
          'SELECT * FROM network_resolutions WHERE workshop_id = ? AND resolution_id = ?',
        )
        .get(workshopId, resolution.id);
      const now = Date.now();
      nextResolutionState(existing?.state ?? 'proposed', { kind: 'forward' });
      if (existing) {
        this.db
          .prepare(
            "UPDATE network_resolutions SET state = 'forwarded', text = ?, reason = NULL, forwarded_at = ?, decided_at = NULL, decided_in = NULL, tally = NULL WHERE id = ?",
          )
          .run(resolution.text, now, existing.id);
        return this.resolution(networkId, existing.id);
      }
      const id = newId();
      this.db
        .prepare(
          "INSERT INTO network_resolutions (id, network_id, workshop_id, resolution_id, text, state, forwarded_at) VALUES (?, ?, ?, ?, ?, 'forwarded', ?)",
        )
        .run(id, networkId, workshopId, resolution.id, resolution.text, now);
      return this.resolution(networkId, id);
    })();
  }

  /**
   * The steering group's decision on a forwarded resolution: by the
   * coordinator alone (`decidedIn` null) or in a steering group's workshop,
   * with the vote's tally if it voted. Null if there is none such in this network.
   */
  decide(
    networkId: string,
    id: string,
    decision: SteeringDecision,
    reason: string | null,
    record: DecisionRecord = { decidedIn: null, tally: null },
  ): NetworkResolution | null {
    return this.db.transaction(() => {
      const current = this.resolution(networkId, id);
      if (!current) return null;
      const state = nextResolutionState(current.state, { kind: 'decide', decision, reason });
      this.db
        .prepare(
          'UPDATE network_resolutions SET state = ?, reason = ?, decided_at = ?, decided_in = ?, tally = ? WHERE id = ?',
        )
        .run(
          state,
          reason?.trim() || null,
          Date.now(),
          record.decidedIn,
          record.tally ? JSON.stringify(record.tally) : null,
          id,
        );
      return this.resolution(networkId, id);
    })();
  }

  /** The kind and name of a workshop's body; null for an unknown workshop. */
  bodyOf(workshopId: string): { id: string; networkId: string; kind: NetworkBody['kind']; name: string } | null {
    const row = this.db
      .prepare<[string], { id: string; network_id: string; kind: NetworkBody['kind']; name: string }>(
        'SELECT b.id, w.network_id, b.kind, b.name FROM workshops w JOIN network_bodies b ON b.id = w.body_id WHERE w.id = ?',
      )
      .get(workshopId);
    return row ? { id: row.id, networkId: row.network_id, kind: row.kind, name: row.name } : null;
  }

  /** A resolution of the network with the names of where it comes from and where it was decided. */
  steeringItem(networkId: string, id: string): SteeringItem | null {
    const row = this.db
      .prepare<[string, string], ItemRow>(`${ITEMS} WHERE nr.id = ? AND nr.network_id = ?`)
      .get(id, networkId);
    return row ? toItem(row) : null;
  }

  /** What awaits the steering group in a network (forwarded, not decided): oldest first, the order it is worked through. */
  awaitingSteering(networkId: string): SteeringItem[] {
    return this.db
      .prepare<[string], ItemRow>(
        `${ITEMS} WHERE nr.network_id = ? AND nr.state = 'forwarded' ORDER BY nr.forwarded_at, nr.rowid`,
      )
      .all(networkId)
      .map(toItem);
  }

  /** The decisions a steering group's workshop took (and that were not forwarded again since), newest first. */
  decidedIn(workshopId: string): SteeringItem[] {
    return this.db
      .prepare<[string], ItemRow>(`${ITEMS} WHERE nr.decided_in = ? ORDER BY nr.decided_at DESC, nr.rowid DESC`)
      .all(workshopId)
      .map(toItem);
  }

  private resolution(networkId: string, id: string): NetworkResolution | null {
    const row = this.db
      .prepare<[string, string], ResolutionRow>('SELECT * FROM network_resolutions WHERE id = ? AND network_id = ?')
      .get(id, networkId);
    return row ? toResolution(row) : null;
  }

  /**
   * What the steering group made of the resolutions of a workshop's body (its
   * working group, say): the outcomes its next workshop sees. Newest first.
   */
  decisionsForBodyOf(workshopId: string): SteeringItem[] {
    return this.db
      .prepare<[string], ItemRow>(
        `${ITEMS}
           JOIN workshops me ON me.id = ?
          WHERE src.body_id = me.body_id AND src.network_id = me.network_id
          ORDER BY nr.forwarded_at DESC, nr.rowid DESC`,
      )
      .all(workshopId)
      .map(toItem);
  }
}
