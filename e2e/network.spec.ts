// A network from the start page: the coordinator creates it, adds a working
// group, plans a dated workshop in it and opens it as its moderation; a
// participant joins; the network page shows the workshop on the working
// group's timeline, its status, its goal system, and the participant's
// organisation as a partner; a resolution of the working group goes to the
// steering group, is sent back with a reason, forwarded again and confirmed. axe-core on the page; pictures at 1920, 1366 and 390 px.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations, joinByCode } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;

test('a coordinator creates a network, plans a working group’s workshop, opens it; partners appear', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto('/');
  const create = page.getByTestId('create-network');
  await create.getByLabel('Name des Netzwerks').fill('Netzwerk Frühe Hilfen Nord');
  await create.getByLabel('Zielgruppe').fill('Familien mit kleinen Kindern');
  await create.getByLabel('Sozialraum').fill('Nordstadt');
  await create.getByLabel('Ihr Name (Koordination)').fill('Nora Netzwerk');
  await create.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  const network = page.getByTestId('network-page');
  await expect(network.getByRole('heading', { name: 'Netzwerk Frühe Hilfen Nord' })).toBeVisible();
  await expect(network.getByTestId('network-body')).toHaveCount(1); // the plenary
  // The link left the address bar; the page keeps it for reloads.
  expect(page.url()).not.toContain('#k=');

  await network.getByText('Gremium hinzufügen').first().click();
  await network.getByRole('combobox', { name: 'Art', exact: true }).selectOption('working');
  await network.getByLabel('Name des Gremiums').fill('AG Arbeit');
  await network.getByRole('button', { name: 'Gremium hinzufügen' }).click();
  const ag = network.getByTestId('network-body').filter({ hasText: 'AG Arbeit' });
  await expect(ag).toHaveAttribute('data-kind', 'working');
  await ag.getByText('Workshop planen').click();
  await ag.getByLabel('Titel des Workshops').fill('AG Arbeit: Auftakt');
  await ag.getByLabel('Datum').fill('2027-02-03');
  await ag.getByRole('button', { name: 'Workshop anlegen' }).click();
  const item = ag.getByTestId('network-workshop').filter({ hasText: 'AG Arbeit: Auftakt' });
  await expect(item).toContainText('03.02.2027');
  await expect(item).toHaveAttribute('data-status', 'planned');
  expect(await axeViolations(page, '[data-testid="network-page"]')).toEqual([]);
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${shots}surface-network-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });

  // Open it as its moderation: the workshop's board, with the coordinator moderating.
  await item.getByRole('button', { name: '„AG Arbeit: Auftakt“ als Moderation öffnen' }).click();
  await expect(page.getByRole('heading', { name: 'AG Arbeit: Auftakt' })).toBeVisible();
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.locator('.role-badge')).toHaveText('Moderation');
  const code = (await page.getByTestId('join-code').innerText()).replace('-', '');
  const pia = await joinByCode(browser, code, 'Pia', 'Jobcenter');
  // The working group records a resolution (as a consent round's result would; here through the API).
  const workshopId = new URL(page.url()).pathname.split('/')[2]!;
  const modToken = await page.evaluate((id) => localStorage.getItem(`nws.board.${id}`), workshopId);
  const recorded = await page.request.post(`/api/workshops/${workshopId}/resolutions`, {
    headers: { authorization: `Bearer ${modToken}` },
    data: { text: 'Jede Kita bietet Sprachförderung ab drei Jahren an.' },
  });
  expect(recorded.status()).toBe(201);
  await page.getByTestId('tab-goals').click();
  await page.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  await page.getByTestId('goal-text').first().fill('Eltern finden Arbeit, die zur Betreuung passt');

  // Back on the network page: the goal system, the partner, and the workshop marked as running.
  await page.goBack();
  await expect(async () => {
    await page.reload();
    await expect(network.getByTestId('goal-system')).toContainText('Eltern finden Arbeit, die zur Betreuung passt', {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
  await expect(network.getByTestId('goal-system')).toContainText('AG Arbeit: Auftakt');
  await expect(network.getByTestId('partner')).toHaveCount(1);
  await expect(network.getByTestId('partner')).toContainText('Jobcenter (beigetreten · in 1 Workshop dabei)');
  await ag.getByLabel('Stand von „AG Arbeit: Auftakt“').selectOption('running');
  await expect(item).toHaveAttribute('data-status', 'running');

  // The resolution goes to the steering group, comes back with a reason, goes again and is confirmed.
  const resolutions = network.getByTestId('resolutions');
  const proposal = resolutions.getByTestId('resolution-proposed').filter({ hasText: 'Sprachförderung' });
  await proposal.getByRole('button', { name: 'An die Lenkungsgruppe' }).click();
  const awaiting = resolutions.getByTestId('resolution-awaiting').filter({ hasText: 'Sprachförderung' });
  await awaiting.getByLabel('Begründung (nötig beim Zurückverweisen)').fill('Bitte mit Indikator.');
  await awaiting.getByRole('button', { name: 'Zurückverweisen' }).click();
  await expect(resolutions.getByTestId('resolution-decided')).toContainText('zurückverwiesen · Bitte mit Indikator.');
  await proposal.getByRole('button', { name: 'An die Lenkungsgruppe' }).click();
  await awaiting.getByRole('button', { name: 'Bestätigen' }).click();
  await expect(resolutions.getByTestId('resolution-decided')).toHaveAttribute('data-state', 'confirmed');
  await expect(resolutions.getByTestId('resolution-decided')).not.toContainText('Bitte mit Indikator.');
  expect(await axeViolations(page, '[data-testid="network-page"]')).toEqual([]);
  await page.screenshot({ path: `${shots}surface-network-decided-1366.png`, fullPage: true });

  // The working group's workshop shows the steering group's decision in its result protocol.
  await item.getByRole('button', { name: '„AG Arbeit: Auftakt“ als Moderation öffnen' }).click();
  await page.getByTestId('tab-protocol').click();
  await expect(page.getByTestId('steering-decisions')).toContainText(
    'Jede Kita bietet Sprachförderung ab drei Jahren an. — bestätigt',
  );
  await pia.context.close();
});
