// The stakeholder analysis as an Excel workbook (exceljs: the well-kept
// library for writing XLSX, so staff get a real spreadsheet rather than a CSV
// Excel must guess at): one sheet, a frozen bold header, column widths,
// wrapped text, German labels by default.
import { stakeholderTable, type StakeholderLabels, type StakeholderState } from '@nws/shared';

const LABELS: Record<'de' | 'en', Omit<StakeholderLabels, 'asOf'> & { asOf: (d: string) => string; sheet: string }> = {
  de: {
    title: 'Beteiligtenanalyse',
    sheet: 'Beteiligtenanalyse',
    organisation: 'Beteiligte(r)',
    significance: { involved: 'beteiligt', wanted: 'soll beteiligt werden', external: 'extern' },
    asOf: (d) => `Stand: ${d}`,
  },
  en: {
    title: 'Stakeholder analysis',
    sheet: 'Stakeholder analysis',
    organisation: 'Stakeholder',
    significance: { involved: 'involved', wanted: 'to be involved', external: 'external' },
    asOf: (d) => `As of: ${d}`,
  },
};

/** The workbook's bytes. */
export async function stakeholdersXlsx(state: StakeholderState, lang: 'de' | 'en', at: Date): Promise<ArrayBuffer> {
  // Loaded on the first export: exceljs alone would add some 20 MiB to every server's resident memory.
  const { default: ExcelJS } = await import('exceljs');
  const l = LABELS[lang];
  const book = new ExcelJS.Workbook();
  book.created = at;
  const sheet = book.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const [head, ...rows] = stakeholderTable(state, { ...l, asOf: null });
  sheet.addRow(head);
  for (const r of rows) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 28 : state.columns[i - 1]?.kind === 'significance' ? 22 : 40;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  const stamp = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }).format(at);
  sheet.headerFooter.oddHeader = `&L${l.title}&R${l.asOf(stamp)}`;
  const buffer = await book.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
