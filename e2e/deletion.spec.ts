// Deleting a workshop: a participant still on its board is refused at once
// and their browser drops what it kept of it (link, remembered session, the
// documents' local copies).
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
  // The link and the remembered session (for opening the page offline) are kept per workshop …
  expect((await stored()).sort()).toEqual([`nws.board.${workshopId}`, `nws.session.board.${workshopId}`]);
  // … and so are the documents' local copies (IndexedDB, named after the workshop).
  const databases = () =>
    p.page.evaluate(
      async (id) => ((await indexedDB.databases()) ?? []).map((d) => d.name).filter((n) => n?.includes(id)),
      workshopId,
    );
  await expect
    .poll(async () => (await databases()).sort())
    .toEqual([`nws-${workshopId}-board`, `nws-${workshopId}-control`]);

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
