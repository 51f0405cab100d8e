// The networks migration on a database written by the code before it: every
// workshop keeps its row, sessions, documents and private cards, and becomes
// a network of one (a plenary holding just it) that its moderator's links
// keep working in.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NETWORKS_STEP, openDatabase, SCHEMA_VERSION } from './db.js';
import { WorkshopStore } from './workshopStore.js';
import { NetworkStore } from './networkStore.js';
import { hashToken } from '../auth/tokens.js';

describe('the networks migration', () => {
  it('keeps every workshop and its content, each in a network of one', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nws-migrate-')), 'nws.db');
    // Written as by the code before networks existed (the schema up to the step before them).
    expect(NETWORKS_STEP).toBeGreaterThan(0);
    const old = openDatabase(file, NETWORKS_STEP);
    const now = Date.UTC(2026, 10, 1);
    for (const [id, code] of [
      ['workshop-aaaaaaaaaa', 'AAAAAA'],
      ['workshop-bbbbbbbbbb', 'BBBBBB'],
    ]) {
      old
        .prepare(
          'INSERT INTO workshops (id, name, target_group, area, join_code, created_at, last_active_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, `Workshop ${code}`, 'Familien', 'Nordstadt', code, now, now);
      old
        .prepare(
          "INSERT INTO sessions (id, token_hash, workshop_id, role, name, organisation, level, color, created_at) VALUES (?, ?, ?, 'moderator', 'Mona', '', NULL, '#123456', ?)",
        )
        .run(`mod-${id}`, hashToken(`token-of-${id}`), id, now);
      old.prepare("INSERT INTO updates (room, data, created_at) VALUES (?, x'0102', ?)").run(`${id}/board`, now);
    }
    old.close();

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const workshops = new WorkshopStore(db);
    const networks = new NetworkStore(db, workshops);
    for (const id of ['workshop-aaaaaaaaaa', 'workshop-bbbbbbbbbb']) {
      expect(workshops.get(id)?.name).toMatch(/^Workshop /);
      expect(workshops.sessionForToken(`token-of-${id}`)?.role).toBe('moderator');
      expect(db.prepare('SELECT COUNT(*) AS n FROM updates WHERE room = ?').get(`${id}/board`)).toEqual({ n: 1 });
      const network = networks.get(id)!;
      expect(network).toMatchObject({ standalone: true, name: workshops.get(id)!.name, targetGroup: 'Familien' });
      expect(networks.bodies(id).map((b) => b.kind)).toEqual(['plenary']);
      expect(networks.workshopsOf(id)).toEqual([
        {
          id,
          name: workshops.get(id)!.name,
          bodyId: `plenary-${id}`,
          scheduledAt: null,
          status: 'running',
          createdAt: now,
        },
      ]);
    }
    db.close();
  });
});
