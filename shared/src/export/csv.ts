// CSV for the exports (RFC 4180 fields). User texts must stay text in a
// spreadsheet: one that would start a formula is prefixed with an apostrophe.

/**
 * What a spreadsheet may take for a formula: `=`, `+`, `-` or `@` at the start,
 * also after leading whitespace (spreadsheets trim it on import), and a leading
 * tab, carriage return or line feed (OWASP's CSV injection list).
 */
const FORMULA = /^[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/** One CSV field: quoted when needed; one that could start a formula is defused with a leading apostrophe. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A whole table as CSV that German Excel opens right on a double-click:
 * semicolons between fields (the list separator of German Windows), CRLF line
 * ends, and a UTF-8 byte order mark so umlauts survive.
 */
export function csvTable(rows: (string | number)[][]): string {
  return '\ufeff' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
