// The workshop's result protocol (Ergebnisprotokoll): card queries with
// their clusters, the cases as pseudonymised, their perspective grids and
// reconstructions, the themes, the goal system and the decisions. Built once
// as data; rendered as Markdown here and as a printable page in the client.
import type * as Y from 'yjs';
import { listQueries } from '../doc/queries.js';
import { listCards } from '../doc/cards.js';
import { listClusters } from '../doc/clusters.js';
import { cellKey, readGrid, reconstructionKeys, sharedText } from '../doc/caseArtefacts.js';
import { listThemes, themeCases } from '../doc/themes.js';
import type { PlanningSource, Theme } from '../model/theme.js';
import { getAgenda, listCases } from '../method/conference.js';
import { listResolutions } from '../method/rounds.js';
import type { ConsentTally } from '../model/round.js';
import { planningMatrix, mdCell, type MatrixRow, type MatrixLabels } from './planningMatrix.js';

export interface Protocol {
  workshop: { name: string; targetGroup: string; area: string };
  queries: { question: string; groups: { name: string; cards: string[] }[]; unclustered: string[] }[];
  cases: {
    title: string;
    narration: string;
    roles: { giver: string | null; moderators: string[]; userPerspective: string | null };
    grids: { step: string; questions: string[]; rows: { organisation: string; cells: string[] }[] }[];
    reconstruction: { webOfEffects: string; situation: string; disagreements: string };
    themes: string[];
  }[];
  crossCaseThemes: {
    title: string;
    cases: string[];
    organisations: { name: string; inNetwork: boolean }[];
    generative: boolean;
  }[];
  planningThemes: {
    title: string;
    report: string;
    table: string;
    year: number | null;
    relation: PlanningSource['relation'];
    note: string;
    generative: boolean;
  }[];
  generativeThemes: string[];
  goals: MatrixRow[];
  resolutions: { text: string; tally: ConsentTally | null; date: string }[];
}

/** Collects the protocol from the board and control documents; people resolve session ids to names. */
export function buildProtocol(
  board: Y.Doc,
  control: Y.Doc,
  workshop: Protocol['workshop'],
  people: Map<string, string>,
  lang: 'de' | 'en' = 'de',
): Protocol {
  const cards = listCards(board);
  const agenda = getAgenda(control);
  const cases = listCases(control);
  const caseTitle = (id: string) => cases.find((c) => c.id === id)?.title ?? '?';
  const name = (id: string | null) => (id ? (people.get(id) ?? '?') : null);
  const text = (key: string) => sharedText(board, key)?.toString() ?? '';
  const themes = listThemes(board);
  return {
    workshop,
    queries: listQueries(control).map((q) => {
      const own = cards.filter((c) => c.queryId === q.id && !c.stackedOn);
      const clusters = listClusters(board, q.id);
      return {
        question: q.question,
        groups: clusters.map((cl) => ({
          name: cl.name,
          cards: own.filter((c) => c.clusterId === cl.id).map((c) => c.text),
        })),
        unclustered: own
          .filter((c) => !c.clusterId || !clusters.some((cl) => cl.id === c.clusterId))
          .map((c) => c.text),
      };
    }),
    cases: cases.map((c) => ({
      title: c.title,
      narration: c.narration,
      roles: {
        giver: name(c.caseGiverId),
        moderators: c.moderatorIds.map((id) => name(id) ?? '?'),
        userPerspective: name(c.userPerspectiveId),
      },
      grids: agenda.steps
        .filter((s) => s.artefact === 'perspectiveGrid')
        .map((s) => ({ s, g: readGrid(board, c.id, s.id) }))
        .filter((x) => x.g !== null)
        .map(({ s, g }) => ({
          step: s.title[lang],
          questions: g!.questions,
          rows: g!.rows.map((r) => ({
            organisation: r.organisation,
            cells: g!.questions.map((_, i) => text(cellKey(c.id, s.id, r.id, i))),
          })),
        })),
      reconstruction: (() => {
        const k = reconstructionKeys(c.id);
        return {
          webOfEffects: text(k.webOfEffects),
          situation: text(k.situation),
          disagreements: text(k.disagreements),
        };
      })(),
      themes: themes.filter((t) => t.caseId === c.id).map((t) => t.title),
    })),
    crossCaseThemes: themes
      .filter((t) => t.kind === 'crossCase')
      .map((t: Theme) => ({
        title: t.title,
        cases: themeCases(board, t).map(caseTitle),
        organisations: t.organisations ?? [],
        generative: t.generative,
      })),
    planningThemes: themes
      .filter((t) => t.kind === 'planningData' && t.planning)
      .map((t) => ({ title: t.title, ...t.planning!, generative: t.generative })),
    generativeThemes: themes.filter((t) => t.generative).map((t) => t.title),
    goals: planningMatrix(board),
    resolutions: listResolutions(control).map((r) => ({
      text: r.text,
      tally: r.tally,
      date: new Date(r.createdAt).toISOString().slice(0, 10),
    })),
  };
}

/**
 * The words of the protocol, in the reader's language. They come from the
 * client's translations (i18n), so the domain package holds no UI text;
 * `tally` keeps the placeholders {{green}}, {{blue}} and {{red}}.
 */
export interface ProtocolLabels {
  title: string;
  targetGroup: string;
  area: string;
  queries: string;
  unclustered: string;
  cases: string;
  giver: string;
  moderation: string;
  userPerspective: string;
  web: string;
  situation: string;
  disagreements: string;
  caseThemes: string;
  crossCase: string;
  inNetwork: string;
  toInvite: string;
  planning: string;
  relations: Record<PlanningSource['relation'], string>;
  generative: string;
  goals: string;
  resolutions: string;
  tally: string;
  none: string;
  matrix: MatrixLabels;
}

const esc = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');
const para = (s: string) => (s.trim() ? esc(s.trim()).replace(/\n/g, '  \n') : '—');
export const formatTally = (t: ConsentTally, template: string) =>
  template.replace('{{green}}', String(t.green)).replace('{{blue}}', String(t.blue)).replace('{{red}}', String(t.red));

/** The protocol as one Markdown document. */
export function protocolToMarkdown(p: Protocol, l: ProtocolLabels): string {
  const out: string[] = [
    `# ${l.title}: ${esc(p.workshop.name)}`,
    '',
    `${l.targetGroup}: ${esc(p.workshop.targetGroup)} · ${l.area}: ${esc(p.workshop.area)}`,
    '',
  ];
  if (p.queries.length) {
    out.push(`## ${l.queries}`, '');
    for (const q of p.queries) {
      out.push(`### ${esc(q.question)}`, '');
      for (const g of q.groups) out.push(`- **${esc(g.name)}:** ${g.cards.map(esc).join(', ') || l.none}`);
      if (q.unclustered.length) out.push(`- *${l.unclustered}:* ${q.unclustered.map(esc).join(', ')}`);
      out.push('');
    }
  }
  if (p.cases.length) {
    out.push(`## ${l.cases}`, '');
    for (const c of p.cases) {
      out.push(`### ${esc(c.title)}`, '', para(c.narration), '');
      out.push(
        `${l.giver}: ${esc(c.roles.giver ?? l.none)} · ${l.moderation}: ${esc(c.roles.moderators.join(', ') || l.none)} · ${l.userPerspective}: ${esc(c.roles.userPerspective ?? l.none)}`,
        '',
      );
      for (const g of c.grids) {
        out.push(
          `#### ${esc(g.step)}`,
          '',
          `| ${['', ...g.questions].map(mdCell).join(' | ')} |`,
          `|${['', ...g.questions].map(() => ' --- ').join('|')}|`,
        );
        for (const r of g.rows) out.push(`| ${[r.organisation, ...r.cells].map(mdCell).join(' | ')} |`);
        out.push('');
      }
      out.push(
        `#### ${l.web}`,
        '',
        para(c.reconstruction.webOfEffects),
        '',
        `#### ${l.situation}`,
        '',
        para(c.reconstruction.situation),
        '',
        `#### ${l.disagreements}`,
        '',
        para(c.reconstruction.disagreements),
        '',
      );
      out.push(`#### ${l.caseThemes}`, '', ...(c.themes.length ? c.themes.map((t) => `- ${esc(t)}`) : [l.none]), '');
    }
  }
  if (p.crossCaseThemes.length) {
    out.push(`## ${l.crossCase}`, '');
    for (const t of p.crossCaseThemes) {
      const orgs = t.organisations.map((o) => `${esc(o.name)} (${o.inNetwork ? l.inNetwork : l.toInvite})`).join(', ');
      out.push(`- **${esc(t.title)}** — ${t.cases.map(esc).join(', ')}${orgs ? ` — ${orgs}` : ''}`);
    }
    out.push('');
  }
  if (p.planningThemes.length) {
    out.push(`## ${l.planning}`, '');
    for (const t of p.planningThemes)
      out.push(
        `- **${esc(t.title)}** — ${esc(t.report)}${t.table ? `, ${esc(t.table)}` : ''}${t.year ? ` (${t.year})` : ''}: ${l.relations[t.relation] ?? t.relation}. ${esc(t.note)}`,
      );
    out.push('');
  }
  if (p.generativeThemes.length)
    out.push(`## ${l.generative}`, '', ...p.generativeThemes.map((t) => `- ${esc(t)}`), '');
  if (p.goals.length) {
    const m = l.matrix;
    const head = [m.level, m.number, m.text, m.indicators, m.sources, m.assumptions, m.actors];
    out.push(`## ${l.goals}`, '', `| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const r of p.goals)
      out.push(
        `| ${[m.levels[r.level], r.number, r.text, r.indicators, r.sources, r.assumptions, r.actors.join('; ')].map(mdCell).join(' | ')} |`,
      );
    out.push('');
  }
  if (p.resolutions.length) {
    out.push(`## ${l.resolutions}`, '');
    for (const r of p.resolutions)
      out.push(`- ${r.date}: ${esc(r.text)}${r.tally ? ` (${formatTally(r.tally, l.tally)})` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
