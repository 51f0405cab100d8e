import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, listCards, roomName } from '@nws/shared';
import { connectClient, createWorkshop, startTestServer, tempDataDir, waitFor } from '../testing/harness.js';
import { backupDatabase } from './backup.js';
import { openDatabase } from './db.js';
import { UpdateLog } from './updateLog.js';

describe('online backup', () => {
  it('copies committed updates while the server runs, WAL included', async () => {
    const server = await startTestServer();
    try {
      const ws = await createWorkshop(server.url);
      const a = connectClient(server.url, ws.id, ws.moderatorToken);
      await a.synced;
      addCard(a.doc, { authorId: a.authorId, text: 'gesichert', x: 0, y: 0 });
      await waitFor(() => server.updateLog.pending(roomName(ws.id, 'board')) > 0, 'stored');
      const target = join(tempDataDir(), 'copy.sqlite');
      await backupDatabase(join(server.config.dataDir, 'netzwerkstatt.sqlite'), target);
      const copy = openDatabase(target);
      const stored = new UpdateLog(copy).load(roomName(ws.id, 'board'));
      const doc = new Y.Doc();
      for (const u of stored.updates) Y.applyUpdate(doc, u.data);
      expect(listCards(doc).map((c) => c.text)).toEqual(['gesichert']);
      copy.close();
      a.destroy();
    } finally {
      await server.close();
    }
  });
});
