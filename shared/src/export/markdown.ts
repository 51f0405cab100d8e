// Markdown for the exports: every user text goes through here and comes out
// inert. A viewer must show what people typed, never a live link, a remote
// image or markup of theirs, so the characters that could start one are
// escaped with a backslash (viewers drop it; nothing of the text is deleted).

/**
 * Backslash-escaped wherever they occur: `[ ]` links and images (`![`), `<`
 * autolinks and HTML, `&` starting an entity, `|` table cells, `\` itself, `` ` ``
 * code, `* _ ~` emphasis, `#` headings, `>` quotes, `$` maths (`\href`), `@`
 * mentions and mail addresses; `:` before `//`, and a dot between a name and
 * a letter, so viewers that turn bare addresses (`http://…`, `www.x.de`,
 * `x.de`) into links find none.
 */
const INLINE = /[\\`*_[\]<>#|~@$]|&(?=#|[A-Za-z][A-Za-z0-9]*;)|:(?=\/\/)|[\p{L}\p{N}-]\.(?=\p{L})/gu;
// (No lookbehind for the dot: Safari before 16.4 cannot parse one, and would lose the whole bundle.)
const escapeMatch = (m: string) => (m.length > 1 && m.endsWith('.') ? `${m.slice(0, -1)}\\.` : `\\${m}`);

/** A list item (`- `, `+ `, `1. `, `1) `), rule (`---`) or heading underline (`===`) a line would start with. */
const LINE_START = /^(\s*)(?:([-+=])(?=\s|$|[-=])|(\d{1,9})([.)])(?=\s|$))/;

/** One line of user text, escaped; `\n` must not occur in it. */
function escapeLine(line: string): string {
  return line
    .replace(INLINE, escapeMatch)
    .replace(LINE_START, (_m, space: string, mark?: string, num?: string, dot?: string) =>
      mark ? `${space}\\${mark}` : `${space}${num}\\${dot}`,
    );
}

const LINES = /\r\n|\r|\n/;

/** User text inside a line of Markdown (heading, list item, emphasis): escaped, line breaks folded to spaces. */
export function mdText(s: string): string {
  return escapeLine(s.trim().replace(/\s*[\r\n]+\s*/g, ' '));
}

/** User text as a paragraph of its own: escaped line by line, line breaks kept as hard breaks; `empty` if blank. */
export function mdParagraph(s: string, empty = '—'): string {
  const text = s.trim();
  return text ? text.split(LINES).map(escapeLine).join('  \n') : empty;
}

/** A Markdown table cell: escaped (pipes too), line breaks as `<br>`. */
export function mdCell(s: string): string {
  return s.split(LINES).map(escapeLine).join('<br>');
}
