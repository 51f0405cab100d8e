// The shared screen as a projector surface: before the start it shows how to
// join (a QR code that decodes to the join link), the moderation shows and
// hides that at will, during private writing the question, count and timer,
// after the reveal the revealed cards inside its viewport, in the conference
// the step large; never tldraw's watermark. Screenshots of every state go to
// e2e/screenshots/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, createWorkshop, joinByCode } from './helpers';

const shots = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(shots, { recursive: true });

const sizes = {
  '1920': { width: 1920, height: 1080 },
  '1366': { width: 1366, height: 768 },
  '390': { width: 390, height: 844 },
};

/** Screenshots of the screen in `state` at the projector's size (and, with `all`, the smaller ones). */
async function snap(screen: Page, state: string, all = false) {
  for (const [name, size] of Object.entries(sizes)) {
    if (!all && name !== '1920') continue;
    await screen.setViewportSize(size);
    await screen.screenshot({ path: join(shots, `screen-${state}-${name}.png`) });
  }
  await screen.setViewportSize(sizes['1920']);
}

/** What the room must read is inside the 1920×1080 viewport: nothing below the fold, nothing cut off. */
async function expectInViewport(el: Locator) {
  const box = (await el.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1920);
  expect(box.y + box.height).toBeLessThanOrEqual(1080);
}

/** axe-core finds nothing; no tldraw (watermark, license text); no controls. */
async function expectAccessibleAndLicenseFree(screen: Page) {
  expect(await axeViolations(screen)).toEqual([]);
  await expect(screen.getByRole('button')).toHaveCount(0);
  await expect(screen.locator('body')).not.toContainText(/license|tldraw/i);
  await expect(screen.locator('.tl-container, [class*="watermark"]')).toHaveCount(0);
}

test('the shared screen: join with QR, writing with timer, the revealed board in view', async ({
  browser,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const modContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Netzwerk Südstadt');
  const screenContext = await browser.newContext({ viewport: sizes['1920'] });
  const screen = await screenContext.newPage();
  await screen.goto(await mod.getByTestId('screen-link').inputValue());

  // 1. Before the start: the join code large, the address and a QR code of the join link.
  await expect(screen.getByTestId('screen-join')).toBeVisible();
  await expect(screen.getByRole('banner').getByText('Leinwand', { exact: true })).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Netzwerk Südstadt');
  await expect(screen.getByTestId('screen-join-code')).toHaveText(`${code.slice(0, 3)}-${code.slice(3)}`);
  await expect(screen.getByTestId('screen-join-link')).toContainText(`/join/${code}`);
  const png = PNG.sync.read(await screen.getByTestId('screen-qr').screenshot());
  const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(qr?.data).toBe(`${origin}/join/${code}`);
  for (const id of ['screen-join-code', 'screen-qr']) await expectInViewport(screen.getByTestId(id));
  expect(await screen.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1080);
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'join', true);

  // The moderation hides it (the board, still empty) and shows it again, live.
  const showJoin = mod.getByTestId('screen-show-join');
  await expect(showJoin).toBeChecked();
  // The moderation's switch sits in the invitation panel (accessible like the rest of it).
  expect(await axeViolations(mod, '.panel.invite')).toEqual([]);
  await mod.locator('.panel.invite').screenshot({ path: join(shots, 'moderator-invite-panel.png') });
  // The box shows what the screen shows: it changes when the server's answer comes back.
  const toggle = async (on: boolean) => {
    await showJoin.click();
    await expect(showJoin).toBeChecked({ checked: on });
  };
  await toggle(false);
  await expect(screen.getByTestId('screen-board')).toBeVisible();
  await expect(screen.getByTestId('screen-join')).toHaveCount(0);
  // Away from the join view, the header still says how to join.
  await expect(screen.getByTestId('screen-join-code')).toContainText(`${code.slice(0, 3)}-${code.slice(3)}`);
  await toggle(true);
  await expect(screen.getByTestId('screen-join')).toBeVisible();
  await toggle(false);
  await expect(screen.getByTestId('screen-join')).toHaveCount(0);

  // 2. Private writing: the question, the live count and the timer, large; never a card's text.
  const phone = await joinByCode(browser, code, 'Paula', 'Jugendamt', { phone: true });
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Wer fehlt noch am Tisch?');
  await mod.getByLabel('Zeit in Minuten (leer = ohne Uhr)').fill('10');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  await expect(screen.getByTestId('screen-writing')).toContainText('Wer fehlt noch am Tisch?');
  await expect(screen.getByTestId('query-timer')).toContainText(/\d+:\d\d/);
  const texts = [
    'Schuldnerberatung',
    'Wohnungsamt',
    'Kita-Träger Süd',
    'Migrationsberatung',
    'Familienbildungsstätte',
    'Quartiersmanagement',
    'Gesundheitsamt',
    'Ehrenamtliche Lernpaten',
    'Agentur für Arbeit',
    'Stadtteilbibliothek',
    'Sozialpsychiatrischer Dienst',
    'Tafel e. V.',
    'Frauenberatungsstelle',
    'Sportverein Südstadt',
  ];
  for (const text of texts) {
    await phone.page.getByLabel('Ihre Karte zu dieser Frage').fill(text);
    await phone.page.getByRole('button', { name: 'Karte notieren' }).click();
    await expect(phone.page.getByTestId('my-card').filter({ hasText: text })).toBeVisible();
  }
  await expect(screen.getByTestId('written-count')).toHaveText(`${texts.length} Karten geschrieben`);
  await expect(screen.locator('body')).not.toContainText('Wohnungsamt');
  for (const id of ['written-count', 'query-timer']) await expectInViewport(screen.getByTestId(id));
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'writing', true);

  // 3. After the reveal: the revealed cards, read-only, all inside the screen's viewport.
  mod.once('dialog', (d) => d.accept());
  await mod.getByRole('button', { name: 'Alle Karten aufdecken' }).click();
  const cards = screen.getByTestId('canvas-card');
  await expect(cards).toHaveCount(texts.length);
  // (long words carry soft hyphens on the screen: where the projector's browser has no dictionary it breaks there)
  const softly = (text: string) => new RegExp(text.split('').join('\u00ad?'));
  for (const text of texts) await expectInViewport(cards.filter({ hasText: softly(text) }));
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'revealed');

  // Clustering on the moderator's list shows on the screen at once; still everything in view.
  await mod.getByTestId('view-dom').click();
  const card = (text: string) =>
    mod.getByTestId('card').filter({ has: mod.getByTestId('card-text').getByText(text, { exact: true }) });
  await card('Schuldnerberatung').getByRole('checkbox').check();
  await card('Wohnungsamt').getByRole('checkbox').check();
  await mod.getByLabel('Name des neuen Clusters').fill('Existenzsicherung');
  await mod.getByRole('button', { name: 'Cluster aus Auswahl (2)' }).click();
  const cluster = screen.getByTestId('canvas-cluster').filter({ hasText: 'Existenzsicherung' });
  await expect(cluster).toBeVisible();
  await expectInViewport(cluster);
  for (const text of texts) await expectInViewport(cards.filter({ hasText: softly(text) }));
  await expect(screen.getByLabel('Text der neuen Karte')).toHaveCount(0);
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'clustered', true);

  // The moderation shows how to join mid-workshop (latecomers), and goes back to the board.
  await toggle(true);
  await expect(screen.getByTestId('screen-join')).toBeVisible();
  await toggle(false);
  await expect(cluster).toBeVisible();

  // 4. The conference: the step, its questions and its artefact, large.
  const panel = mod.getByTestId('conference-panel');
  await panel.getByText('Fall hinzufügen', { exact: true }).first().click();
  const form = panel.getByTestId('add-case-form');
  await form.getByLabel('Titel des Falls').fill('Familie S.');
  await form
    .getByLabel('Fallschilderung (pseudonymisiert)')
    .fill('S., 34 J., drei Kinder, Mietschulden seit einem Jahr.');
  await form.getByLabel('Fallgeber/in').selectOption({ label: 'Paula (Jugendamt)' });
  await form.getByRole('button', { name: 'Fall hinzufügen' }).click();
  await panel.getByRole('button', { name: 'Konferenz beginnen' }).click();
  await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', 'choose-moderation');
  // Every step kind on the screen: roles, narration, questions, the grid, the reconstruction, themes, goals.
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'step-roles');
  for (let i = 0; i < 2; i++) await panel.getByRole('button', { name: 'Weiter' }).click();
  await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', 'narration');
  await expect(screen.getByTestId('artefact-narration')).toContainText('S., 34 J., drei Kinder');
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'step-narration', true);

  // Each later step's artefact on the screen: the perspective grid, the reconstruction with its theme
  // store, Phase II's themes and Phase III's goal system (jumped to by the moderation's command).
  await panel.getByRole('button', { name: 'Weiter' }).click();
  await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', 'clarifying-questions');
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'step-questions');
  await panel.getByRole('button', { name: 'Weiter' }).click();
  await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', 'actor-perspectives');
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'step-grid');
  for (let i = 0; i < 3; i++) await panel.getByRole('button', { name: 'Weiter' }).click();
  await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', 'reconstruction');
  await expectAccessibleAndLicenseFree(screen);
  await snap(screen, 'step-reconstruction');
  // A dot vote over two themes from planning data: after it closes, the screen shows the themes
  // sorted by their dots, each with a bar.
  const dotVote = async () => {
    await mod.locator('summary', { hasText: 'Thema aus Planungsdaten hinzufügen' }).click();
    for (const title of ['Hohe Mietbelastung', 'Wenig Kita-Plätze']) {
      await mod.getByLabel('Thema', { exact: true }).fill(title);
      await mod.getByLabel('Quelle (Bericht)').fill('Sozialbericht 2025');
      await mod.getByRole('button', { name: 'Thema aus Planungsdaten hinzufügen' }).click();
      await expect(mod.locator(`[data-testid="theme-card"][data-title="${title}"]`)).toBeVisible();
    }
    await mod.getByRole('button', { name: 'Punktabfrage starten' }).click();
    const lars = await joinByCode(browser, code, 'Lars', 'Caritas');
    await lars.page.getByRole('button', { name: 'Punkt geben: Wenig Kita-Plätze' }).click();
    await lars.page.getByRole('button', { name: 'Punkt geben: Wenig Kita-Plätze' }).click();
    await lars.page.getByRole('button', { name: 'Punkt geben: Hohe Mietbelastung' }).click();
    await lars.page.getByRole('button', { name: 'Punkte abgeben' }).click();
    await expect(lars.page.getByText('Ihre Punkte sind gespeichert.')).toBeVisible();
    await expect(screen.getByTestId('screen-dot-results')).toHaveCount(0); // hidden until it closes
    await mod.getByRole('button', { name: 'Punktabfrage beenden' }).click();
    const results = screen.getByTestId('screen-dot-result');
    await expect(results).toHaveText(['Wenig Kita-Plätze2 Punkte', 'Hohe Mietbelastung1 Punkt']);
    await expectAccessibleAndLicenseFree(screen);
    await snap(screen, 'dot-results', true);
    await lars.context.close();
  };
  const modLink = await mod.getByTestId('moderator-link').inputValue();
  const [, workshopId, token] = /\/w\/([^/#]+)#k=(.+)$/.exec(modLink)!;
  for (const stepId of ['cross-case-themes', 'goal-system']) {
    const res = await mod.request.post(`${origin}/api/workshops/${workshopId}/conference/step`, {
      headers: { authorization: `Bearer ${token}` },
      data: { stepId, caseId: null },
    });
    expect(res.status()).toBe(200);
    await expect(screen.getByTestId('step-banner')).toHaveAttribute('data-step', stepId);
    if (stepId === 'goal-system') {
      // The goal system's own workspace takes the screen; the vote's results stay with the themes.
      await expect(screen.getByTestId('screen-dot-results')).toHaveCount(0);
    }
    await expectAccessibleAndLicenseFree(screen);
    await snap(screen, `step-${stepId}`);
    if (stepId === 'cross-case-themes') await dotVote();
  }

  await Promise.all([modContext.close(), screenContext.close(), phone.context.close()]);
});
