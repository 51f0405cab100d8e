// The documents staff pass on, generated from the example data and read back
// with parsers (the Word file's XML unzipped, the workbooks with exceljs):
// every goal text, number, indicator, value and decision is there, German
// umlauts intact, and no case narration unless "Fallschilderungen
// aufnehmen" was ticked.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { buildProtocol, invitationListTable } from '@nws/shared';
import { invitationLabels, matrixLabels, protocolLabels, reportLabels } from '../i18n/labels';
import { protocolDocx, statusReportDocx } from './docx';
import { buildStatusReport } from './statusReport';
import { invitationSheet, matrixSheet, stakeholderSheet, valuesSheet } from './tables';
import { workbook } from './xlsx';
import {
  EXAMPLE_NARRATION,
  EXAMPLE_NOW,
  exampleDocs,
  exampleInvitations,
  exampleMonitoring,
  exampleStakeholders,
  exampleWorkshop,
} from './example';
import { exampleDocuments, germanT } from './examples';

/** The running text of a Word file: its document.xml's text runs, a paragraph a line. */
async function docxText(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

async function sheets(bytes: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book.worksheets.map((s) => ({
    name: s.name,
    frozen: s.views[0]?.state === 'frozen' && s.views[0].ySplit === 1,
    bold: s.getRow(1).font?.bold === true,
    wrap: s.getColumn(1).alignment?.wrapText === true,
    width: s.getColumn(1).width,
    rows: s
      .getSheetValues()
      .slice(1)
      .map((r) => (Array.isArray(r) ? r.slice(1) : [])),
  }));
}

const lang = 'de' as const;

describe('documents from the example data', () => {
  it('are all written for `npm run documents`: Word and Excel files that open', async () => {
    const files = await exampleDocuments();
    expect(files.map((f) => f.file)).toEqual([
      'ergebnisprotokoll.docx',
      'ergebnisprotokoll-mit-fallschilderungen.docx',
      'sachstandsbericht-2026.docx',
      'planungsmatrix.xlsx',
      'messwerte.xlsx',
      'einladungsliste.xlsx',
      'beteiligtenanalyse.xlsx',
      'arbeitsmappe.xlsx',
    ]);
    for (const f of files.filter((x) => x.file.endsWith('.docx')))
      expect(await docxText(f.bytes)).toContain('Nordstadt');
    expect((await sheets(files.at(-1)!.bytes)).map((s) => s.name)).toEqual([
      'Planungsmatrix',
      'Messwerte',
      'Einladungsliste',
      'Beteiligtenanalyse',
    ]);
  });

  it('result protocol as Word: goals, decisions and assignments; the narration only when ticked', async () => {
    const t = await germanT();
    const docs = exampleDocs();
    const monitoring = exampleMonitoring(docs);
    const labels = protocolLabels(t);
    const assignments = monitoring.assignments.map((a) => ({ ...a, due: a.due }));
    const plain = buildProtocol(docs.board, docs.control, exampleWorkshop, new Map([['s1', 'Gabi Müller']]), lang);
    const text = await docxText(await protocolDocx({ ...plain, assignments }, labels, lang));
    for (const s of [
      'Ergebnisprotokoll: Planungskonferenz Nordstadt',
      'Alleinerziehende mit Kindern unter 6 Jahren',
      'Wer muss an den Tisch?',
      'Ämter: Jobcenter, Jugendamt',
      'Mutter mit Vorschulkind',
      'Fallgeber/in: Gabi Müller',
      'Zielsystem',
      'Übergänge zwischen Ämtern gelingen',
      'Jede Familie hat eine feste Lotsin',
      'Sprechstunde in der Kita „Sonnenblume“',
      '1.1.2',
      'Anteil der Familien mit gemeinsamem Hilfeplan',
      'Das Jugendamt benennt bis März zwei Lotsinnen.',
      'grün 7, blau 1, rot 0',
      'Arbeitsaufträge',
      'Übersetzungen beauftragen (Türkisch, Arabisch, Ukrainisch)',
      'Jugendamt (Petra Sommer)',
      'in Arbeit',
    ])
      expect(text, s).toContain(s);
    expect(text).toContain('Fallschilderungen nicht aufgenommen');
    expect(text).not.toContain(EXAMPLE_NARRATION);
    const ticked = buildProtocol(docs.board, docs.control, exampleWorkshop, new Map(), lang, { narrations: true });
    expect(await docxText(await protocolDocx(ticked, labels, lang))).toContain(EXAMPLE_NARRATION);
  });

  it('status report as Word: goals with status and values, activities, assignments, decisions, neglect', async () => {
    const t = await germanT();
    const docs = exampleDocs();
    const m = exampleMonitoring(docs);
    const l = reportLabels(t);
    const report = buildStatusReport(
      m,
      {
        name: 'Netzwerk Alleinerziehende',
        from: '2026-01-01',
        to: '2026-11-30',
        now: EXAMPLE_NOW,
        decisions: [
          { at: Date.UTC(2026, 9, 14, 9), text: 'Das Jugendamt benennt bis März zwei Lotsinnen.', state: 'bestätigt' },
          { at: Date.UTC(2025, 5, 1), text: 'Außerhalb des Zeitraums', state: null },
        ],
      },
      l,
      lang,
    );
    const text = await docxText(await statusReportDocx(report, l, protocolLabels(t).assignments!, lang));
    for (const s of [
      'Sachstandsbericht: Netzwerk Alleinerziehende',
      'Zeitraum: 01.01.2026 bis 30.11.2026',
      '1 Übergänge zwischen Ämtern gelingen',
      '1.1 Jede Familie hat eine feste Lotsin',
      'Familien mit fester Lotsin',
      '12 Familien (01.12.2025)',
      '120 Familien (31.12.2026)',
      '58 Familien (30.09.2026)',
      '31.03.2026: 34 Familien – erste Zählung',
      'Gemeinsame Hilfepläne',
      '14.10.2026: im Plan – Übergänge klappen öfter',
      'Erledigte Aktivitäten',
      '1.1.1 Lotsinnen benennen und schulen',
      'Offene Aktivitäten',
      '1.1.2 Flyer in fünf Sprachen übersetzen',
      'Familienbüro',
      'Zwei Lotsinnen benennen',
      'in Arbeit (überfällig)',
      '14.10.2026: Das Jugendamt benennt bis März zwei Lotsinnen. — bestätigt',
      'In der Praxis vernachlässigte Ziele',
      '1.2 Beratungsstellen sind in der Kita präsent',
    ])
      expect(text, s).toContain(s);
    // Statuses in words: the quantity is behind its line (58 of 120 at 90 % of the time).
    expect(text).toMatch(/Stand: (gefährdet|nicht im Plan)/);
    expect(text).not.toContain('Außerhalb des Zeitraums');
    expect(text).not.toContain(EXAMPLE_NARRATION);
  });

  it('planning matrix, values, invitation list and stakeholder analysis as Excel sheets', async () => {
    const t = await germanT();
    const docs = exampleDocs();
    const m = exampleMonitoring(docs);
    const l = reportLabels(t);
    const rows = m.goalSystems[0]!.rows;
    const bytes = await workbook(
      [
        matrixSheet(rows, matrixLabels(t), l, m),
        valuesSheet(m, l, lang),
        invitationSheet(exampleInvitations(docs), invitationLabels(t), l),
        stakeholderSheet(exampleStakeholders, l),
      ],
      { title: 'Netzwerk Alleinerziehende', at: new Date(EXAMPLE_NOW) },
    );
    const [matrix, values, invitations, stakeholders] = await sheets(bytes);
    expect([matrix, values, invitations, stakeholders].map((s) => s!.name)).toEqual([
      'Planungsmatrix',
      'Messwerte',
      'Einladungsliste',
      'Beteiligtenanalyse',
    ]);
    for (const s of [matrix, values, invitations, stakeholders]) {
      expect(s!.frozen, s!.name).toBe(true);
      expect(s!.bold, s!.name).toBe(true);
      expect(s!.wrap, s!.name).toBe(true);
      expect(s!.width, s!.name).toBeGreaterThan(7);
    }
    expect(matrix!.rows[0]).toEqual([
      'Ebene',
      'Nr.',
      'Formulierung',
      'Indikatoren',
      'Quellen',
      'Annahmen',
      'Akteure',
      'Stand',
    ]);
    const matrixText = JSON.stringify(matrix!.rows);
    for (const g of rows) expect(matrixText).toContain(JSON.stringify(g.text));
    expect(matrixText).toContain('Anteil der Familien mit gemeinsamem Hilfeplan');
    expect(matrix!.rows.find((r) => r[1] === '1.1')?.at(-1)).toMatch(/gefährdet|nicht im Plan/);
    expect(values!.rows.slice(1)).toEqual([
      [
        '1',
        'Übergänge zwischen Ämtern gelingen',
        'Gemeinsame Hilfepläne',
        'Qualität',
        '',
        '14.10.2026',
        'im Plan',
        'Fallkonferenz',
        'Übergänge klappen öfter',
        'Nora Kühn',
      ],
      [
        '1.1',
        'Jede Familie hat eine feste Lotsin',
        'Familien mit fester Lotsin',
        'Menge',
        'Familien',
        '31.03.2026',
        34,
        'Fallstatistik Jugendamt',
        'erste Zählung',
        'Nora Kühn',
      ],
      [
        '1.1',
        'Jede Familie hat eine feste Lotsin',
        'Familien mit fester Lotsin',
        'Menge',
        'Familien',
        '30.09.2026',
        58,
        'Fallstatistik Jugendamt',
        'nach den Schulungen',
        'Nora Kühn',
      ],
    ]);
    expect(invitations!.rows).toEqual(invitationListTable(exampleInvitations(docs), invitationLabels(t)));
    expect(stakeholders!.rows[1]).toEqual(['Jugendamt', 'beteiligt', 'Lotsinnen, Räume', 'Weniger Doppelberatung']);
  });

  it('keeps a text that looks like a formula as text in Excel', async () => {
    const bytes = await workbook([{ name: 'Test: [1]/2', rows: [['Kopf'], ['=SUMME(A1:A9)*2']], widths: [20] }], {
      title: 'T',
      at: new Date(0),
    });
    const [s] = await sheets(bytes);
    expect(s!.name).toBe('Test   1  2');
    expect(s!.rows[1]).toEqual(['=SUMME(A1:A9)*2']);
  });
});
