// Nothing typed is lost on a bad connection: a phone loses its connection in
// the middle of a private card query, writes two cards (they show as "wird
// gesendet …"), reloads the page without a connection (the service worker
// serves the app, the device's copy of the workshop state shows the question)
// and, once the connection is back, both cards reach the query — once each.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, createWorkshop, joinByCode } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;

test('a phone writes two cards offline, reloads, comes back online: both cards arrive', async ({ browser }) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  const mod = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  const code = await createWorkshop(mod, 'Netzwerk Funkloch');
  const phone = await joinByCode(browser, code, 'Olga', 'Tafel', {
    phone: true,
    viewport: { width: 390, height: 844 },
  });
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Wer fehlt noch am Tisch?');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  const panel = phone.page.getByTestId('write-panel');
  await expect(panel).toContainText('Wer fehlt noch am Tisch?');
  // The app's code is on the device once the service worker controls the page.
  await phone.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });

  // Offline: the emulation, and the API refused as a dead network would (Chromium's emulation does not
  // reach requests that pass a service worker, so it alone can leave the page half online).
  const dead = (route: import('@playwright/test').Route) => route.abort('internetdisconnected');
  await phone.context.route('**/api/**', dead);
  await phone.context.setOffline(true);
  await expect(phone.page.getByTestId('connection-status')).not.toHaveAttribute('data-status', 'connected');
  for (const text of ['Schuldnerberatung', 'Wohnungslosenhilfe']) {
    await phone.page.getByLabel('Ihre Karte zu dieser Frage').fill(text);
    await phone.page.getByRole('button', { name: 'Karte notieren' }).click();
    await expect(phone.page.getByTestId('my-card-waiting').filter({ hasText: text })).toContainText('wird gesendet');
  }
  await phone.page.screenshot({ path: `${shots}phone-offline.png`, fullPage: true });
  expect(await axeViolations(phone.page, '[data-testid="participant-view"]')).toEqual([]);

  // A reload without a connection: the page, the question and both waiting cards are still there.
  await phone.page.reload();
  await expect(panel).toContainText('Wer fehlt noch am Tisch?', { timeout: 20_000 });
  await expect(phone.page.getByTestId('my-card-waiting')).toHaveCount(2);
  // (Not asserted: that the server has none yet. Chromium lets some requests of a page behind a service
  // worker through despite offline emulation and routes; a card that slipped through early must still
  // arrive once — the client key makes the later send return it instead of a second card.)

  await phone.context.unroute('**/api/**', dead);
  await phone.context.setOffline(false);
  await expect(phone.page.getByTestId('my-card')).toHaveCount(2, { timeout: 20_000 });
  await expect(phone.page.getByTestId('my-card-waiting')).toHaveCount(0);
  await expect(mod.getByTestId('query-count')).toHaveText('2 Karten geschrieben');
  await expect(mod.getByTestId('query-progress')).toContainText('Olga (Tafel): 2');
});
