// Integration: deleting a workshop leaves nothing of it — not in the
// database file, not in its -wal file — and connected clients are closed
// with 4404 and cannot come back.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCard, addTheme, cardsMap, CloseCode, deleteCard, roomName } from '@nws/shared';
import {
  api,
  connectClient,
  createWorkshop,
  rawSocket,
  recordSocket,
  startTestServer,
  waitFor,
} from '../testing/harness.js';

const MARKER = 'GEHEIMER-FALL-Xq7Z';

function scan(file: string): boolean {
  return existsSync(file) && readFileSync(file).includes(Buffer.from(MARKER, 'utf8'));
}

describe('deleting a workshop', () => {
  it('removes every row, leaves the marker in neither the database nor its -wal file, and refuses its clients', async () => {
    const server = await startTestServer({ COMPACT_EVERY: '3' });
    const dbFile = join(server.config.dataDir, 'netzwerkstatt.sqlite');
    try {
      const keep = await createWorkshop(server.url, 'Bleibt');
      const ws = await createWorkshop(server.url, 'Wird gelöscht');
      const participant = await ws.join('Pia', 'Jobcenter');
      const a = connectClient(server.url, ws.id, ws.moderatorToken);
      const other = connectClient(server.url, keep.id, keep.moderatorToken);
      await Promise.all([a.synced, other.synced]);
      // The marker goes everywhere content can live: board updates (and snapshots), a private card, a case, the audit log.
      for (let i = 0; i < 5; i++) addCard(a.doc, { authorId: a.authorId, text: `${MARKER} Karte ${i}`, x: i, y: 0 });
      addTheme(a.doc, { title: `${MARKER} Thema`, caseId: null });
      addCard(other.doc, { authorId: other.authorId, text: 'anderer Workshop', x: 0, y: 0 });
      const q = await api<{ query: { id: string } }>(server.url, `/api/workshops/${ws.id}/queries`, {
        body: { question: `${MARKER}?`, mode: 'named' },
        token: ws.moderatorToken,
      });
      await api(server.url, `/api/workshops/${ws.id}/queries/${q.body.query.id}/cards`, {
        body: { text: `${MARKER} privat` },
        token: participant,
      });
      await api(server.url, `/api/workshops/${ws.id}/conference/cases`, {
        body: { title: `${MARKER} Fall`, narration: MARKER },
        token: ws.moderatorToken,
      });
      // …and into a version and the bin.
      const live = () => server.rooms.get(roomName(ws.id, 'board'))!.doc;
      await waitFor(() => cardsMap(live()).size === 5, 'cards at the server');
      expect(
        (
          await api(server.url, `/api/workshops/${ws.id}/versions`, {
            body: { label: `${MARKER} Stand` },
            token: ws.moderatorToken,
          })
        ).status,
      ).toBe(201);
      deleteCard(a.doc, [...cardsMap(a.doc).keys()][0]!);
      await waitFor(
        () =>
          server.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM bin WHERE workshop_id = ?').get(ws.id)!
            .n === 1,
        'in the bin',
      );
      await waitFor(
        () =>
          server.updateLog.pending(roomName(ws.id, 'board')) +
            (server.updateLog.load(roomName(ws.id, 'board')).snapshot ? 1 : 0) >
          0,
        'stored',
      );
      await new Promise((r) => setTimeout(r, 100));
      expect(scan(dbFile) || scan(`${dbFile}-wal`)).toBe(true); // it is on disk before

      const raw = await rawSocket(server.url, ws.id, participant);
      if (!raw.ws) throw new Error('refused');
      const { closed } = recordSocket(raw.ws);
      expect((await api(server.url, `/api/workshops/${ws.id}`, { method: 'DELETE', token: participant })).status).toBe(
        403,
      );
      expect(
        (await api(server.url, `/api/workshops/${ws.id}`, { method: 'DELETE', token: ws.moderatorToken })).status,
      ).toBe(204);
      expect(await closed).toBe(CloseCode.WorkshopGone);

      for (const table of [
        'workshops',
        'sessions',
        'private_cards',
        'votes',
        'audit',
        'imported_people',
        'versions',
        'bin',
      ]) {
        expect(
          server.db
            .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${table === 'workshops' ? 'id' : 'workshop_id'} = ?`)
            .get(ws.id),
          table,
        ).toEqual({ n: 0 });
      }
      expect(server.db.prepare('SELECT COUNT(*) AS n FROM updates WHERE room LIKE ?').get(`${ws.id}/%`)).toEqual({
        n: 0,
      });
      expect(server.db.prepare('SELECT COUNT(*) AS n FROM snapshots WHERE room LIKE ?').get(`${ws.id}/%`)).toEqual({
        n: 0,
      });
      expect(scan(dbFile)).toBe(false);
      expect(scan(`${dbFile}-wal`)).toBe(false);
      // Its links are dead; the other workshop is untouched.
      expect((await rawSocket(server.url, ws.id, ws.moderatorToken)).status).toBe(401);
      expect((await api(server.url, '/api/session', { token: participant })).status).toBe(401);
      expect((await api(server.url, '/api/session', { token: keep.moderatorToken })).status).toBe(200);
      const again = connectClient(server.url, keep.id, keep.moderatorToken);
      await again.synced;
      expect(JSON.stringify(cardsMap(again.doc).toJSON())).toContain('anderer Workshop');
      [a, other, again].forEach((c) => c.destroy());
    } finally {
      await server.close();
    }
  });
});
