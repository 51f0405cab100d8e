// The planning matrix (Planungsmatrix): the goal system as one table, in the
// method's layout — overall goal and framework goals with indicators,
// sources and assumptions; under each result goal its own and then its
// activities with their actors.
import type * as Y from 'yjs';
import { flattenTree, goalTree, type GoalNode } from '../doc/goals.js';
import type { GoalLevel } from '../model/goal.js';
import { csvTable } from './csv.js';
import { mdCell } from './markdown.js';

export interface MatrixRow {
  goalId: string;
  level: GoalLevel;
  number: string;
  text: string;
  indicators: string;
  sources: string;
  assumptions: string;
  actors: string[];
}

/** The words of the planning matrix, in the reader's language (from the client's translations). */
export interface MatrixLabels {
  levels: Record<GoalLevel, string>;
  level: string;
  number: string;
  text: string;
  indicators: string;
  sources: string;
  assumptions: string;
  actors: string;
  title: string;
}

/** One goal as a row of the matrix. */
export const matrixRow = (g: GoalNode): MatrixRow => ({
  goalId: g.id,
  level: g.level,
  number: g.number,
  text: g.text,
  indicators: g.indicators,
  sources: g.sources,
  assumptions: g.assumptions,
  actors: g.actors,
});

/** The goal system's rows in reading order. */
export function planningMatrix(doc: Y.Doc): MatrixRow[] {
  return flattenTree(goalTree(doc)).map(matrixRow);
}

const cells = (r: MatrixRow, l: MatrixLabels) => [
  l.levels[r.level],
  r.number,
  r.text,
  r.indicators,
  r.sources,
  r.assumptions,
  r.actors.join('; '),
];

/** The matrix as a table: the header, then a row per goal (for the CSV and the spreadsheet). */
export function planningMatrixTable(rows: MatrixRow[], l: MatrixLabels): string[][] {
  return [
    [l.level, l.number, l.text, l.indicators, l.sources, l.assumptions, l.actors],
    ...rows.map((r) => cells(r, l)),
  ];
}

/** The matrix as CSV that German Excel opens on a double-click (semicolons, BOM; see csvTable). */
export function planningMatrixToCsv(rows: MatrixRow[], l: MatrixLabels): string {
  return csvTable(planningMatrixTable(rows, l));
}

export function planningMatrixToMarkdown(rows: MatrixRow[], l: MatrixLabels): string {
  const head = [l.level, l.number, l.text, l.indicators, l.sources, l.assumptions, l.actors];
  const line = (c: string[]) => `| ${c.map(mdCell).join(' | ')} |`;
  return [
    `# ${l.title}`,
    '',
    line(head),
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => line(cells(r, l))),
    '',
  ].join('\n');
}
