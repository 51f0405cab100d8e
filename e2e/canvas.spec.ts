// A canvas the moderation drives without help: after a reveal every card is
// in view; the navigation controls and their shortcuts; a cluster made from
// a selection appears in view beside it and the selection clears; renaming it
// takes the keyboard at once (Enter keeps, Escape drops).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, createWorkshop } from './helpers';

async function inside(page: Page, items: Locator, what: string) {
  const host = (await page.getByTestId('board-canvas').boundingBox())!;
  for (const box of await Promise.all((await items.all()).map((l) => l.boundingBox()))) {
    expect(box, what).not.toBeNull();
    expect(box!.x, what).toBeGreaterThanOrEqual(host.x - 1);
    expect(box!.y, what).toBeGreaterThanOrEqual(host.y - 1);
    expect(box!.x + box!.width, what).toBeLessThanOrEqual(host.x + host.width + 1);
    expect(box!.y + box!.height, what).toBeLessThanOrEqual(host.y + host.height + 1);
  }
}

test('after a reveal the cards are in view; a new cluster lands in view; rename by keyboard', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const mod = await context.newPage();
  const code = await createWorkshop(mod, 'Zeichenfläche Nordstadt');
  // Cards written privately by three people (through the API, as their phones would).
  const api = async (path: string, body: unknown, token?: string) =>
    (
      await fetch(`${baseURL}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json() as Promise<Record<string, unknown>>;
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Wer fehlt noch?');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  await expect(mod.getByTestId('active-query')).toContainText('Wer fehlt noch?');
  const workshopId = new URL(mod.url()).pathname.split('/')[2]!;
  const texts = ['Jugendmigrationsdienst', 'Schuldnerberatung', 'Kita', 'Familienzentrum', 'Tafel', 'Jobcenter'];
  const people = await Promise.all(
    ['Ada', 'Bo', 'Cem'].map(
      async (name) => (await api('/api/join', { code, name, organisation: name, level: 'operative' })).token as string,
    ),
  );
  const queryId = await mod.getByTestId('active-query').getAttribute('data-query-id');
  for (const [i, text] of texts.entries()) {
    await api(`/api/workshops/${workshopId}/queries/${queryId}/cards`, { text }, people[i % 3]);
  }
  // The moderation had moved far away from the query area before revealing.
  await mod.getByTestId('canvas-nav').getByRole('button', { name: 'Verkleinern' }).click();
  mod.once('dialog', (d) => d.accept());
  await mod.getByRole('button', { name: 'Alle Karten aufdecken' }).click();
  await expect(mod.getByTestId('canvas-card')).toHaveCount(6);
  await expect
    .poll(async () => {
      try {
        await inside(mod, mod.getByTestId('canvas-card'), 'revealed card');
        return true;
      } catch {
        return false;
      }
    })
    .toBe(true);

  // Controls: zoom changes the shown level; the shortcuts are listed.
  const level = mod.getByTestId('canvas-nav').locator('.zoom-level');
  const before = await level.innerText();
  await mod.getByTestId('canvas-nav').getByRole('button', { name: 'Vergrößern' }).click();
  await expect(level).not.toHaveText(before);
  await mod.getByTestId('canvas-nav').getByText('Tastenkürzel').click();
  await expect(mod.getByTestId('canvas-nav')).toContainText('Shift + 1');
  await mod.getByTestId('canvas-nav').getByText('Tastenkürzel').click(); // closed again
  await mod.getByTestId('canvas-fit').click();
  expect(await axeViolations(mod, '[data-testid="canvas-nav"]')).toEqual([]);

  // A cluster from two selected cards: in view, beside them; the selection is cleared.
  // (tldraw's shapes take no pointer events themselves: click where they are drawn.)
  const clickOn = async (item: Locator, shift = false) => {
    const b = (await item.boundingBox())!;
    if (shift) await mod.keyboard.down('Shift');
    await mod.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    if (shift) await mod.keyboard.up('Shift');
  };
  await clickOn(mod.getByTestId('canvas-card').filter({ hasText: 'Kita' }));
  await clickOn(mod.getByTestId('canvas-card').filter({ hasText: 'Familienzentrum' }), true);
  await expect(mod.getByTestId('cluster-from-selection')).toContainText('(2)');
  await mod.getByTestId('cluster-from-selection').click();
  await expect(mod.getByTestId('canvas-cluster')).toHaveCount(1);
  await expect(mod.getByTestId('cluster-from-selection')).toBeDisabled(); // nothing selected any more
  await expect
    .poll(async () => {
      try {
        await inside(mod, mod.getByTestId('canvas-cluster'), 'new cluster');
        return true;
      } catch {
        return false;
      }
    })
    .toBe(true);

  // Rename by keyboard: with the cluster selected, "Cluster umbenennen" opens its name focused; Enter keeps, Escape drops.
  const clusterBox = async () => (await mod.getByTestId('canvas-cluster').boundingBox())!;
  await mod.waitForTimeout(500); // the view's move to show the new cluster (200 ms) has ended
  await mod.mouse.click((await clusterBox()).x + 1, (await clusterBox()).y + 60); // its border: the box lets clicks through to its cards
  await expect(mod.getByLabel('Farbe des Clusters')).toBeVisible(); // the cluster is selected
  await mod.getByTestId('cluster-rename').focus();
  await mod.keyboard.press('Enter');
  const field = mod.getByTestId('canvas-cluster-editor');
  await expect(field).toBeFocused();
  await mod.keyboard.type('Familie');
  await mod.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(mod.getByTestId('canvas-cluster')).toContainText('Familie');
  await mod.mouse.click((await clusterBox()).x + 1, (await clusterBox()).y + 60); // its border: the box lets clicks through to its cards
  await mod.getByTestId('cluster-rename').focus();
  await mod.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await mod.keyboard.type('Verworfen');
  await mod.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(mod.getByTestId('canvas-cluster')).toContainText('Familie');
  await context.close();
});
