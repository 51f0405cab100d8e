// Excel workbooks as staff pass them on (exceljs, the well-kept library for
// writing XLSX, in the documents' own lazy chunk): one sheet per table, a
// bold frozen header, column widths, wrapped text. Cells are written as
// values, never as formulas, so a text that starts with "=" stays text.
import ExcelJS from 'exceljs';

export interface Sheet {
  name: string;
  /** The header first. */
  rows: (string | number | null)[][];
  /** Column widths in characters; the last one repeats. */
  widths: number[];
}

/** What Excel allows as a sheet's name: at most 31 characters, none of []:*?/\. */
export const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Tabelle';

/** The workbook's bytes. */
export async function workbook(sheets: Sheet[], meta: { title: string; at: Date }): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.created = meta.at;
  book.title = meta.title;
  book.creator = 'Netzwerkstatt';
  const used = new Set<string>();
  for (const s of sheets) {
    let name = sheetName(s.name);
    for (let i = 2; used.has(name); i++) name = `${sheetName(s.name).slice(0, 27)} (${i})`;
    used.add(name);
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const r of s.rows) sheet.addRow(r.map((v) => v ?? ''));
    sheet.getRow(1).font = { bold: true };
    const columns = Math.max(0, ...s.rows.map((r) => r.length));
    for (let i = 1; i <= columns; i++) {
      const col = sheet.getColumn(i);
      col.width = s.widths[Math.min(i - 1, s.widths.length - 1)] ?? 20;
      col.alignment = { wrapText: true, vertical: 'top' };
    }
    sheet.headerFooter.oddHeader = `&L${meta.title}&R${s.name}`;
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
