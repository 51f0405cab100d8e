// Word documents as staff pass them on (the `docx` library, in the
// documents' own lazy chunk): the result protocol and the status report,
// with real headings (for Word's navigation pane), tables with a repeated
// header row, German labels and dates. Texts keep their line breaks.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {
  assignmentWho,
  formatTally,
  importedMark,
  planningMatrixTable,
  steeringEntryDetails,
  type Protocol,
  type ProtocolLabels,
  type SteeringProtocolEntry,
} from '@nws/shared';
import type { StatusReport } from './statusReport';
import type { ReportLabels } from './tables';

/** Runs of a text, its line breaks kept. */
const runs = (text: string, style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
const p = (text: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: runs(text, style) });
const h = (text: string, level: 1 | 2 | 3 | 4) =>
  new Paragraph({
    text,
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][
      level - 1
    ],
  });
const bullet = (text: string) => new Paragraph({ children: runs(text), bullet: { level: 0 } });

const headAndRows = ([head, ...rows]: string[][]): [string[], string[][]] => [head!, rows];

/** A table with a bold header row that repeats on every page. */
function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: runs(text, { bold }) })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((x) => cell(x, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
    ],
  });
}

async function pack(title: string, children: (Paragraph | Table)[], lang: 'de' | 'en'): Promise<ArrayBuffer> {
  const doc = new Document({
    title,
    creator: 'Netzwerkstatt',
    styles: {
      default: { document: { run: { font: 'Calibri', language: { value: lang === 'de' ? 'de-DE' : 'en-GB' } } } },
    },
    sections: [{ children }],
  });
  return Packer.toArrayBuffer(doc);
}

const steeringEntry = (
  e: SteeringProtocolEntry,
  l: NonNullable<ProtocolLabels['steering']>,
  side: 'produced' | 'received',
) => [`${e.date}: ${e.text}`, l.states[e.state], ...steeringEntryDetails(e, l, side)].join(' — ');

/** The result protocol as a Word document (the same content as the Markdown and the printable page). */
export function protocolDocx(pr: Protocol, l: ProtocolLabels, lang: 'de' | 'en'): Promise<ArrayBuffer> {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: `${l.title}: ${pr.workshop.name}`, heading: HeadingLevel.TITLE }),
    p(`${l.targetGroup}: ${pr.workshop.targetGroup} · ${l.area}: ${pr.workshop.area}`),
  ];
  const s = l.steering;
  if (pr.steering && s)
    for (const side of ['produced', 'received'] as const)
      if (pr.steering[side].length)
        out.push(h(s[side], 1), ...pr.steering[side].map((e) => bullet(steeringEntry(e, s, side))));
  if (pr.queries.length) {
    out.push(h(l.queries, 1));
    for (const q of pr.queries) {
      out.push(h(q.question, 2));
      for (const g of q.groups) out.push(bullet(`${g.name}: ${g.cards.join(', ') || l.none}`));
      if (q.unclustered.length) out.push(bullet(`${l.unclustered}: ${q.unclustered.join(', ')}`));
    }
  }
  if (pr.cases.length) {
    out.push(h(l.cases, 1));
    for (const c of pr.cases) {
      out.push(h(c.title, 2));
      out.push(c.narration === null ? p(l.narrationOmitted, { italics: true }) : p(c.narration || l.none));
      out.push(
        p(
          `${l.giver}: ${c.roles.giver ?? l.none} · ${l.moderation}: ${c.roles.moderators.join(', ') || l.none} · ${l.userPerspective}: ${c.roles.userPerspective ?? l.none}`,
        ),
      );
      for (const g of c.grids)
        out.push(
          h(g.step, 3),
          table(
            ['', ...g.questions],
            g.rows.map((r) => [r.organisation, ...r.cells]),
          ),
        );
      out.push(h(l.web, 3), p(c.reconstruction.webOfEffects || l.none));
      out.push(h(l.situation, 3), p(c.reconstruction.situation || l.none));
      out.push(h(l.disagreements, 3), p(c.reconstruction.disagreements || l.none));
      if (c.themes.length) out.push(h(l.caseThemes, 3), ...c.themes.map(bullet));
    }
  }
  if (pr.crossCaseThemes.length)
    out.push(
      h(l.crossCase, 1),
      ...pr.crossCaseThemes.map((t) =>
        bullet(
          [
            t.title,
            t.cases.join(', '),
            t.organisations.map((o) => `${o.name} (${o.inNetwork ? l.inNetwork : l.toInvite})`).join(', '),
          ]
            .filter(Boolean)
            .join(' — '),
        ),
      ),
    );
  if (pr.planningThemes.length)
    out.push(
      h(l.planning, 1),
      ...pr.planningThemes.map((t) =>
        bullet(
          `${t.title} — ${t.report}${t.table ? `, ${t.table}` : ''}${t.year ? ` (${t.year})` : ''}: ${l.relations[t.relation]}. ${t.note}`,
        ),
      ),
    );
  if (pr.generativeThemes.length) out.push(h(l.generative, 1), ...pr.generativeThemes.map(bullet));
  if (pr.goals.length) {
    const m = l.matrix;
    out.push(h(l.goals, 1), table(...headAndRows(planningMatrixTable(pr.goals, m))));
  }
  if (pr.resolutions.length)
    out.push(
      h(l.resolutions, 1),
      ...pr.resolutions.map((r) => {
        const mark = importedMark(r.imported, l);
        return bullet(
          `${r.date}: ${r.text}${r.tally ? ` (${formatTally(r.tally, l.tally)})` : ''}${mark ? ` — ${mark}` : ''}`,
        );
      }),
    );
  const a = l.assignments;
  if (pr.assignments?.length && a)
    out.push(
      h(a.title, 1),
      table(
        [a.what, a.who, a.due, a.status],
        pr.assignments.map((x) => [x.what, assignmentWho(x), x.due ?? l.none, a.statuses[x.status]]),
      ),
    );
  return pack(`${l.title}: ${pr.workshop.name}`, out, lang);
}

/** The status report as a Word document. */
export function statusReportDocx(
  r: StatusReport,
  l: ReportLabels,
  a: NonNullable<ProtocolLabels['assignments']>,
  lang: 'de' | 'en',
): Promise<ArrayBuffer> {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: `${r.title}: ${r.name}`, heading: HeadingLevel.TITLE }),
    p(l.period.replace('{{from}}', r.period.from).replace('{{to}}', r.period.to)),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: runs(l.generated.replace('{{date}}', r.generated), { italics: true }),
    }),
    h(l.goals, 1),
  ];
  for (const g of r.goals) {
    out.push(h(`${g.number ? `${g.number} ` : ''}${g.text}`, 2), p(`${l.status}: ${g.status}`, { bold: true }));
    if (g.override) out.push(p(g.override, { italics: true }));
    if (g.indicators.length)
      out.push(
        table(
          [l.indicator, l.baseline, l.target, l.latest, l.valuesInPeriod],
          g.indicators.map((i) => [i.label, i.baseline, i.target, i.latest, i.inPeriod.join('\n') || l.none]),
        ),
      );
  }
  out.push(h(l.activitiesDone, 1));
  out.push(
    r.activities.done.length
      ? table(
          [l.activity, l.responsible],
          r.activities.done.map((x) => [`${x.number} ${x.text}`, x.organisation || l.none]),
        )
      : p(l.none),
  );
  out.push(h(l.activitiesOpen, 1));
  out.push(
    r.activities.open.length
      ? table(
          [l.activity, l.responsible, l.due, l.status],
          r.activities.open.map((x) => [`${x.number} ${x.text}`, x.organisation || l.none, x.due, x.status]),
        )
      : p(l.none),
  );
  out.push(h(a.title, 1));
  out.push(
    r.assignments.length
      ? table(
          [a.what, a.who, a.due, a.status],
          r.assignments.map((x) => [
            x.what,
            x.who,
            x.due ?? l.none,
            x.overdue ? `${a.statuses[x.status]} (${l.overdue})` : a.statuses[x.status],
          ]),
        )
      : p(l.none),
  );
  out.push(h(l.decisions, 1));
  if (r.decisions.length)
    out.push(...r.decisions.map((d) => bullet(`${d.date}: ${d.text}${d.state ? ` — ${d.state}` : ''}`)));
  else out.push(p(l.none));
  out.push(h(l.neglected, 1));
  if (r.neglected.length) out.push(...r.neglected.map((g) => bullet(`${g.number} ${g.text}`)));
  else out.push(p(l.none));
  return pack(`${r.title}: ${r.name}`, out, lang);
}
