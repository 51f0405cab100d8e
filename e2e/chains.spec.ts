// Service chains in the browser: the moderation (laptop) and a participant on
// a 390 px phone build the method's example chain at once in the structured
// editor; the diagram shows it for both and, put there by the moderation, on
// the shared screen; an activity of the goal system is placed into a lane and
// the goal system shows the link; the SVG export and the printable page.
// Screenshots at 1920, 1366 and 390 px; axe-core on the surfaces touched.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, snapAllSizes, createWorkshop, joinByCode } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
test.use({ actionTimeout: 15_000 });

const snap = (page: Page, name: string) => snapAllSizes(page, shots, name);

const node = (page: Page, text: string): Locator => page.locator(`[data-testid="chain-node"][data-text="${text}"]`);
const lane = (page: Page, org: string) => page.locator(`[data-testid="chain-lane"][data-org="${org}"]`);

async function addLane(page: Page, org: string) {
  await page.getByTestId('lane-org').fill(org);
  await page.getByTestId('add-lane').click();
  await expect(lane(page, org)).toBeVisible();
}

async function addNode(page: Page, org: string, kind: string, text: string) {
  const l = lane(page, org);
  await l.getByLabel(`Art des neuen Elements in „${org}“`).selectOption({ label: kind });
  await l.getByTestId('new-node-text').fill(text);
  await l.getByTestId('add-node').click();
  await expect(node(page, text)).toBeVisible();
}

async function connect(page: Page, from: string, to: RegExp) {
  const n = node(page, from);
  const select = n.getByLabel(/^Nächstes Element nach/);
  await expect(async () => {
    const options = await select.locator('option').allTextContents();
    expect(options.some((o) => to.test(o))).toBe(true);
  }).toPass({ timeout: 10_000 });
  const label = (await select.locator('option').allTextContents()).find((o) => to.test(o))!;
  await select.selectOption({ label });
  await n.getByTestId('chain-connect').click();
  await expect(n.getByTestId('chain-edge').filter({ hasText: label.replace(/ \(.*\)$/, '') })).toBeVisible();
}

test('two people build a service chain at once; diagram, screen, goal-system link, exports', async ({ browser }) => {
  test.setTimeout(180_000);
  mkdirSync(shots, { recursive: true });
  const mod = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const code = await createWorkshop(mod, 'AG Arbeit');
  // An activity in the goal system, to place into the chain later.
  await mod.getByTestId('tab-goals').click();
  await mod.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  const goal = (n: string) => mod.locator(`[data-testid="goal"][data-number="${n}"]`).first();
  await goal('').getByTestId('goal-text').first().fill('Mütter mit kleinen Kindern finden Arbeit');
  await goal('').getByRole('button', { name: 'Rahmenziel hinzufügen' }).click();
  await goal('1').getByTestId('goal-text').first().fill('Betreuung und Arbeit passen zusammen');
  await goal('1').getByRole('button', { name: 'Ergebnisziel hinzufügen' }).first().click();
  await goal('1.1').getByTestId('goal-text').first().fill('Jedes Kind hat einen Kita-Platz');
  await goal('1.1').getByRole('button', { name: 'Aktivität hinzufügen' }).first().click();
  await goal('1.1.1').getByTestId('goal-text').first().fill('Kita-Platz vermitteln');

  await mod.getByTestId('tab-chains').click();
  await mod.getByTestId('chain-title').fill('Junge Mutter mit Vorschulkind');
  await mod.getByTestId('create-chain').click();
  await expect(mod.getByTestId('chain')).toBeVisible();
  // The participant joins on a 390 px phone and opens the chains on the board page.
  const pia = await joinByCode(browser, code, 'Pia', 'Jobcenter', {
    phone: true,
    viewport: { width: 390, height: 844 },
  });
  await pia.page.getByRole('link', { name: 'Zum Board' }).click();
  await pia.page.getByTestId('tab-chains').click();
  await expect(pia.page.getByTestId('chain')).toBeVisible();

  // At once: the moderation adds three lanes and their elements, Pia two lanes and theirs.
  await Promise.all([
    (async () => {
      for (const org of ['Jugendmigrationsdienst', 'Jugendamt', 'Sprachkursträger']) await addLane(mod, org);
      await addNode(mod, 'Jugendmigrationsdienst', 'Start', 'Mutter meldet sich');
      await addNode(mod, 'Jugendmigrationsdienst', 'Schritt', 'Erstgespräch und Einschätzung');
      await addNode(mod, 'Jugendmigrationsdienst', 'Übergabe', 'Übergabe mit Hilfeplan');
      await addNode(mod, 'Sprachkursträger', 'Schritt', 'Integrationskurs mit Kinderbetreuung');
      await addNode(mod, 'Sprachkursträger', 'Ende', 'Mutter ist in Arbeit');
    })(),
    (async () => {
      for (const org of ['Jobcenter', 'Beratungsstelle']) await addLane(pia.page, org);
      await addNode(pia.page, 'Jobcenter', 'Schritt', 'Profiling');
      await addNode(pia.page, 'Jobcenter', 'Entscheidung', 'Therapiebedarf?');
      await addNode(pia.page, 'Beratungsstelle', 'Schritt', 'Therapie');
      await addNode(pia.page, 'Jobcenter', 'Schritt', 'Eingliederungsvereinbarung');
    })(),
  ]);
  // The goal system's activity goes into the youth office's lane as a linked step.
  const activity = mod.getByTestId('chain-activity').filter({ hasText: 'Kita-Platz vermitteln' });
  await activity.getByLabel('Spur für „Kita-Platz vermitteln“').selectOption({ label: 'Jugendamt' });
  await activity.getByRole('button', { name: 'Platzieren' }).click();
  await expect(node(mod, 'Kita-Platz vermitteln')).toContainText('dient: Jedes Kind hat einen Kita-Platz');
  // Connections, chosen from menus, by both.
  await connect(mod, 'Mutter meldet sich', /^Erstgespräch/);
  await connect(mod, 'Erstgespräch und Einschätzung', /^Übergabe mit Hilfeplan/);
  await connect(mod, 'Übergabe mit Hilfeplan', /^Profiling/);
  await connect(mod, 'Übergabe mit Hilfeplan', /^Kita-Platz/);
  await connect(pia.page, 'Profiling', /^Therapiebedarf/);
  await connect(pia.page, 'Therapiebedarf?', /^Therapie \(/);
  await connect(pia.page, 'Therapiebedarf?', /^Eingliederungsvereinbarung/);
  await connect(pia.page, 'Therapie', /^Eingliederungsvereinbarung/);
  await connect(pia.page, 'Eingliederungsvereinbarung', /^Integrationskurs/);
  await connect(mod, 'Kita-Platz vermitteln', /^Integrationskurs/);
  await connect(mod, 'Integrationskurs mit Kinderbetreuung', /^Mutter ist in Arbeit/);
  await node(pia.page, 'Therapiebedarf?').getByLabel('Bezeichnung der Verbindung nach „Therapie“').fill('ja');
  await node(pia.page, 'Therapiebedarf?').getByLabel('Bezeichnung der Verbindung nach „Therapie“').blur();
  // (the box follows the document: checked once the server applied the change)
  await node(mod, 'Kita-Platz vermitteln')
    .getByLabel(/ist verzahnt/)
    .click();
  await expect(node(mod, 'Kita-Platz vermitteln').getByLabel(/ist verzahnt/)).toBeChecked();

  // The diagram shows the whole chain for both, and the chain is complete.
  for (const page of [mod, pia.page]) {
    await expect(page.getByTestId('chain-problems')).toHaveAttribute('data-ok', 'true');
    const svg = page.getByTestId('chain-diagram').locator('svg');
    await expect(svg).toContainText('Therapiebedarf?');
    await expect(svg).toContainText('Kita-Platz vermitteln');
    await expect(svg).toContainText('Mutter ist in Arbeit');
    await expect(svg).toContainText('Beratungsstelle');
  }
  expect(await axeViolations(mod, '[data-testid="chains"]')).toEqual([]);
  expect(await axeViolations(pia.page, '[data-testid="chains"]')).toEqual([]);
  await snap(mod, 'chains-workshop');
  await snap(pia.page, 'chains-phone');

  // The goal system shows which chain carries out the activity.
  await mod.getByTestId('tab-goals').click();
  await expect(goal('1.1.1').getByTestId('goal-chains')).toHaveText(
    'In Dienstleistungsketten: Junge Mutter mit Vorschulkind',
  );
  await mod.getByTestId('tab-chains').click();

  // On the shared screen, put there by the moderation.
  const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await screen.goto(await mod.getByTestId('screen-link').inputValue());
  await mod.getByTestId('chain-screen').click();
  await expect(screen.getByTestId('chains-screen').locator('svg')).toContainText('Eingliederungsvereinbarung');
  expect(await axeViolations(screen)).toEqual([]);
  await snap(screen, 'chains-screen');

  // Exports: SVG (a standalone drawing with every element), the printable page (diagram and tables).
  const [download] = await Promise.all([mod.waitForEvent('download'), mod.getByTestId('export-svg').click()]);
  const svgFile = readFileSync((await download.path())!, 'utf8');
  expect(svgFile).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const text of ['Mutter meldet sich', 'Profiling', 'Therapie', 'Integrationskurs'])
    expect(svgFile).toContain(text);
  writeFileSync(`${shots}chain-export.svg`, svgFile);
  const [printPage] = await Promise.all([mod.waitForEvent('popup'), mod.getByTestId('export-print').click()]);
  await expect(printPage.locator('h1')).toContainText('Junge Mutter mit Vorschulkind');
  await expect(printPage.locator('svg')).toContainText('Eingliederungsvereinbarung');
  await expect(printPage.locator('table').first()).toContainText('Jugendamt');
  await printPage.screenshot({ path: `${shots}chains-print.png`, fullPage: true });
  // The result protocol draws the chain (inline SVG on its printable page).
  await mod.getByTestId('tab-protocol').click();
  await expect(mod.getByTestId('protocol-chains').locator('svg')).toContainText('Kita-Platz vermitteln');
  await screen.context().close();
  await pia.context.close();
});
