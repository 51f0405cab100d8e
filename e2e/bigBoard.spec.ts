// A big workshop: more cards than tldraw draws on one page by default
// (4,000). The canvas must show every card, not an empty page.
import { expect, test } from '@playwright/test';
import { addCard, BACKUP_FORMAT, createBackup, restoreBackup, STEP_X, STEP_Y, type Backup } from '@nws/shared';

const CARDS = 4500;
/** An empty Yjs document as a backup holds it (base64 of its two-byte update). */
const EMPTY_DOC = 'AAA=';

test(`the canvas draws all ${CARDS} cards of an imported workshop`, async ({ page, request }) => {
  const blank: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    workshop: { name: 'Groß', targetGroup: 'Familien', area: 'Stadt' },
    people: [],
    documents: { board: EMPTY_DOC, control: EMPTY_DOC },
  };
  const { board, control } = restoreBackup(blank);
  board.transact(() => {
    for (let i = 0; i < CARDS; i++)
      addCard(board, { text: `Karte ${i}`, x: (i % 75) * STEP_X, y: Math.floor(i / 75) * STEP_Y });
  });
  const res = await request.post('/api/workshops/import', { data: createBackup(board, control, blank.workshop, []) });
  expect(res.status()).toBe(201);
  const { workshop, moderatorToken } = (await res.json()) as { workshop: { id: string }; moderatorToken: string };

  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(`/w/${workshop.id}#k=${moderatorToken}`);
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('canvas-card')).toHaveCount(CARDS, { timeout: 30_000 });
  await expect(page.getByTestId('canvas-too-many')).toHaveCount(0);
});
