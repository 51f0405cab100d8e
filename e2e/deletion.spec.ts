// Deleting a workshop: a participant still on its board is refused at once
// and their browser drops what it kept of it.
import { expect, test } from '@playwright/test';
import { createWorkshop, joinByCode } from './helpers';

test('the moderator deletes a workshop; a connected participant is refused and clears its local copy', async ({
  browser,
}) => {
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Zum Löschen');
  const p = await joinByCode(browser, code, 'Pia', 'Jobcenter');
  const workshopId = new URL(p.page.url()).pathname.split('/')[2]!;
  const stored = () => p.page.evaluate((id) => Object.keys(localStorage).filter((k) => k.includes(id)), workshopId);
  expect(await stored()).toEqual([`nws.board.${workshopId}`]);
  // Documents live in memory only, but whatever a browser keeps in IndexedDB
  // under the workshop's name (an offline copy of an older version) goes too.
  const databases = () =>
    p.page.evaluate(
      async (id) => ((await indexedDB.databases()) ?? []).map((d) => d.name).filter((n) => n?.includes(id)),
      workshopId,
    );
  await p.page.evaluate(
    (id) =>
      new Promise<void>((ok) => {
        const req = indexedDB.open(`nws-board-${id}`);
        req.onsuccess = () => {
          req.result.close();
          ok();
        };
      }),
    workshopId,
  );
  expect(await databases()).toEqual([`nws-board-${workshopId}`]);

  await mod.getByTestId('tab-protocol').click();
  mod.once('dialog', (d) => d.accept());
  await mod.getByRole('button', { name: 'Workshop endgültig löschen' }).click();
  await expect(mod).toHaveURL(/\/$/);
  expect(await mod.evaluate((id) => Object.keys(localStorage).filter((k) => k.includes(id)), workshopId)).toEqual([]);

  await expect(p.page.getByTestId('error-page')).toContainText('gibt es nicht (mehr)');
  await expect.poll(stored).toEqual([]);
  await expect.poll(databases).toEqual([]);
  // Coming back with the old link is refused as well.
  await p.page.goto(`/w/${workshopId}`);
  await expect(p.page.getByTestId('error-page')).toBeVisible();
  await Promise.all([modContext.close(), p.context.close()]);
});
