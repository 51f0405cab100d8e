// The board keeps its history: on a 390 px phone a participant deletes their
// own card (and is offered no way to delete someone else's) and takes it
// back from the bin; the moderation saves a state, loses a card, opens
// "Verlauf", previews the saved state and restores it for everyone.
import { expect, test } from '@playwright/test';
import { addCardDom, axeViolations, createWorkshop, domCard, joinByCode, openCardMenu } from './helpers';

test('phone participant deletes only own cards; the moderation previews and restores a version for everyone', async ({
  browser,
}) => {
  const modContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Verlauf Nordstadt');
  const ben = await joinByCode(browser, code, 'Ben', 'Jugendamt');
  const pia = await joinByCode(browser, code, 'Pia', 'Jobcenter', {
    phone: true,
    viewport: { width: 390, height: 844 },
  });
  await pia.page.getByRole('link', { name: 'Zum Board' }).click();
  await expect(pia.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await mod.getByTestId('view-dom').click();
  await ben.page.getByTestId('view-dom').click();

  await addCardDom(ben.page, 'Schuldnerberatung');
  await addCardDom(pia.page, 'Kita-Plätze');
  for (const p of [mod, ben.page, pia.page]) {
    await expect(domCard(p, 'Schuldnerberatung')).toBeVisible();
    await expect(domCard(p, 'Kita-Plätze')).toBeVisible();
  }

  // On the phone: Ben's card offers no delete (the server would refuse it too), Pia's own does.
  await expect(domCard(pia.page, 'Schuldnerberatung').getByRole('button', { name: 'Löschen' })).toHaveCount(0);
  pia.page.once('dialog', (d) => d.accept());
  await (await openCardMenu(domCard(pia.page, 'Kita-Plätze'))).getByRole('button', { name: 'Löschen' }).click();
  await expect(domCard(ben.page, 'Kita-Plätze')).toHaveCount(0);
  // …and takes it back from the bin beside the board.
  const piaBin = pia.page.getByTestId('bin-panel');
  await expect(piaBin).toContainText('Kita-Plätze');
  await piaBin.getByRole('button', { name: 'Karte „Kita-Plätze“ zurückholen' }).click();
  await expect(domCard(ben.page, 'Kita-Plätze')).toBeVisible();
  await expect(domCard(mod, 'Kita-Plätze')).toBeVisible();
  await expect(piaBin).toHaveCount(0);
  expect(pia.context.pages()[0]!.viewportSize()?.width).toBe(390);

  // The moderation saves a state, then Ben's card is lost.
  await mod.getByTestId('tab-history').click();
  await mod.getByTestId('version-label').fill('Vor der Pause');
  await mod.getByTestId('save-version').click();
  await expect(mod.getByTestId('version').filter({ hasText: 'Vor der Pause' })).toContainText('2 Karten');
  await mod.getByTestId('tab-board').click();
  mod.once('dialog', (d) => d.accept());
  await (await openCardMenu(domCard(mod, 'Schuldnerberatung'))).getByRole('button', { name: 'Löschen' }).click();
  for (const p of [ben.page, pia.page]) await expect(domCard(p, 'Schuldnerberatung')).toHaveCount(0);

  // Verlauf: the bin holds the card, the preview shows it as missing now, read-only.
  await mod.getByTestId('tab-history').click();
  await expect(mod.getByTestId('bin')).toContainText('Schuldnerberatung');
  const saved = mod.getByTestId('version').filter({ hasText: 'Vor der Pause' });
  await saved.getByRole('button', { name: /ansehen$/ }).click();
  const preview = mod.getByTestId('version-preview');
  await expect(preview.getByTestId('preview-card').filter({ hasText: 'Schuldnerberatung' })).toContainText(
    'fehlt jetzt',
  );
  await expect(preview.getByTestId('preview-card').filter({ hasText: 'Kita-Plätze' })).not.toContainText('fehlt jetzt');
  await expect(preview.locator('textarea, input')).toHaveCount(0);
  expect(await axeViolations(mod, '[data-testid="history"]')).toEqual([]);

  mod.once('dialog', (d) => d.accept());
  await preview.getByTestId('preview-restore-all').click();
  await expect(mod.getByRole('status').filter({ hasText: 'Wiederhergestellt' })).toBeVisible();
  for (const p of [ben.page, pia.page]) {
    await expect(domCard(p, 'Schuldnerberatung')).toBeVisible();
    await expect(domCard(p, 'Kita-Plätze')).toBeVisible();
  }
  // The restore is in the history itself: the state just before it can be restored to undo it.
  await expect(mod.getByTestId('version').first()).toHaveAttribute('data-trigger', 'restore');
  await expect(mod.getByTestId('version').first()).toContainText('1 Karte');
  expect(await axeViolations(pia.page, '[data-testid="dom-cards"]')).toEqual([]);
  await Promise.all([modContext.close(), ben.context.close(), pia.context.close()]);
});
