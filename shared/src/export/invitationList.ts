// The invitation list (Einladungsliste): an actors query's clusters and the
// organisations in them, for review and export. Stacked duplicates are
// listed once, with how often they were written.
import type * as Y from 'yjs';
import type { CardQuery } from '../model/query.js';
import { listCards } from '../doc/cards.js';
import { listClusters } from '../doc/clusters.js';
import { csvTable } from './csv.js';
import { mdText } from './markdown.js';

export { csvField } from './csv.js';

export interface InvitationEntry {
  cardId: string;
  text: string;
  /** How many cards said the same (the card plus its stacked duplicates). */
  mentions: number;
}

export interface InvitationList {
  question: string;
  groups: { clusterId: string; name: string; entries: InvitationEntry[] }[];
  unclustered: InvitationEntry[];
}

/** Builds the invitation list of a query from its clusters and cards. */
export function buildInvitationList(board: Y.Doc, query: Pick<CardQuery, 'id' | 'question'>): InvitationList {
  const cards = listCards(board).filter((c) => c.queryId === query.id);
  const ids = new Set(cards.map((c) => c.id));
  const bases = cards.filter((c) => !c.stackedOn || !ids.has(c.stackedOn));
  const entry = (c: (typeof cards)[number]): InvitationEntry => ({
    cardId: c.id,
    text: c.text.trim(),
    mentions: 1 + cards.filter((d) => d.stackedOn === c.id).length,
  });
  const byPosition = (a: (typeof cards)[number], b: (typeof cards)[number]) => a.y - b.y || a.x - b.x;
  const clusters = listClusters(board, query.id);
  const known = new Set(clusters.map((c) => c.id));
  return {
    question: query.question,
    groups: clusters.map((cl) => ({
      clusterId: cl.id,
      name: cl.name,
      entries: bases
        .filter((c) => c.clusterId === cl.id)
        .sort(byPosition)
        .map(entry),
    })),
    unclustered: bases
      .filter((c) => !c.clusterId || !known.has(c.clusterId))
      .sort(byPosition)
      .map(entry),
  };
}

/** The words of the invitation list, in the reader's language (from the client's translations). */
export interface InvitationLabels {
  title: string;
  unclustered: string;
  cluster: string;
  organisation: string;
  mentions: string;
  unnamed: string;
}

/** The list as Markdown: one heading per cluster, one bullet per organisation. */
export function invitationListToMarkdown(list: InvitationList, labels: InvitationLabels): string {
  const lines = [`# ${labels.title}`, '', `> ${mdText(list.question)}`, ''];
  const section = (name: string, entries: InvitationEntry[]) => {
    lines.push(`## ${mdText(name)}`, '');
    for (const e of entries) lines.push(`- ${mdText(e.text)}${e.mentions > 1 ? ` (${e.mentions}×)` : ''}`);
    lines.push('');
  };
  for (const g of list.groups) section(g.name || labels.unnamed, g.entries);
  if (list.unclustered.length) section(labels.unclustered, list.unclustered);
  return lines.join('\n');
}

/** The list as a table: cluster, organisation, mentions (for the CSV and the spreadsheet). */
export function invitationListTable(list: InvitationList, labels: InvitationLabels): (string | number)[][] {
  const rows: (string | number)[][] = [[labels.cluster, labels.organisation, labels.mentions]];
  for (const g of list.groups) for (const e of g.entries) rows.push([g.name || labels.unnamed, e.text, e.mentions]);
  for (const e of list.unclustered) rows.push([labels.unclustered, e.text, e.mentions]);
  return rows;
}

/** The list as CSV that German Excel opens on a double-click (semicolons, BOM; see csvTable). */
export function invitationListToCsv(list: InvitationList, labels: InvitationLabels): string {
  return csvTable(invitationListTable(list, labels));
}
