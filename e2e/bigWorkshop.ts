// A big workshop for the browser tests, imported as a backup: `free` free
// cards in rows of `columns` and, if asked, a revealed call-out query with
// `inQuery` cards and a cluster "Familie".
import { expect, type APIRequestContext } from '@playwright/test';
import {
  addCard,
  BACKUP_FORMAT,
  createBackup,
  createCluster,
  createQuery,
  restoreBackup,
  STEP_X,
  STEP_Y,
  type Backup,
} from '@nws/shared';

/** An empty Yjs document as a backup holds it (base64 of its two-byte update). */
const EMPTY_DOC = 'AAA=';

export async function importBigWorkshop(
  request: APIRequestContext,
  opts: { name: string; free: number; columns: number; inQuery?: number },
): Promise<{ id: string; moderatorToken: string }> {
  const blank: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    workshop: { name: opts.name, targetGroup: 'Familien', area: 'Stadt' },
    people: [],
    documents: { board: EMPTY_DOC, control: EMPTY_DOC },
  };
  const { board, control } = restoreBackup(blank);
  board.transact(() => {
    for (let i = 0; i < opts.free; i++)
      addCard(board, {
        text: `Karte ${i}`,
        x: (i % opts.columns) * STEP_X,
        y: Math.floor(i / opts.columns) * STEP_Y,
      });
    if (opts.inQuery) {
      const query = createQuery(control, { question: 'Wer fehlt noch im Netzwerk?', mode: 'callout' });
      for (let i = 0; i < opts.inQuery; i++)
        addCard(board, { text: `Idee ${i}`, x: query.areaX, y: query.areaY + i * STEP_Y, queryId: query.id });
      createCluster(board, query, { name: 'Familie' });
    }
  });
  const res = await request.post('/api/workshops/import', { data: createBackup(board, control, blank.workshop, []) });
  expect(res.status()).toBe(201);
  const { workshop, moderatorToken } = (await res.json()) as { workshop: { id: string }; moderatorToken: string };
  return { id: workshop.id, moderatorToken };
}
