// Foundation acceptance: a moderator creates a workshop, two participants
// join by code in separate browser contexts, cards travel live between them
// on the canvas and in the DOM view, and no request leaves the origin.
import { expect, test } from '@playwright/test';
import { addCardDom, canvasCard, createWorkshop, domCard, joinByCode, openCardMenu, recordRequests } from './helpers';

test('workshop, two participants, cards live on canvas and DOM view, own origin only', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const modContext = await browser.newContext();
  const modRequests = recordRequests(modContext, origin);
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  // The token left the address bar.
  expect(mod.url()).not.toContain('#k=');

  const p1 = await joinByCode(browser, code, 'Paula', 'Jobcenter');
  const p1Requests = recordRequests(p1.context, origin);
  const p2 = await joinByCode(browser, code, 'Piet', 'Jugendamt', { phone: true });
  const p2Requests = recordRequests(p2.context, origin);
  // The phone's writing view links to the full board.
  await p2.page.getByRole('link', { name: 'Zum Board' }).click();
  await expect(p2.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');

  // Presence: everyone sees the three people with their organisations.
  // (The moderation sees everyone who joined, with who is online, in its people panel.)
  for (const page of [mod, p1.page, p2.page]) {
    const list = page === mod ? page.getByTestId('people-panel') : page.getByTestId('presence-list');
    await expect(list).toContainText('Mona Moderation');
    await expect(list).toContainText('Paula');
    await expect(list).toContainText('Jobcenter');
    await expect(list).toContainText('Piet');
  }

  // Canvas is the default on http://localhost; p1 uses the DOM view.
  await expect(mod.getByTestId('board-canvas')).toBeVisible();
  await p1.page.getByTestId('view-dom').click();
  // The phone starts in the list view.
  await expect(p2.page.getByTestId('view-dom')).toHaveAttribute('aria-pressed', 'true');

  // A card added by p1 (DOM view) appears for p2 (DOM view) and the moderator (canvas).
  await addCardDom(p1.page, 'Schuldnerberatung');
  await expect(domCard(p2.page, 'Schuldnerberatung')).toBeVisible();
  await expect(canvasCard(mod, 'Schuldnerberatung')).toBeVisible();

  // A card added by the moderator on the canvas appears in the DOM views.
  await addCardDom(mod, 'Familienzentrum');
  await expect(canvasCard(mod, 'Familienzentrum')).toBeVisible();
  await expect(domCard(p1.page, 'Familienzentrum')).toBeVisible();
  await expect(domCard(p2.page, 'Familienzentrum')).toBeVisible();

  // Edit in the DOM view → canvas and other DOM view follow.
  await (await openCardMenu(domCard(p1.page, 'Schuldnerberatung'))).getByRole('button', { name: 'Bearbeiten' }).click();
  await p1.page.getByLabel('Text der Karte bearbeiten').fill('Schuldner- und Insolvenzberatung');
  await p1.page.getByRole('button', { name: 'Speichern' }).click();
  await expect(canvasCard(mod, 'Schuldner- und Insolvenzberatung')).toBeVisible();
  await expect(domCard(p2.page, 'Schuldner- und Insolvenzberatung')).toBeVisible();

  // Move with the keyboard-reachable arrow button (one's own card): the order changes for everyone.
  // Someone else's card offers no controls to a participant (the server refuses such changes too).
  const firstText = async (page: typeof mod) => page.getByTestId('card-text').first().innerText();
  expect(await firstText(p2.page)).toBe('Schuldner- und Insolvenzberatung');
  await expect(domCard(p1.page, 'Familienzentrum').getByRole('button')).toHaveCount(0);
  await (
    await openCardMenu(domCard(p1.page, 'Schuldner- und Insolvenzberatung'))
  )
    .getByRole('button', { name: 'Nach rechts' })
    .click();
  await expect.poll(() => firstText(p2.page)).toBe('Familienzentrum');

  // Drag on the canvas moves the card in the domain: the DOM order follows.
  const box = await canvasCard(mod, 'Schuldner- und Insolvenzberatung').boundingBox();
  expect(box).not.toBeNull();
  await mod.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await mod.mouse.down();
  await mod.mouse.move(box!.x - box!.width * 1.5, box!.y + box!.height / 2, { steps: 8 });
  await mod.mouse.up();
  await expect.poll(() => firstText(p2.page)).toBe('Schuldner- und Insolvenzberatung');

  // Delete one's own card in the DOM view → gone everywhere.
  p1.page.once('dialog', (d) => d.accept());
  await (
    await openCardMenu(domCard(p1.page, 'Schuldner- und Insolvenzberatung'))
  )
    .getByRole('button', { name: 'Löschen' })
    .click();
  await expect(canvasCard(mod, 'Schuldner- und Insolvenzberatung')).toHaveCount(0);
  await expect(domCard(p2.page, 'Schuldner- und Insolvenzberatung')).toHaveCount(0);

  // English is one switch away.
  await p1.page.getByLabel('Sprache').selectOption('en');
  await expect(p1.page.getByRole('button', { name: 'Add card' })).toBeVisible();

  expect([...modRequests.foreign(), ...p1Requests.foreign(), ...p2Requests.foreign()]).toEqual([]);
  expect(modRequests.urls.some((u) => u.includes('/assets/'))).toBe(true);
  await Promise.all([modContext.close(), p1.context.close(), p2.context.close()]);
});

test('offline edits arrive after reconnect', async ({ browser }) => {
  const modContext = await browser.newContext();
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Offline-Probe');
  const p = await joinByCode(browser, code, 'Olga', 'Caritas');
  await p.page.getByTestId('view-dom').click();
  await p.context.setOffline(true);
  await expect(p.page.getByTestId('connection-status')).toHaveAttribute('data-status', 'disconnected', {
    timeout: 15_000,
  });
  await addCardDom(p.page, 'im Funkloch geschrieben');
  await expect(domCard(p.page, 'im Funkloch geschrieben')).toBeVisible();
  await p.context.setOffline(false);
  await expect(canvasCard(mod, 'im Funkloch geschrieben')).toBeVisible({ timeout: 20_000 });
  await Promise.all([modContext.close(), p.context.close()]);
});

test('bad code, bad token and unknown pages give a clear error page', async ({ page }) => {
  await page.goto('/join/ZZZZZZ');
  await expect(page.getByTestId('error-page')).toContainText('keinen Workshop');
  await page.goto('/join/0');
  await expect(page.getByTestId('error-page')).toContainText('sechs Buchstaben');
  await page.goto('/w/AAAAAAAAAAAAAAAAAAAA#k=forgedforgedforgedforgedforged');
  await expect(page.getByTestId('error-page')).toContainText('nicht (mehr) gültig');
  await page.goto('/w/BBBBBBBBBBBBBBBBBBBB');
  await expect(page.getByTestId('error-page')).toContainText('Zugang');
  await page.goto('/nirgendwo/hin/weg');
  await expect(page.getByTestId('error-page')).toContainText('gibt es nicht');
});
