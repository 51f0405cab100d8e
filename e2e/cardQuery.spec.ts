// Card query acceptance: a moderator and three participants (two on phones)
// run a whole query — private writing, counts for the moderator only,
// reveal, clustering, and the invitation list export.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import {
  axeViolations,
  createWorkshop,
  joinByCode,
  keyboardDrag,
  mouseDrag,
  openCardMenu,
  recordRequests,
  tabsTo,
  touchDrag,
} from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

async function writePrivately(page: Page, text: string) {
  await page.getByLabel('Ihre Karte zu dieser Frage').fill(text);
  await page.getByRole('button', { name: 'Karte notieren' }).click();
  await expect(page.getByTestId('my-card').filter({ hasText: text })).toBeVisible();
}

test('private writing → counts for the moderator only → reveal → cluster → invitation list', async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const modContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const modRequests = recordRequests(modContext, origin);
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Netzwerk Frühe Hilfen');

  const laptop = await joinByCode(browser, code, 'Lea', 'Jobcenter');
  const phoneA = await joinByCode(browser, code, 'Pavel', 'Jugendamt', { phone: true });
  const phoneB = await joinByCode(browser, code, 'Petra', 'Caritas', { phone: true });
  const phoneRequests = [recordRequests(phoneA.context, origin), recordRequests(phoneB.context, origin)];
  await expect(phoneA.page.getByTestId('write-panel')).toContainText('noch keine Frage');

  // The shared screen, from the link the moderator got at creation.
  const screenLink = await mod.getByTestId('screen-link').inputValue();
  const screenContext = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const screen = await screenContext.newPage();
  await screen.goto(screenLink);

  // The moderator opens a named actors query with a limit of 3 cards.
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Welche Organisationen müssen an den Tisch?');
  await mod.getByLabel('Karten pro Person (leer = unbegrenzt)').fill('3');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  await expect(mod.getByTestId('active-query')).toContainText('Welche Organisationen müssen an den Tisch?');

  // Everyone writes alone; phones at 360 px without sideways scrolling.
  for (const p of [phoneA.page, phoneB.page, laptop.page])
    await expect(p.getByTestId('write-panel')).toContainText('Welche Organisationen');
  // On the laptop's board the writing panel is the only input: no public card field beside it, in
  // either view (typing there would publish a card before the reveal; the server refuses it too).
  await expect(laptop.page.getByTestId('card-rule')).toBeVisible();
  await expect(laptop.page.getByLabel('Text der neuen Karte')).toHaveCount(0);
  await laptop.page.getByTestId('view-dom').click();
  await expect(laptop.page.getByLabel('Text der neuen Karte')).toHaveCount(0);
  await laptop.page.getByTestId('view-canvas').click();
  await writePrivately(laptop.page, 'Jobcenter');
  await writePrivately(laptop.page, 'Jugendamt');
  await writePrivately(phoneA.page, 'Jobcenter');
  await writePrivately(phoneA.page, 'Kita-Träger');
  await writePrivately(phoneB.page, 'Volkshochschule');
  for (const p of [phoneA.page, phoneB.page])
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Edit one's own card until the reveal.
  const kita = phoneA.page.getByTestId('my-card').filter({ hasText: 'Kita-Träger' });
  await kita.getByRole('button', { name: 'Bearbeiten' }).click();
  await phoneA.page.getByLabel('Text der Karte bearbeiten').fill('Kita-Träger Nord');
  await phoneA.page.getByRole('button', { name: 'Speichern' }).click();
  await expect(phoneA.page.getByTestId('my-card').filter({ hasText: 'Kita-Träger Nord' })).toBeVisible();

  // The moderator sees counts per person, the screen a total; nobody sees others' text.
  await expect(mod.getByTestId('query-count')).toHaveText('5 Karten geschrieben');
  await expect(mod.getByTestId('query-progress')).toContainText('Lea (Jobcenter): 2');
  await expect(mod.getByTestId('query-progress')).toContainText('Pavel (Jugendamt): 2');
  await expect(mod.getByTestId('query-progress')).toContainText('Petra (Caritas): 1');
  await expect(screen.getByTestId('written-count')).toHaveText('5 Karten geschrieben');
  for (const p of [mod, screen]) await expect(p.locator('body')).not.toContainText('Kita-Träger');
  await expect(laptop.page.locator('body')).not.toContainText('Kita-Träger');
  await expect(phoneB.page.locator('body')).not.toContainText('Jugendamt');
  await expect(laptop.page.getByTestId('query-progress')).toHaveCount(0);

  // The reveal is the moderation's next move: a few Tab presses from the top (skip links, header),
  // not a hundred through the board. Reveal: all cards at once, on the canvas and in every list.
  expect(await tabsTo(mod, 'Karten jetzt aufdecken')).toBeLessThanOrEqual(10);
  mod.once('dialog', (d) => d.accept());
  await mod.keyboard.press('Enter');
  await expect(mod.getByTestId('canvas-card')).toHaveCount(5);
  await expect(phoneA.page.getByTestId('write-panel')).toContainText('aufgedeckt');
  await laptop.page.getByTestId('view-dom').click();
  const column = (p: Page, name: string) => p.locator(`[data-testid="cluster-column"][data-cluster-name="${name}"]`);
  await expect(column(laptop.page, '').getByTestId('card')).toHaveCount(5);

  // Cluster, in the moderator's list view (keyboard-reachable controls) and by drag and drop.
  await mod.getByTestId('view-dom').click();
  const card = (text: string) =>
    mod.getByTestId('card').filter({ has: mod.getByTestId('card-text').getByText(text, { exact: true }) });
  await card('Jugendamt').getByRole('checkbox').check();
  await card('Kita-Träger Nord').getByRole('checkbox').check();
  await mod.getByLabel('Name des neuen Clusters').fill('Familie');
  await mod.getByRole('button', { name: 'Cluster aus Auswahl (2)' }).click();
  await expect(column(mod, 'Familie').getByTestId('card')).toHaveCount(2);
  await mod.getByLabel('Name des neuen Clusters').fill('Arbeit');
  await mod.getByRole('button', { name: 'Cluster anlegen' }).click();
  await mod.getByLabel('Name des neuen Clusters').fill('Bildung');
  await mod.getByRole('button', { name: 'Cluster anlegen' }).click();
  const jobcenters = card('Jobcenter');
  // A card's actions sit in its menu: the list shows text first.
  await (await openCardMenu(jobcenters.first())).getByLabel('In Cluster verschieben').selectOption({ label: 'Arbeit' });
  await expect(column(mod, 'Arbeit').getByTestId('card')).toHaveCount(1);
  // The second "Jobcenter" is a duplicate: stack it on the first — told apart from it by number and cluster.
  const second = column(mod, '')
    .getByTestId('card')
    .filter({ has: mod.getByTestId('card-text').getByText('Jobcenter', { exact: true }) });
  const stackOn = (await openCardMenu(second)).getByLabel('Als Dublette stapeln auf');
  const target = stackOn.locator('option', { hasText: /^#\d+ Jobcenter \(Arbeit\)$/ });
  await stackOn.selectOption((await target.getAttribute('value'))!);
  await expect(column(mod, 'Arbeit')).toContainText('1 Dublette');
  // Drag "Volkshochschule" into "Bildung" by its handle.
  await mouseDrag(mod, card('Volkshochschule').getByTestId('drag-handle'), column(mod, 'Bildung'));
  await expect(column(mod, 'Bildung').getByTestId('card')).toHaveCount(1);
  // Rename a cluster.
  await mod.getByLabel('Cluster umbenennen').nth(2).fill('Bildung & Sprache');
  await mod.getByLabel('Cluster umbenennen').nth(2).press('Enter');

  // Membership is domain data: the laptop's list and the moderator's canvas see it.
  await expect(column(laptop.page, 'Familie').getByTestId('card')).toHaveCount(2);
  await expect(column(laptop.page, 'Bildung & Sprache')).toContainText('Volkshochschule');
  await mod.getByTestId('view-canvas').click();
  await expect(mod.getByTestId('canvas-cluster')).toHaveCount(3);
  await expect(mod.getByTestId('canvas-cluster').filter({ hasText: 'Familie' })).toBeVisible();

  // The invitation list: review and export.
  const panel = mod.getByTestId('invitation-panel');
  await expect(panel).toBeVisible();
  const [md] = await Promise.all([
    mod.waitForEvent('download'),
    panel.getByRole('button', { name: 'Als Markdown herunterladen' }).click(),
  ]);
  const markdown = readFileSync(await md.path(), 'utf8');
  expect(markdown).toContain('# Einladungsliste');
  expect(markdown).toContain('## Arbeit\n\n- Jobcenter (2×)');
  expect(markdown).toContain('## Familie\n\n- Jugendamt\n- Kita-Träger Nord');
  expect(markdown).toContain('## Bildung & Sprache\n\n- Volkshochschule');
  const [csv] = await Promise.all([
    mod.waitForEvent('download'),
    panel.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8');
  // For German Excel on a double-click: a byte order mark and semicolons.
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).trim().split('\r\n');
  // clusters in the order they were created
  expect(lines).toEqual([
    'Cluster;Organisation;Nennungen',
    'Familie;Jugendamt;1',
    'Familie;Kita-Träger Nord;1',
    'Arbeit;Jobcenter;2',
    'Bildung & Sprache;Volkshochschule;1',
  ]);

  // On the canvas: drag a card into another cluster's box; membership follows.
  const jugendamt = mod.getByTestId('canvas-card').filter({ hasText: 'Jugendamt' });
  const arbeit = mod.getByTestId('canvas-cluster').filter({ hasText: 'Arbeit' });
  const from = (await jugendamt.boundingBox())!;
  const to = (await arbeit.boundingBox())!;
  await mod.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await mod.mouse.down();
  await mod.mouse.move(to.x + to.width * 0.75, to.y + to.height * 0.6, { steps: 12 });
  await mod.mouse.up();
  await expect(column(laptop.page, 'Arbeit').getByTestId('card')).toHaveCount(2);
  await expect(column(laptop.page, 'Familie').getByTestId('card')).toHaveCount(1);

  // Clustering is open to everyone while the query is revealed — by keyboard on the laptop's list …
  const laptopCard = (text: string) =>
    laptop.page
      .getByTestId('card')
      .filter({ has: laptop.page.getByTestId('card-text').getByText(text, { exact: true }) });
  await laptop.page.getByTestId('view-dom').click();
  await laptop.page.setViewportSize({ width: 1920, height: 1080 }); // the four columns side by side
  await keyboardDrag(
    laptop.page,
    laptopCard('Kita-Träger Nord').getByTestId('drag-handle'),
    'ArrowRight',
    'Spalte Bildung & Sprache',
  );
  await expect(column(laptop.page, 'Bildung & Sprache').getByTestId('card')).toHaveCount(2);
  await expect(column(laptop.page, 'Familie').getByTestId('card')).toHaveCount(0);
  // … and with a finger on a phone's board (the list, one column under the other).
  await phoneA.page.getByRole('link', { name: 'Zum Board' }).click();
  const phoneCard = phoneA.page
    .getByTestId('card')
    .filter({ has: phoneA.page.getByTestId('card-text').getByText('Volkshochschule', { exact: true }) });
  // (onto the column above, by its edge beside its cards: a card there would take it as a duplicate)
  await touchDrag(phoneA.page, phoneCard.getByTestId('drag-handle'), column(phoneA.page, 'Arbeit'), (box) => ({
    x: 5,
    y: box.height / 2,
  }));
  await expect(column(laptop.page, 'Arbeit').getByTestId('card')).toHaveCount(3);
  await expect(column(phoneA.page, 'Arbeit')).toContainText('Volkshochschule');
  const widths = await phoneA.page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], 'the phone list does not scroll sideways').toBeLessThanOrEqual(widths[1]!);
  await phoneA.page.screenshot({ path: `${shots}phone-list-view.png`, fullPage: true });
  await laptop.page.setViewportSize({ width: 1366, height: 768 });
  await laptop.page.screenshot({ path: `${shots}list-view-laptop.png` });
  expect(await axeViolations(laptop.page, '[data-testid="query-section"]')).toEqual([]);

  // After the reveal the screen shows the board, read-only.
  await expect(screen.getByTestId('canvas-cluster').filter({ hasText: 'Familie' })).toBeVisible();
  await expect(screen.getByLabel('Text der neuen Karte')).toHaveCount(0);

  // Phones never loaded tldraw; no page asked any other host.
  for (const r of phoneRequests) expect(r.urls.some((u) => u.includes('CanvasView'))).toBe(false);
  expect([...modRequests.foreign(), ...phoneRequests.flatMap((r) => r.foreign())]).toEqual([]);
  await Promise.all([modContext, laptop.context, phoneA.context, phoneB.context, screenContext].map((c) => c.close()));
});
