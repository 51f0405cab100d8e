// Exports of a stakeholder analysis (Beteiligtenanalyse): Markdown, CSV for
// German Excel, and the table both build on (the server's XLSX uses it too).
// The words around the data (headings, the significance values) come in the
// reader's language from the caller.
import type { Significance, StakeholderState } from '../model/stakeholders.js';
import { csvTable } from './csv.js';
import { mdParagraph, mdText } from './markdown.js';

export interface StakeholderLabels {
  title: string;
  /** The first column: the organisation. */
  organisation: string;
  significance: Record<Significance, string>;
  /** "Stand: {date}" line under the title; omitted when null. */
  asOf: string | null;
}

/** The analysis as a table: a header row, then a row per organisation (cells in column order). */
export function stakeholderTable(state: StakeholderState, l: StakeholderLabels): string[][] {
  const head = [l.organisation, ...state.columns.map((c) => c.title)];
  const rows = state.rows.map((r) => [
    r.organisation,
    ...state.columns.map((c) => (c.kind === 'significance' ? l.significance[r.significance] : (r.cells[c.id] ?? ''))),
  ]);
  return [head, ...rows];
}

export function stakeholdersToCsv(state: StakeholderState, l: StakeholderLabels): string {
  return csvTable(stakeholderTable(state, l));
}

/** Markdown: a section per organisation (a table would squeeze long texts into one line each). */
export function stakeholdersToMarkdown(state: StakeholderState, l: StakeholderLabels): string {
  const [head, ...rows] = stakeholderTable(state, l);
  const out = [`# ${mdText(l.title)}`, ''];
  if (l.asOf) out.push(mdText(l.asOf), '');
  for (const row of rows) {
    out.push(`## ${mdText(row[0]!)}`, '');
    head!.slice(1).forEach((title, i) => out.push(`**${mdText(title)}**`, '', mdParagraph(row[i + 1]!), ''));
  }
  return out.join('\n');
}
