// A network's partner register and the saved states of its stakeholder
// analysis. The register holds organisations only (name, kind, the contact's
// role — no names of people): typed in, imported from a card query's
// invitation list, and — without being stored until edited — the
// organisations of everyone who joined one of the network's workshops. A
// saved state ("Stand festhalten") is the analysis as plain data at that
// moment; the live analysis is a document (doc/stakeholders.ts).
import {
  rowIdOf,
  StakeholderStateSchema,
  type PartnerInput,
  type RegisteredPartner,
  type StakeholderState,
  type StakeholderVersion,
} from '@nws/shared';
import type { DB } from './db.js';
import { newId } from '../auth/tokens.js';

interface PartnerRow {
  id: string;
  name: string;
  kind: string;
  contact_role: string;
  source: RegisteredPartner['source'];
}

interface VersionRow {
  id: string;
  label: string;
  created_at: number;
  created_by: string;
  rows: number;
}
const VERSION_COLUMNS =
  "SELECT id, label, created_at, created_by, json_array_length(state, '$.rows') AS rows FROM stakeholder_versions";
const toVersion = (r: VersionRow): StakeholderVersion => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  createdBy: r.created_by,
  rows: r.rows,
});

/** Most saved states kept per network (the oldest go first). */
export const MAX_STAKEHOLDER_VERSIONS = 200;

export class StakeholderStore {
  constructor(private readonly db: DB) {}

  /**
   * The register: stored organisations, then those of people who joined and
   * are not stored yet (source "joined", id "joined:<key>"), each with the
   * number of the network's workshops someone of it took part in; by name.
   */
  partners(networkId: string): RegisteredPartner[] {
    const joined = new Map(
      this.db
        .prepare<[string], { organisation: string; workshops: number }>(
          `SELECT MIN(s.organisation) AS organisation, COUNT(DISTINCT s.workshop_id) AS workshops
             FROM sessions s JOIN workshops w ON w.id = s.workshop_id
            WHERE w.network_id = ? AND s.role = 'participant' AND s.revoked_at IS NULL AND trim(s.organisation) <> ''
            GROUP BY lower(trim(s.organisation))`,
        )
        .all(networkId)
        .map((r) => [rowIdOf(r.organisation), r] as const),
    );
    const stored = this.db
      .prepare<[string], PartnerRow & { name_key: string }>('SELECT * FROM network_partners WHERE network_id = ?')
      .all(networkId);
    const list: RegisteredPartner[] = stored.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      contactRole: r.contact_role,
      source: r.source,
      workshops: joined.get(r.name_key)?.workshops ?? 0,
    }));
    const storedKeys = new Set(stored.map((r) => r.name_key));
    for (const [key, j] of joined) {
      if (storedKeys.has(key)) continue;
      list.push({
        id: `joined:${key}`,
        name: j.organisation.trim(),
        kind: '',
        contactRole: '',
        source: 'joined',
        workshops: j.workshops,
      });
    }
    return list.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }

  /** Adds an organisation (or, if one of the same name is there, returns it unchanged). */
  addPartner(networkId: string, input: Required<PartnerInput>, source: RegisteredPartner['source']): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO network_partners (id, network_id, name, name_key, kind, contact_role, source, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (network_id, name_key) DO NOTHING`,
        )
        .run(newId(), networkId, input.name, rowIdOf(input.name), input.kind, input.contactRole, source, Date.now())
        .changes > 0
    );
  }

  /**
   * Changes an organisation's entry; a "joined:" one (not stored yet) is
   * stored with the change. False if there is no such entry.
   */
  updatePartner(networkId: string, id: string, patch: Partial<Required<PartnerInput>>): boolean {
    const current = this.partners(networkId).find((p) => p.id === id);
    if (!current) return false;
    const next = { name: current.name, kind: current.kind, contactRole: current.contactRole, ...patch };
    if (id.startsWith('joined:')) {
      this.addPartner(networkId, next, 'joined');
      return true;
    }
    this.db
      .prepare(
        'UPDATE network_partners SET name = ?, name_key = ?, kind = ?, contact_role = ? WHERE id = ? AND network_id = ?',
      )
      .run(next.name, rowIdOf(next.name), next.kind, next.contactRole, id, networkId);
    return true;
  }

  removePartner(networkId: string, id: string): boolean {
    return (
      this.db.prepare('DELETE FROM network_partners WHERE id = ? AND network_id = ?').run(id, networkId).changes > 0
    );
  }

  /** Saves the analysis as it is now; the oldest states beyond the cap go. */
  saveState(networkId: string, label: string, createdBy: string, state: StakeholderState): StakeholderVersion {
    const version: StakeholderVersion = {
      id: newId(),
      label,
      createdAt: Date.now(),
      createdBy,
      rows: state.rows.length,
    };
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO stakeholder_versions (id, network_id, label, created_at, created_by, state) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(version.id, networkId, label, version.createdAt, createdBy, JSON.stringify(state));
      this.db
        .prepare(
          `DELETE FROM stakeholder_versions WHERE network_id = ? AND id NOT IN
             (SELECT id FROM stakeholder_versions WHERE network_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)`,
        )
        .run(networkId, networkId, MAX_STAKEHOLDER_VERSIONS);
    })();
    return version;
  }

  /** Saved states, newest first. */
  versions(networkId: string): StakeholderVersion[] {
    return this.db
      .prepare<[string], VersionRow>(`${VERSION_COLUMNS} WHERE network_id = ? ORDER BY created_at DESC, rowid DESC`)
      .all(networkId)
      .map(toVersion);
  }

  version(networkId: string, id: string): { version: StakeholderVersion; state: StakeholderState } | null {
    const row = this.db
      .prepare<[string, string], VersionRow & { state: string }>(
        `${VERSION_COLUMNS.replace('SELECT', 'SELECT state,')} WHERE network_id = ? AND id = ?`,
      )
      .get(networkId, id);
    return row ? { version: toVersion(row), state: StakeholderStateSchema.parse(JSON.parse(row.state)) } : null;
  }
}
