// Phones carry the conference: two phone participants (360 and 390 px) see
// what is asked of them now, without reloading or following a link — the
// running step, their organisation's row of the perspective grid as a form
// (the moderation's grid shows what they type), a dot vote and a consent
// round. Every phone state: no sideways scrolling, tap targets of 44 px,
// axe-core clean, and a screenshot at 390×844 in e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, createWorkshop, joinByCode, recordRequests } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;

/** The checks every phone surface passes, and its picture (from the 390 px phone). */
async function checkPhone(page: Page, name?: string) {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], 'no horizontal scrolling').toBeLessThanOrEqual(widths[1]!);
  const small = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll(
        '[data-testid="participant-view"] :is(button, select, summary, a, textarea, label.phone-mark)',
      ),
    )
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`),
  );
  expect(small, 'tap targets of at least 44 px').toEqual([]);
  expect(await axeViolations(page, '[data-testid="participant-view"]')).toEqual([]);
  if (name) await page.screenshot({ path: `${shots}phone-${name}.png`, fullPage: true });
}

test('phones follow the conference: step, grid row, dot vote, consent — without navigating', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  mkdirSync(shots, { recursive: true });
  const origin = new URL(baseURL!).origin;
  const mod = await (await browser.newContext({ viewport: { width: 1500, height: 950 } })).newPage();
  const code = await createWorkshop(mod, 'Netzwerk Südstadt');
  const small = await joinByCode(browser, code, 'Sami', 'Jugendamt', { phone: true });
  const big = await joinByCode(browser, code, 'Bea', 'Jobcenter', {
    phone: true,
    viewport: { width: 390, height: 844 },
  });
  const phones = [small.page, big.page];
  const requests = phones.map((p) => recordRequests(p.context(), origin));
  // Nothing asked yet: the card query's waiting text, as before.
  await expect(big.page.getByTestId('write-panel')).toContainText('noch keine Frage');
  await checkPhone(big.page, 'waiting');
  await checkPhone(small.page);

  // A case, and the conference starts: the phones show the step, folded questions, a cue.
  const panel = mod.getByTestId('conference-panel');
  await panel.getByText('Fall hinzufügen', { exact: true }).first().click();
  const form = panel.getByTestId('add-case-form');
  await form.getByLabel('Titel des Falls').fill('Familie S.');
  await form.getByRole('button', { name: 'Fall hinzufügen' }).click();
  await expect(panel.getByTestId('case-item').filter({ hasText: 'Familie S.' })).toBeVisible();
  await panel.getByRole('button', { name: 'Konferenz beginnen' }).click();
  for (const p of phones) {
    await expect(p.getByTestId('phone-step')).toContainText('Moderation für den Fall wählen');
    await expect(p.getByTestId('phone-step')).toContainText('Fall: Familie S.');
    await expect(p.getByTestId('phone-cue')).toContainText('Neu: Nächster Schritt');
  }
  await expect(big.page.getByText('Wer moderiert diesen Fall?')).toBeHidden();
  await big.page.getByText('Leitfrage anzeigen').click();
  await expect(big.page.getByText('Wer moderiert diesen Fall?')).toBeVisible();
  await checkPhone(big.page, 'step');
  await checkPhone(small.page);
  await big.page.getByRole('button', { name: 'Gesehen' }).click();
  await expect(big.page.getByTestId('phone-cue')).toHaveCount(0);

  // Step 5: each phone gets its organisation's row as a form and fills it.
  const jump = panel.getByLabel('Springen zu');
  const target = await jump.locator('option', { hasText: 'Perspektiven der Akteure' }).first().getAttribute('value');
  await jump.selectOption(target!);
  const answers: [Page, string, string][] = [
    [small.page, 'Jugendamt', 'Hilfen zur Erziehung nach § 27 SGB VIII'],
    [big.page, 'Jobcenter', 'Vermittlung in Arbeit, Leistungen nach SGB II'],
  ];
  for (const [p, org, text] of answers) {
    const grid = p.getByTestId('phone-grid');
    // The phone loads the form and syncs the board document first: allow a slow, shared machine.
    await expect(grid).toContainText(`Für ${org}`, { timeout: 30_000 });
    await expect(grid.getByTestId('phone-cell')).toHaveCount(7);
    await grid.getByLabel('Welche Rolle haben wir in diesem Fall?').fill(text);
  }
  await checkPhone(big.page, 'grid');
  await checkPhone(small.page);
  // The moderation's grid shows what the phones typed, each in its own row.
  const row = (org: string) => mod.getByTestId('grid-row').filter({ has: mod.locator(`th:has-text("${org}")`) });
  for (const [, org, text] of answers) await expect(row(org).getByTestId('grid-cell').first()).toHaveValue(text);
  await mod.setViewportSize({ width: 1920, height: 1080 });
  await mod.getByTestId('artefact-grid').screenshot({ path: `${shots}phone-moderator-grid-1920.png` });

  // Themes to vote on; the dot vote reaches the phones as it opens.
  await mod.getByTestId('tab-themes').click();
  // The form stays open after adding a theme.
  await mod.locator('summary', { hasText: 'Thema aus Planungsdaten hinzufügen' }).click();
  for (const [title, source] of [
    ['Kinderbetreuung in Randzeiten', 'Kita-Bedarfsplan'],
    ['Hohe Mietbelastung', 'Sozialbericht 2025'],
  ] as const) {
    await mod.getByLabel('Thema', { exact: true }).fill(title);
    await mod.getByLabel('Quelle (Bericht)').fill(source);
    await mod.getByLabel('Tabelle').fill('Tab. 1');
    await mod.getByLabel('Jahr').fill('2025');
    await mod.getByRole('button', { name: 'Thema aus Planungsdaten hinzufügen' }).click();
    await expect(mod.locator(`[data-testid="theme-card"][data-title="${title}"]`)).toBeVisible();
  }
  await mod.getByRole('button', { name: 'Punktabfrage starten' }).click();
  for (const p of phones) {
    await expect(p.getByTestId('phone-dots')).toContainText('Noch 3 Punkte zu vergeben');
    await expect(p.getByTestId('phone-cue')).toContainText('Neu: Abstimmung');
  }
  const add = (p: Page, title: string) => p.getByRole('button', { name: `Punkt geben: ${title}` });
  await add(big.page, 'Kinderbetreuung in Randzeiten').click();
  await add(big.page, 'Kinderbetreuung in Randzeiten').click();
  await add(big.page, 'Hohe Mietbelastung').click();
  await expect(add(big.page, 'Hohe Mietbelastung')).toBeDisabled();
  await big.page.getByRole('button', { name: 'Punkte abgeben' }).click();
  await expect(big.page.getByText('Ihre Punkte sind gespeichert.')).toBeVisible();
  await add(small.page, 'Hohe Mietbelastung').click();
  await small.page.getByRole('button', { name: 'Punkte abgeben' }).click();
  await expect(small.page.getByText('Ihre Punkte sind gespeichert.')).toBeVisible();
  await checkPhone(big.page, 'dots');
  await checkPhone(small.page);
  await expect(mod.getByTestId('dot-voting')).toContainText(/2 (Personen )?haben abgestimmt/);
  await mod.getByRole('button', { name: 'Punktabfrage beenden' }).click();
  await expect(
    mod.locator('[data-testid="theme-card"][data-title="Kinderbetreuung in Randzeiten"]').getByTestId('dots-result'),
  ).toHaveText('2 Punkte');
  // The round is closed: the phones are back at their grid row, with what they wrote.
  for (const [p, , text] of answers) await expect(p.getByTestId('phone-cell').first()).toHaveValue(text);

  // A consent round on a goal formulation reaches the phones the same way.
  await mod.getByTestId('tab-goals').click();
  await mod.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  const goal = (n: string) => mod.locator(`[data-testid="goal"][data-number="${n}"]`).first();
  await goal('').getByTestId('goal-text').first().fill('Familien in der Südstadt leben sicher und selbstbestimmt');
  await goal('').getByRole('button', { name: 'Rahmenziel hinzufügen' }).click();
  await goal('1').getByTestId('goal-text').first().fill('Eltern finden Betreuung, die zu ihrer Arbeit passt');
  await goal('1').getByRole('checkbox', { name: 'Zur Konsensrunde: 1', exact: true }).check();
  await mod.getByRole('button', { name: 'Konsensrunde starten (1)' }).click();
  for (const [p, mark] of [
    [big.page, 'Zustimmung'],
    [small.page, 'Einwand'],
  ] as const) {
    const item = p.getByTestId('phone-consent-item');
    await expect(item).toContainText('Eltern finden Betreuung, die zu ihrer Arbeit passt');
    await expect(p.getByTestId('phone-cue')).toContainText('Neu: Abstimmung');
    await item.getByLabel(mark).check();
    await expect(p.getByTestId('phone-consent')).toContainText('1 von 1 markiert');
  }
  await checkPhone(big.page, 'consent');
  // The same view on a laptop stays a narrow column.
  await big.page.setViewportSize({ width: 1366, height: 768 });
  await checkPhone(big.page, 'consent-1366');
  await big.page.setViewportSize({ width: 390, height: 844 });
  await checkPhone(small.page);
  await expect(mod.getByTestId('consent-open')).toContainText(/2 (Personen )?haben markiert/);
  await mod.getByRole('button', { name: 'Konsensrunde beenden' }).click();
  await expect(goal('1').getByTestId('consent-tally').first()).toContainText('grün 1 · blau 0 · rot 1');

  // The round is closed: back to the grid row. In English, the form speaks English (the same keys).
  await small.page.getByLabel('Sprache').selectOption('en');
  await expect(small.page.getByTestId('phone-grid')).toContainText('For Jugendamt');
  await expect(small.page.getByLabel('What is our role in this case?')).toHaveValue(answers[0]![2]);
  await checkPhone(small.page);

  // All of it on one page load: no navigation, no tldraw, nothing beyond the origin.
  for (const p of phones) expect(p.url()).toMatch(/\/w\/[^/]+\/me$/);
  for (const r of requests) {
    expect(r.urls.filter((u) => u.includes('CanvasView'))).toEqual([]);
    expect(r.foreign()).toEqual([]);
  }
  await Promise.all([mod.context(), small.context, big.context].map((c) => c.close()));
});
