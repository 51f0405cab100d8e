// Every surface of the workshop page, checked with axe-core (WCAG 2.1 A/AA,
// colour contrast included) and photographed at 1920×1080, 1366×768 and
// 390×844 into e2e/screenshots/surface-*.png: the lobby, the join page, the
// board as canvas and as list, the step view, themes, the goal tree and the
// planning matrix, the protocol. (Phones, the shared screen in each step kind
// and the history are checked in their own specs.) tldraw's own canvas
// internals are left out of the canvas check: that is tldraw's markup, ours is
// everything around it (controls, panels).
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, createWorkshop } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
const sizes = [
  [1920, 1080],
  [1366, 768],
  [390, 844],
] as const;

/** axe on the page (or a part), then a picture at each size; back to the first size. */
async function surface(page: Page, name: string, selector?: Parameters<typeof axeViolations>[1]) {
  expect(await axeViolations(page, selector), `axe: ${name}`).toEqual([]);
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${shots}surface-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

test('every surface: axe-core clean, pictured at three sizes', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(shots, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByLabel('Name des Workshops')).toBeVisible();
  await surface(page, 'lobby');

  const code = await createWorkshop(page, 'Netzwerk Barrierefrei');
  // The join page, as a participant's phone opens it from the code.
  const guest = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await guest.goto(`/join/${code}`);
  await expect(guest.getByLabel('Ihr Name')).toBeVisible();
  await surface(guest, 'join');
  await guest.context().close();

  // The board: canvas (our controls and panels; tldraw's canvas markup excluded) and list.
  await expect(page.getByTestId('canvas-nav')).toBeVisible();
  expect(await axeViolations(page, { include: ['#root'], exclude: ['.tl-container'] })).toEqual([]);
  await surface(page, 'board-canvas', '.board-side');
  await page.getByTestId('view-dom').click();
  await page.getByLabel('Text der neuen Karte').fill('Schuldnerberatung');
  await page.getByRole('button', { name: 'Karte hinzufügen' }).click();
  await surface(page, 'board-list');

  // The step view: a case, the conference started.
  const panel = page.getByTestId('conference-panel');
  await panel.getByText('Fall hinzufügen', { exact: true }).first().click();
  await panel.getByTestId('add-case-form').getByLabel('Titel des Falls').fill('Familie T.');
  await panel.getByTestId('add-case-form').getByRole('button', { name: 'Fall hinzufügen' }).click();
  await page.getByTestId('main-action').click(); // "Konferenz jetzt beginnen"
  await expect(page.getByTestId('step-banner')).toHaveAttribute('data-step', 'choose-moderation');
  await surface(page, 'step-view');

  await page.getByTestId('tab-themes').click();
  await expect(page.getByTestId('themes-workspace')).toBeVisible();
  await surface(page, 'themes');

  await page.getByTestId('tab-goals').click();
  await page.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  await page.getByTestId('goal-text').first().fill('Familien finden Unterstützung aus einer Hand');
  await surface(page, 'goals-tree');
  await page.getByTestId('goals-matrix').click();
  await surface(page, 'goals-matrix');

  await page.getByTestId('tab-protocol').click();
  await expect(page.getByTestId('protocol')).toBeVisible();
  await surface(page, 'protocol');
  await context.close();
});
