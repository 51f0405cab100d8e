// Monitoring in the browser: the moderation gives a goal a measurable
// indicator, records two values on two dates — the goal's status changes its
// colour and the trend chart shows both points — creates an assignment from a
// resolution (overdue, marked), and downloads the status report (Word) and the
// planning matrix (Excel), read back here; the result protocol as Word leaves
// out the case narration unless ticked. Screenshots at 1920, 1366 and 390 px;
// axe-core on the monitoring.
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { axeViolations, createWorkshop, snapAllSizes } from './helpers';

const shots = new URL('./screenshots/', import.meta.url).pathname;
test.use({ actionTimeout: 15_000 });

const tokenOf = (page: Page, workshopId: string) =>
  page.evaluate((id) => localStorage.getItem(`nws.board.${id}`), workshopId);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

test('values over time change a goal’s status and its chart; an assignment from a resolution; Word and Excel', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(shots, { recursive: true });
  const mod = await (
    await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })
  ).newPage();
  await createWorkshop(mod, 'Planungskonferenz Südstadt');
  const workshopId = new URL(mod.url()).pathname.split('/')[2]!;
  const token = (await tokenOf(mod, workshopId))!;

  // A goal system: overall goal, a framework goal with its indicator in words, an activity.
  await mod.getByTestId('tab-goals').click();
  await mod.getByRole('button', { name: 'Grundsatzziel anlegen' }).click();
  const goal = (n: string) => mod.locator(`[data-testid="goal"][data-number="${n}"]`).first();
  await goal('').getByTestId('goal-text').first().fill('Alleinerziehende finden früh Unterstützung');
  await goal('').getByRole('button', { name: 'Rahmenziel hinzufügen' }).click();
  await goal('1').getByTestId('goal-text').first().fill('Übergänge zwischen Ämtern gelingen');
  await goal('1').getByRole('button', { name: 'Ergebnisziel hinzufügen' }).first().click();
  await goal('1.1').getByTestId('goal-text').first().fill('Jede Familie hat eine feste Lotsin');
  await goal('1.1').getByRole('button', { name: 'Aktivität hinzufügen' }).first().click();
  await goal('1.1.1').getByTestId('goal-text').first().fill('Lotsinnen benennen');
  // A resolution (as a consent round's result would record it; here through the API).
  const made = await mod.request.post(`/api/workshops/${workshopId}/resolutions`, {
    headers: { authorization: `Bearer ${token}` },
    data: { text: 'Das Jugendamt benennt zwei Lotsinnen.' },
  });
  expect(made.status()).toBe(201);

  await mod.getByTestId('tab-monitoring').click();
  const monitoring = mod.getByTestId('monitoring');
  const framework = monitoring
    .getByTestId('goal-monitor')
    .filter({ hasText: 'Übergänge zwischen Ämtern gelingen' })
    .first();
  await expect(framework.getByTestId('goal-status')).toHaveAttribute('data-status', 'no_data');
  await framework.getByText('Messbaren Indikator hinzufügen').click();
  const add = framework.getByRole('form', { name: 'Messbaren Indikator hinzufügen' });
  await add.getByLabel('Indikator').fill('Familien mit fester Lotsin');
  await add.getByLabel('Einheit').fill('Familien');
  await add.getByLabel('Ausgangswert').fill('0');
  await add.getByLabel('Stand vom').fill(day(-200));
  await add.getByLabel('Zielwert').fill('100');
  await add.getByLabel('Fällig am').fill(day(200));
  await add.getByRole('button', { name: 'Hinzufügen' }).click();
  const indicator = framework.getByTestId('indicator').filter({ hasText: 'Familien mit fester Lotsin' });
  await expect(indicator).toBeVisible();

  // Two values on two dates: first behind the line (at risk), then ahead of it (on track).
  const record = indicator.getByRole('form', { name: 'Wert für „Familien mit fester Lotsin“ eintragen' });
  await record.getByLabel('Datum').fill(day(-100));
  await record.getByLabel('Wert (Familien)').fill('10');
  await record.getByRole('button', { name: 'Wert eintragen' }).click();
  const status = framework.getByTestId('goal-status');
  await expect(status).toHaveAttribute('data-status', 'at_risk');
  await expect(status).toHaveText('gefährdet');
  const before = await status.evaluate((e) => getComputedStyle(e).backgroundColor);
  await record.getByLabel('Datum').fill(day(0));
  await record.getByLabel('Wert (Familien)').fill('60');
  await record.getByRole('button', { name: 'Wert eintragen' }).click();
  await expect(status).toHaveAttribute('data-status', 'on_track');
  await expect(status).toHaveText('im Plan');
  expect(await status.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe(before);
  // The chart draws both points; the values are a table too.
  const chart = indicator.getByTestId('trend-chart');
  await expect(chart).toHaveAttribute('data-points', '2');
  await expect(chart.locator('.recharts-line-dots circle, .recharts-line-dot')).toHaveCount(2);
  await indicator.getByText('Werte als Tabelle').click();
  await expect(indicator.getByTestId('values-table').locator('tbody tr')).toHaveCount(2);
  await expect(indicator.getByTestId('values-table')).toContainText('60 Familien');

  // An assignment from the resolution, due yesterday: marked overdue.
  const assignments = mod.getByTestId('assignments');
  const form = assignments.getByRole('form', { name: 'Auftrag festhalten' });
  await form.getByLabel('Aus Beschluss').selectOption({ label: 'Das Jugendamt benennt zwei Lotsinnen.' });
  await expect(form.getByLabel('Auftrag', { exact: true })).toHaveValue('Das Jugendamt benennt zwei Lotsinnen.');
  await form.getByLabel('Organisation').fill('Jugendamt');
  await form.getByLabel('Bis').fill(day(-1));
  await form.getByLabel('Zu Ziel oder Aktivität').selectOption({ label: '1.1.1 Lotsinnen benennen' });
  await form.getByRole('button', { name: 'Auftrag festhalten' }).click();
  const item = assignments.getByTestId('assignment').filter({ hasText: 'Das Jugendamt benennt zwei Lotsinnen.' });
  await expect(item.getByTestId('assignment-overdue')).toHaveText('überfällig');
  await expect(item).toContainText('aus dem Beschluss „Das Jugendamt benennt zwei Lotsinnen.“');

  await snapAllSizes(mod, shots, 'monitoring-assignments');
  await expect(monitoring.getByTestId('matrix-status')).toContainText(
    'Familien mit fester Lotsin: 60 Familien / 100 Familien',
  );
  await monitoring.getByTestId('matrix-status').scrollIntoViewIfNeeded();
  await snapAllSizes(mod, shots, 'monitoring-matrix');
  await framework.scrollIntoViewIfNeeded();
  await snapAllSizes(mod, shots, 'monitoring');
  expect(await axeViolations(mod, '[data-testid="monitoring"]')).toEqual([]);

  // The status report (Word) and the planning matrix (Excel), read back.
  const docs = mod.getByTestId('monitoring-documents');
  const [report] = await Promise.all([
    mod.waitForEvent('download'),
    docs.getByRole('button', { name: 'Sachstandsbericht (Word)' }).click(),
  ]);
  expect(report.suggestedFilename()).toMatch(/^sachstandsbericht-planungskonferenz-suedstadt-.*\.docx$/);
  const text = await docxText((await report.path())!);
  for (const s of [
    'Sachstandsbericht: Planungskonferenz Südstadt',
    '1 Übergänge zwischen Ämtern gelingen',
    'Stand: im Plan',
    'Familien mit fester Lotsin',
    '60 Familien',
    '10 Familien',
    'Das Jugendamt benennt zwei Lotsinnen.',
    'offen (überfällig)',
  ])
    expect(text, s).toContain(s);
  const [matrix] = await Promise.all([
    mod.waitForEvent('download'),
    docs.getByRole('button', { name: 'Planungsmatrix (Excel)' }).click(),
  ]);
  const book = new ExcelJS.Workbook();
  const bytes = readFileSync((await matrix.path())!);
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.name).toBe('Planungsmatrix');
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'Ebene',
    'Nr.',
    'Formulierung',
    'Indikatoren',
    'Quellen',
    'Annahmen',
    'Akteure',
    'Stand',
  ]);
  expect(sheet.getRow(3).getCell(3).value).toBe('Übergänge zwischen Ämtern gelingen');
  expect(sheet.getRow(3).getCell(8).value).toBe('im Plan');

  // Everything in one workbook: a sheet per table (no stakeholder analysis in this workshop, so none of it).
  const [all] = await Promise.all([
    mod.waitForEvent('download'),
    docs.getByRole('button', { name: 'Alles in einer Arbeitsmappe (Excel)' }).click(),
  ]);
  const allBytes = readFileSync((await all.path())!);
  const allBook = new ExcelJS.Workbook();
  await allBook.xlsx.load(
    allBytes.buffer.slice(allBytes.byteOffset, allBytes.byteOffset + allBytes.byteLength) as ArrayBuffer,
  );
  expect(allBook.worksheets.map((w) => w.name)).toEqual(['Planungsmatrix', 'Messwerte']);
  expect(allBook.worksheets[1]!.getRow(3).getCell(7).value).toBe(60);

  // The result protocol as Word: the assignment in it; no narration unless ticked.
  await mod.getByTestId('tab-protocol').click();
  const [protocol] = await Promise.all([
    mod.waitForEvent('download'),
    mod.getByRole('button', { name: 'Als Word herunterladen' }).click(),
  ]);
  const protocolText = await docxText((await protocol.path())!);
  expect(protocolText).toContain('Ergebnisprotokoll: Planungskonferenz Südstadt');
  expect(protocolText).toContain('Arbeitsaufträge');
  expect(protocolText).toContain('Jugendamt');
  await expect(mod.getByTestId('protocol-assignments')).toContainText('Das Jugendamt benennt zwei Lotsinnen.');
  await mod.emulateMedia({ media: 'print' });
  await mod.screenshot({ path: `${shots}protocol-print-1366.png`, fullPage: true });
  await mod.emulateMedia({ media: 'screen' });
  await mod.getByLabel('Fallschilderungen aufnehmen').check();
  await expect(mod.getByRole('note')).toContainText('pseudonymisierte');

  // The next meeting opens by reviewing the assignments: the first step of the agenda.
  await mod.getByText('Ablauf bearbeiten').click();
  await mod.getByRole('button', { name: '„Was ist aus den Aufträgen geworden?“ als ersten Schritt einfügen' }).click();
  await mod.getByRole('button', { name: 'Konferenz beginnen' }).click();
  await mod.getByTestId('tab-step').click();
  const review = mod.getByTestId('assignment-review');
  await expect(mod.getByRole('heading', { name: 'Was ist aus den Aufträgen geworden?' })).toBeVisible();
  await expect(review).toBeVisible();
  const reviewed = review.getByTestId('assignment').filter({ hasText: 'Das Jugendamt benennt zwei Lotsinnen.' });
  await reviewed.getByLabel('Stand von „Das Jugendamt benennt zwei Lotsinnen.“').selectOption({ label: 'erledigt' });
  await expect(reviewed).toHaveAttribute('data-status', 'done');
  await expect(reviewed.getByTestId('assignment-overdue')).toHaveCount(0);
  await snapAllSizes(mod, shots, 'assignment-review');
});
