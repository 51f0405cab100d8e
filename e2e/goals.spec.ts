// Clusters → themes → goal system acceptance: from a revealed, clustered
// card query, promote two clusters to themes of two cases, merge them into a
// cross-case theme, vote it into the generative themes, build a goal system
// (one overall goal, two framework goals, three result goals, activities
// with organisations), trace a goal's provenance, run a consent round with
// two participants, and download the planning matrix.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkshop, joinByCode, keyboardDrag, recordRequests } from './helpers';

async function writePrivately(page: Page, text: string) {
  await page.getByLabel('Ihre Karte zu dieser Frage').fill(text);
  await page.getByRole('button', { name: 'Karte notieren' }).click();
  await expect(page.getByTestId('my-card').filter({ hasText: text })).toBeVisible();
}

test('clusters → themes → generative themes → goal system → consent → planning matrix', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const modContext = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const requests = recordRequests(modContext, new URL(baseURL!).origin);
  const mod = await modContext.newPage();
  const code = await createWorkshop(mod, 'Netzwerk Vereinbarkeit');
  const lea = await joinByCode(browser, code, 'Lea', 'Jobcenter');
  const pavel = await joinByCode(browser, code, 'Pavel', 'Jugendamt');

  // Two cases (their theme stores receive the themes).
  const panel = mod.getByTestId('conference-panel');
  await panel.getByText('Fall hinzufügen', { exact: true }).first().click();
  for (const title of ['Fall A', 'Fall B']) {
    const form = panel.getByTestId('add-case-form');
    await form.getByLabel('Titel des Falls').fill(title);
    await form.getByRole('button', { name: 'Fall hinzufügen' }).click();
    await expect(panel.getByTestId('case-item').filter({ hasText: title })).toBeVisible();
  }

  // A revealed, clustered card query.
  await mod.getByText('Neue Kartenabfrage').click();
  await mod.getByLabel('Frage', { exact: true }).fill('Was erschwert den Alltag?');
  await mod.getByRole('button', { name: 'Abfrage starten' }).click();
  await writePrivately(lea.page, 'Kita schließt um 15 Uhr');
  await writePrivately(pavel.page, 'Keine Randzeitenbetreuung');
  await writePrivately(pavel.page, 'Mieten steigen');
  mod.once('dialog', (d) => d.accept());
  await mod.getByRole('button', { name: 'Alle Karten aufdecken' }).click();
  await mod.getByTestId('view-dom').click();
  const card = (text: string) =>
    mod.getByTestId('card').filter({ has: mod.getByTestId('card-text').getByText(text, { exact: true }) });
  for (const [name, texts] of [
    ['Betreuung', ['Kita schließt um 15 Uhr', 'Keine Randzeitenbetreuung']],
    ['Wohnen', ['Mieten steigen']],
  ] as const) {
    for (const text of texts) await card(text).getByRole('checkbox').check();
    await mod.getByLabel('Name des neuen Clusters').fill(name);
    await mod.getByRole('button', { name: /Cluster aus Auswahl/ }).click();
  }

  // Themes: promote both clusters into the two cases' stores, merge them across the cases.
  await mod.getByTestId('tab-themes').click();
  const promote = (name: string) => mod.locator(`[data-testid="promote-cluster"][data-cluster-name="${name}"]`);
  await promote('Betreuung').getByLabel('In den Themenspeicher von').selectOption({ label: 'Fall A' });
  await promote('Betreuung').getByRole('button', { name: 'Als Thema übernehmen' }).click();
  await promote('Wohnen').getByLabel('In den Themenspeicher von').selectOption({ label: 'Fall B' });
  await promote('Wohnen').getByRole('button', { name: 'Als Thema übernehmen' }).click();
  await mod.getByLabel('Für Zusammenführung auswählen: Betreuung').check();
  await mod.getByLabel('Für Zusammenführung auswählen: Wohnen').check();
  await mod.getByLabel('Titel des fallübergreifenden Themas').fill('Vereinbarkeit von Familie und Alltag');
  await mod.getByRole('button', { name: /Zu fallübergreifendem Thema zusammenführen/ }).click();
  const cross = mod.locator('[data-testid="theme-card"][data-title="Vereinbarkeit von Familie und Alltag"]');
  await expect(cross).toContainText('aus: Fall A, Fall B');
  await cross.getByLabel('Organisation: Vereinbarkeit von Familie und Alltag').fill('Wohnungsamt');
  await cross.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(cross).toContainText('Wohnungsamt');
  // A theme from planning data.
  await mod.locator('summary', { hasText: 'Thema aus Planungsdaten hinzufügen' }).click();
  await mod.getByLabel('Thema', { exact: true }).fill('Hohe Mietbelastung');
  await mod.getByLabel('Quelle (Bericht)').fill('Sozialbericht 2025');
  await mod.getByLabel('Tabelle').fill('Tab. 4.2');
  await mod.getByLabel('Jahr').fill('2025');
  await mod.getByRole('button', { name: 'Thema aus Planungsdaten hinzufügen' }).click();

  // Dot voting, hidden until closed.
  await mod.getByRole('button', { name: 'Punktabfrage starten' }).click();
  for (const [p, dots] of [
    [lea.page, [2, 1]],
    [pavel.page, [3, 0]],
  ] as const) {
    await p.getByTestId('tab-themes').click();
    for (let i = 0; i < dots[0]; i++)
      await p.getByRole('button', { name: 'Punkt geben: Vereinbarkeit von Familie und Alltag' }).click();
    for (let i = 0; i < dots[1]; i++) await p.getByRole('button', { name: 'Punkt geben: Hohe Mietbelastung' }).click();
    await p.getByRole('button', { name: 'Punkte abgeben' }).click();
    await expect(p.getByText('Ihre Punkte sind gespeichert.')).toBeVisible();
  }
  await expect(mod.getByTestId('dot-voting')).toContainText('2 Personen haben abgestimmt');
  await expect(lea.page.getByTestId('dots-result')).toHaveCount(0);
  await mod.getByRole('button', { name: 'Punktabfrage beenden' }).click();
  await expect(
    lea.page
      .locator('[data-testid="theme-card"][data-title="Vereinbarkeit von Familie und Alltag"]')
      .getByTestId('dots-result'),
  ).toHaveText('5 Punkte');
  await cross.getByLabel('Generatives Thema').check();

  // The goal system: one overall goal, two framework goals, three result goals, activities.
  await mod.getByTestId('tab-goals').click();
  await mod.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  const goal = (n: string) => mod.locator(`[data-testid="goal"][data-number="${n}"]`).first();
  await goal('').getByTestId('goal-text').first().fill('Alleinerziehende gestalten Familie und Beruf selbstbestimmt');
  await goal('')
    .getByLabel('Rahmenziel hinzufügen: aus generativem Thema')
    .selectOption({ label: 'aus generativem Thema: Vereinbarkeit von Familie und Alltag' });
  await goal('').getByRole('button', { name: 'Rahmenziel hinzufügen' }).click();
  await expect(goal('1').getByTestId('goal-text').first()).toHaveValue('Vereinbarkeit von Familie und Alltag');
  await goal('1').getByTestId('goal-text').first().fill('Familie und Arbeit sind vereinbar');
  await goal('').getByRole('button', { name: 'Rahmenziel hinzufügen' }).click();
  await goal('2').getByTestId('goal-text').first().fill('Familien wohnen bezahlbar');
  await goal('1').getByRole('button', { name: 'Ergebnisziel hinzufügen' }).first().click();
  await goal('1.1')
    .getByTestId('goal-text')
    .first()
    .fill('Jedes Kind unter 6 hat einen Betreuungsplatz mit Randzeiten');
  await goal('1').getByRole('button', { name: 'Ergebnisziel hinzufügen' }).first().click();
  await goal('1.2').getByTestId('goal-text').first().fill('Arbeitgeber bieten familienfreundliche Arbeitszeiten an');
  await goal('2').getByRole('button', { name: 'Ergebnisziel hinzufügen' }).first().click();
  await goal('2.1').getByTestId('goal-text').first().fill('Wohnkosten liegen unter 30 % des Einkommens');
  await goal('1.1').getByRole('button', { name: 'Aktivität hinzufügen' }).first().click();
  await goal('1.1.1').getByTestId('goal-text').first().fill('Randzeitenbedarf erheben');
  await expect(goal('1.1.1')).toContainText('Aktivität ohne verantwortliche Organisation'); // a hint, not a block
  await goal('1.1.1').getByLabel('Akteure, durch Komma getrennt 1.1.1').fill('Jugendamt, Kita-Träger');
  await goal('1.1.1').getByLabel('Akteure, durch Komma getrennt 1.1.1').press('Enter');
  await expect(goal('1.1.1')).not.toContainText('Aktivität ohne verantwortliche Organisation');
  await expect(goal('1.2')).toContainText('Ergebnisziel ohne Aktivitäten');

  // The matrix and the tree edit the same data at the same time.
  await lea.page.getByTestId('tab-goals').click();
  await lea.page.getByTestId('goals-matrix').click();
  await lea.page.getByLabel('Indikatoren 1.1', { exact: true }).fill('100 % bis Ende 2027');
  await goal('1.1').getByText('Indikatoren, Quellen, Annahmen').click();
  await expect(goal('1.1').getByLabel('Indikatoren (Qualität, Menge, Zeit) 1.1')).toHaveValue('100 % bis Ende 2027');
  // Reorder and undo.
  await goal('2').getByRole('button', { name: 'Nach oben: 2', exact: true }).click();
  await expect(goal('1').getByTestId('goal-text').first()).toHaveValue('Familien wohnen bezahlbar');
  await mod.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(goal('1').getByTestId('goal-text').first()).toHaveValue('Familie und Arbeit sind vereinbar');
  // Re-parent by drag and drop with the keyboard (handle, Space, arrows, Space), then undo it.
  await keyboardDrag(mod, goal('1.2').getByTestId('drag-handle').first(), 'ArrowDown', 'über 2 Rahmenziel');
  await expect(goal('2.2').getByTestId('goal-text').first()).toHaveValue(
    'Arbeitgeber bieten familienfreundliche Arbeitszeiten an',
  );
  await mod.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(goal('1.2').getByTestId('goal-text').first()).toHaveValue(
    'Arbeitgeber bieten familienfreundliche Arbeitszeiten an',
  );

  // Provenance: one click from a result goal back to themes, clusters, cards and cases.
  await goal('1.1').getByRole('button', { name: 'Herkunft' }).first().click();
  const trail = mod.getByTestId('trail');
  await expect(trail).toContainText('Vereinbarkeit von Familie und Alltag ← Betreuung ← Wohnen');
  await expect(trail).toContainText('Kita schließt um 15 Uhr');
  await expect(trail).toContainText('Fall A, Fall B');
  await trail.getByRole('button', { name: 'Abbrechen' }).click();

  // Consent round on two formulations, with two participants.
  await goal('1').getByRole('checkbox', { name: 'Zur Konsensrunde: 1', exact: true }).check();
  await goal('1.1').getByRole('checkbox', { name: 'Zur Konsensrunde: 1.1', exact: true }).check();
  await mod.getByRole('button', { name: 'Konsensrunde starten (2)' }).click();
  await lea.page.getByTestId('goals-tree').click();
  for (const [p, marks] of [
    [lea.page, ['Zustimmung', 'Zustimmung']],
    [pavel.page, ['Zustimmung', 'Einwand']],
  ] as const) {
    await p.getByTestId('tab-goals').click();
    const g = (n: string) => p.locator(`[data-testid="goal"][data-number="${n}"]`).first();
    await g('1').getByTestId('consent-marks').first().getByLabel(marks[0]).check();
    await g('1.1').getByTestId('consent-marks').first().getByLabel(marks[1]).check();
  }
  await expect(mod.getByTestId('consent-open')).toContainText('2 Personen haben markiert');
  await mod.getByRole('button', { name: 'Konsensrunde beenden' }).click();
  const leaGoal = (n: string) => lea.page.locator(`[data-testid="goal"][data-number="${n}"]`).first();
  await expect(leaGoal('1').getByTestId('consent-tally').first()).toContainText('grün 2 · blau 0 · rot 0');
  await expect(leaGoal('1.1').getByTestId('consent-tally').first()).toContainText(
    'grün 1 · blau 0 · rot 1 überarbeiten',
  );
  await goal('1').getByTestId('consent-tally').first().getByRole('button', { name: 'Beschluss festhalten' }).click();
  await expect(lea.page.getByTestId('resolutions')).toContainText(
    'Beschluss: 1 Familie und Arbeit sind vereinbar (grün 2 · blau 0 · rot 0)',
  );

  // Download the planning matrix: its rows are what was entered.
  const [download] = await Promise.all([
    mod.waitForEvent('download'),
    mod.getByRole('button', { name: 'Planungsmatrix als CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  // For German Excel on a double-click: a byte order mark and semicolons.
  expect(csv.startsWith('\ufeff')).toBe(true);
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows).toEqual([
    'Ebene;Nr.;Formulierung;Indikatoren;Quellen;Annahmen;Akteure',
    'Grundsatzziel;;Alleinerziehende gestalten Familie und Beruf selbstbestimmt;;;;',
    'Rahmenziel;1;Familie und Arbeit sind vereinbar;;;;',
    'Ergebnisziel;1.1;Jedes Kind unter 6 hat einen Betreuungsplatz mit Randzeiten;100 % bis Ende 2027;;;',
    'Aktivität;1.1.1;Randzeitenbedarf erheben;;;;"Jugendamt; Kita-Träger"',
    'Ergebnisziel;1.2;Arbeitgeber bieten familienfreundliche Arbeitszeiten an;;;;',
    'Rahmenziel;2;Familien wohnen bezahlbar;;;;',
    'Ergebnisziel;2.1;Wohnkosten liegen unter 30 % des Einkommens;;;;',
  ]);

  // The result protocol is a printable page.
  await mod.getByTestId('tab-protocol').click();
  const protocol = mod.getByTestId('protocol');
  for (const s of [
    'Ergebnisprotokoll: Netzwerk Vereinbarkeit',
    'Was erschwert den Alltag?',
    'Fallübergreifende Themen',
    'Hohe Mietbelastung',
    'Zielsystem',
    'Beschlüsse',
  ])
    await expect(protocol).toContainText(s);
  expect(requests.foreign()).toEqual([]);
  await Promise.all([modContext, lea.context, pavel.context].map((c) => c.close()));
});
