// The workshop's result protocol (Ergebnisprotokoll): card queries with
// their clusters, the cases as pseudonymised, their perspective grids and
// reconstructions, the themes, the goal system and the decisions — and, in a
// network, the steering group's decisions the workshop took (a steering
// group's) or received (on its body's resolutions). Built once as data;
// rendered as Markdown here and as a printable page in the client.
import type * as Y from 'yjs';
import { listQueries } from '../doc/queries.js';
import { listCards } from '../doc/cards.js';
import { listClusters } from '../doc/clusters.js';
import { cellKey, readGrid, reconstructionKeys, sharedText } from '../doc/caseArtefacts.js';
import { listThemes, themeCases } from '../doc/themes.js';
import type { PlanningSource, Theme } from '../model/theme.js';
import { listCases } from '../method/conference.js';
import { getAgenda } from '../method/steering.js';
import { listResolutions } from '../method/rounds.js';
import type { ConsentTally } from '../model/round.js';
import type { DecisionTally, NetworkResolution, SteeringItem } from '../model/network.js';
import { planningMatrix, type MatrixRow, type MatrixLabels } from './planningMatrix.js';
import { mdCell, mdParagraph, mdText } from './markdown.js';
import type { WorkStatus } from '../model/monitoring.js';

export interface Protocol {
  workshop: { name: string; targetGroup: string; area: string };
  queries: { question: string; groups: { name: string; cards: string[] }[]; unclustered: string[] }[];
  cases: {
    title: string;
    /** Null when case narrations are not taken into the document (the default; see buildProtocol). */
    narration: string | null;
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
  /** `imported`: taken over from a backup (see ImportMarkSchema), not decided in this workshop. */
  resolutions: { text: string; tally: ConsentTally | null; date: string; imported: { consistent: boolean } | null }[];
  /** The steering group's decisions, in a network (fetched from the server: buildSteeringProtocol). */
  steering?: SteeringProtocol;
  /** The assignments (Arbeitsaufträge) this workshop gave or reviews (fetched from the server). */
  assignments?: ProtocolAssignment[];
}

/** An assignment as the protocol lists it. */
export interface ProtocolAssignment {
  what: string;
  organisation: string;
  person: string | null;
  /** The day it is due, in the reader's format; null without one. */
  due: string | null;
  status: WorkStatus;
}

/** What goes into the protocol beyond the documents. */
export interface ProtocolOptions {
  /**
   * Case narrations go into a document only when the moderation ticks
   * "Fallschilderungen aufnehmen" (default off): they are the most personal
   * text of a workshop even when pseudonymised.
   */
  narrations?: boolean;
}

/** A steering group's decision on a resolution as the protocol lists it. */
export interface SteeringProtocolEntry {
  text: string;
  /** The workshop the resolution was made in, and its body. */
  workshop: string;
  body: string;
  state: NetworkResolution['state'];
  /** The day of the decision (of the forwarding while it awaits one), in the reader's format. */
  date: string;
  reason: string | null;
  tally: DecisionTally | null;
  /** The steering group's workshop that decided; null when the coordinator decided alone (or it awaits). */
  decidedIn: string | null;
}

/** `produced`: decided in this workshop; `received`: the steering group's decisions on this workshop's body's resolutions. */
export interface SteeringProtocol {
  produced: SteeringProtocolEntry[];
  received: SteeringProtocolEntry[];
}

/** A day as the protocol writes it (30.11.2026 in German), in the workshop's time zone Europe/Berlin. */
export function protocolDate(ms: number, lang: 'de' | 'en' = 'de'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Berlin',
  }).format(ms);
}

/** The steering section of the protocol from what GET /api/workshops/:id/steering answers. */
export function buildSteeringProtocol(
  steering: { decisions: SteeringItem[]; produced: SteeringItem[] },
  lang: 'de' | 'en' = 'de',
): SteeringProtocol {
  const entry = (r: SteeringItem): SteeringProtocolEntry => ({
    text: r.text,
    workshop: r.workshopName,
    body: r.bodyName,
    state: r.state,
    date: protocolDate(r.decidedAt ?? r.forwardedAt, lang),
    reason: r.reason,
    tally: r.tally,
    decidedIn: r.decidedInName,
  });
  return { produced: steering.produced.map(entry), received: steering.decisions.map(entry) };
}

/** Collects the protocol from the board and control documents; people resolve session ids to names. */
export function buildProtocol(
  board: Y.Doc,
  control: Y.Doc,
  workshop: Protocol['workshop'],
  people: Map<string, string>,
  lang: 'de' | 'en' = 'de',
  options: ProtocolOptions = {},
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
      narration: options.narrations ? c.narration : null,
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
      date: protocolDate(r.createdAt, lang),
      imported: r.imported ? { consistent: r.imported.consistent } : null,
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
  /** The mark of a resolution taken over from a backup. */
  imported: string;
  /** Added to that mark when its tally does not agree with its round. */
  importedInconsistent: string;
  none: string;
  /** Instead of a case's narration when narrations are not taken in. */
  narrationOmitted: string;
  matrix: MatrixLabels;
  /** The words of the assignments section; without them the protocol goes without it. */
  assignments?: AssignmentLabels;
  /** The words of the steering section; without them the protocol goes without it. */
  steering?: SteeringProtocolLabels;
}

/** The words of the assignments in the protocol and the status report. */
export interface AssignmentLabels {
  title: string;
  what: string;
  who: string;
  due: string;
  status: string;
  statuses: Record<WorkStatus, string>;
}

/** An assignment's "who": the organisation, and the named person where there is one. */
export const assignmentWho = (a: Pick<ProtocolAssignment, 'organisation' | 'person'>) =>
  a.person ? `${a.organisation} (${a.person})` : a.organisation;

/** The words of the steering group's decisions in the protocol (the client's steeringWs texts). */
export interface SteeringProtocolLabels {
  /** Heading: the decisions this workshop took. */
  produced: string;
  /** Heading: the steering group's decisions on this workshop's body's resolutions. */
  received: string;
  states: Record<NetworkResolution['state'], string>;
  /** Before the workshop the resolution was made in. */
  from: string;
  /** Before the steering group's workshop that decided. */
  decidedIn: string;
  /** Instead of it, when the coordinator decided alone. */
  byCoordinator: string;
  reason: string;
  /** A tally in words, plurals and all ("Abstimmung: 5 Ja, 1 Nein, 2 Enthaltungen"). */
  tally: (t: DecisionTally) => string;
}

/**
 * What follows a steering decision's text and state, in the labels' words:
 * where it came from (in the list of decisions taken, `produced`) or where
 * it was decided (in the list received), the reason and the tally. `esc`
 * escapes user text (Markdown); the printed page takes it as it is.
 */
export function steeringEntryDetails(
  e: SteeringProtocolEntry,
  l: SteeringProtocolLabels,
  side: keyof SteeringProtocol,
  esc: (text: string) => string = (text) => text,
): string[] {
  const parts: string[] = [];
  if (side === 'produced') parts.push(`${l.from}: ${esc(e.workshop)} (${esc(e.body)})`);
  else if (e.state !== 'forwarded') parts.push(e.decidedIn ? `${l.decidedIn}: ${esc(e.decidedIn)}` : l.byCoordinator);
  if (e.reason) parts.push(`${l.reason}: ${esc(e.reason)}`);
  if (e.tally) parts.push(l.tally(e.tally));
  return parts;
}

/** One steering decision as a Markdown list item. */
export function steeringEntryToMarkdown(
  e: SteeringProtocolEntry,
  l: SteeringProtocolLabels,
  side: keyof SteeringProtocol,
): string {
  const parts = [
    `${e.date}: ${mdText(e.text)}`,
    `**${l.states[e.state]}**`,
    ...steeringEntryDetails(e, l, side, mdText),
  ];
  return `- ${parts.join(' — ')}`;
}

/** A consent tally in words: the template's {{green}}, {{blue}} and {{red}} filled in. */
export const formatTally = (t: ConsentTally, template: string) =>
  template.replace('{{green}}', String(t.green)).replace('{{blue}}', String(t.blue)).replace('{{red}}', String(t.red));

/** How a resolution taken over from a backup is marked, in the labels' words; '' for one decided here. */
export function importedMark(imported: Protocol['resolutions'][number]['imported'], l: ProtocolLabels): string {
  if (!imported) return '';
  return imported.consistent ? l.imported : `${l.imported}; ${l.importedInconsistent}`;
}

/** The protocol as one Markdown document; every user text in it is escaped (see markdown.ts). */
export function protocolToMarkdown(p: Protocol, l: ProtocolLabels): string {
  const out: string[] = [
    `# ${l.title}: ${mdText(p.workshop.name)}`,
    '',
    `${l.targetGroup}: ${mdText(p.workshop.targetGroup)} · ${l.area}: ${mdText(p.workshop.area)}`,
    '',
  ];
  // The steering group's decisions come first, as on the printed page: what the workshop took and what it received.
  const steering = l.steering;
  if (p.steering && steering)
    for (const side of ['produced', 'received'] as const)
      if (p.steering[side].length)
        out.push(
          `## ${steering[side]}`,
          '',
          ...p.steering[side].map((e) => steeringEntryToMarkdown(e, steering, side)),
          '',
        );
  if (p.queries.length) {
    out.push(`## ${l.queries}`, '');
    for (const q of p.queries) {
      out.push(`### ${mdText(q.question)}`, '');
      for (const g of q.groups) out.push(`- **${mdText(g.name)}:** ${g.cards.map(mdText).join(', ') || l.none}`);
      if (q.unclustered.length) out.push(`- *${l.unclustered}:* ${q.unclustered.map(mdText).join(', ')}`);
      out.push('');
    }
  }
  if (p.cases.length) {
    out.push(`## ${l.cases}`, '');
    for (const c of p.cases) {
      out.push(
        `### ${mdText(c.title)}`,
        '',
        c.narration === null ? `*${l.narrationOmitted}*` : mdParagraph(c.narration, l.none),
        '',
      );
      out.push(
        `${l.giver}: ${mdText(c.roles.giver ?? l.none)} · ${l.moderation}: ${mdText(c.roles.moderators.join(', ') || l.none)} · ${l.userPerspective}: ${mdText(c.roles.userPerspective ?? l.none)}`,
        '',
      );
      for (const g of c.grids) {
        out.push(
          `#### ${mdText(g.step)}`,
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
        mdParagraph(c.reconstruction.webOfEffects, l.none),
        '',
        `#### ${l.situation}`,
        '',
        mdParagraph(c.reconstruction.situation, l.none),
        '',
        `#### ${l.disagreements}`,
        '',
        mdParagraph(c.reconstruction.disagreements, l.none),
        '',
      );
      out.push(`#### ${l.caseThemes}`, '', ...(c.themes.length ? c.themes.map((t) => `- ${mdText(t)}`) : [l.none]), '');
    }
  }
  if (p.crossCaseThemes.length) {
    out.push(`## ${l.crossCase}`, '');
    for (const t of p.crossCaseThemes) {
      const orgs = t.organisations
        .map((o) => `${mdText(o.name)} (${o.inNetwork ? l.inNetwork : l.toInvite})`)
        .join(', ');
      out.push(`- **${mdText(t.title)}** — ${t.cases.map(mdText).join(', ')}${orgs ? ` — ${orgs}` : ''}`);
    }
    out.push('');
  }
  if (p.planningThemes.length) {
    out.push(`## ${l.planning}`, '');
    for (const t of p.planningThemes)
      out.push(
        `- **${mdText(t.title)}** — ${mdText(t.report)}${t.table ? `, ${mdText(t.table)}` : ''}${t.year ? ` (${t.year})` : ''}: ${l.relations[t.relation] ?? t.relation}. ${mdText(t.note)}`,
      );
    out.push('');
  }
  if (p.generativeThemes.length)
    out.push(`## ${l.generative}`, '', ...p.generativeThemes.map((t) => `- ${mdText(t)}`), '');
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
    for (const r of p.resolutions) {
      const mark = importedMark(r.imported, l);
      out.push(
        `- ${r.date}: ${mdText(r.text)}${r.tally ? ` (${formatTally(r.tally, l.tally)})` : ''}${mark ? ` — **${mark}**` : ''}`,
      );
    }
    out.push('');
  }
  const a = l.assignments;
  if (p.assignments?.length && a) {
    const head = [a.what, a.who, a.due, a.status];
    out.push(`## ${a.title}`, '', `| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const x of p.assignments)
      out.push(`| ${[x.what, assignmentWho(x), x.due ?? l.none, a.statuses[x.status]].map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
