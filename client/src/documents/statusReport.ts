// The status report (Sachstandsbericht) for a period as plain data: every
// goal with its status and indicators (baseline, target, latest value, the
// values of the period), the activities done and open, the assignments, the
// decisions of the period and the goals neglected in practice. Rendered as
// Word by docx.ts.
import {
  assignmentWho,
  dayMs,
  protocolDate,
  type Day,
  type MonitoringResponse,
  type ProtocolAssignment,
} from '@nws/shared';
import { dayText, numberText, type Lang, type ReportLabels } from './tables';

export interface ReportDecision {
  /** Milliseconds: when it was taken (or decided by the steering group). */
  at: number;
  text: string;
  /** How it stands, in words (confirmed, sent back …), where there is more to say than its text. */
  state: string | null;
}

export interface StatusReport {
  title: string;
  name: string;
  period: { from: string; to: string };
  generated: string;
  goals: {
    number: string;
    text: string;
    status: string;
    override: string | null;
    indicators: { label: string; baseline: string; target: string; latest: string; inPeriod: string[] }[];
  }[];
  activities: {
    done: { number: string; text: string; organisation: string }[];
    open: { number: string; text: string; organisation: string; due: string; status: string }[];
  };
  assignments: (ProtocolAssignment & { who: string; overdue: boolean })[];
  decisions: { date: string; text: string; state: string | null }[];
  neglected: { number: string; text: string }[];
}

/** The report of `m` between `from` and `to` (both days included). */
export function buildStatusReport(
  m: MonitoringResponse,
  input: { name: string; from: Day; to: Day; decisions: ReportDecision[]; now: number },
  l: ReportLabels,
  lang: Lang,
): StatusReport {
  const inPeriod = (d: Day) => d >= input.from && d <= input.to;
  const fromMs = dayMs(input.from);
  const toMs = dayMs(input.to) + 86_400_000;
  const rows = m.goalSystems.flatMap((s) => s.rows);
  const state = new Map(m.goals.map((g) => [g.goalId, g]));
  const amount = (v: number | null, unit: string) => (v === null ? l.none : `${numberText(v, lang)} ${unit}`.trim());
  const goals = rows
    .filter((r) => r.level !== 'activity')
    .map((r) => {
      const g = state.get(r.goalId);
      return {
        number: r.number,
        text: r.text,
        status: l.statuses[g?.status ?? 'no_data'],
        override: g?.override ? l.overridden.replace('{{reason}}', g.override.reason) : null,
        indicators: m.indicators
          .filter((i) => i.goalId === r.goalId)
          .map((i) => {
            const last = i.values.at(-1);
            const shown = (v: (typeof i.values)[number]) =>
              v.value !== null ? amount(v.value, i.unit) : v.assessment ? l.assessments[v.assessment] : l.none;
            return {
              label: i.label,
              baseline: i.baseline ? `${amount(i.baseline.value, i.unit)} (${dayText(i.baseline.date, lang)})` : l.none,
              target: i.target ? `${amount(i.target.value, i.unit)} (${dayText(i.target.due, lang)})` : l.none,
              latest: last ? `${shown(last)} (${dayText(last.date, lang)})` : l.none,
              inPeriod: i.values
                .filter((v) => inPeriod(v.date))
                .map((v) => `${dayText(v.date, lang)}: ${shown(v)}${v.comment ? ` – ${v.comment}` : ''}`),
            };
          }),
      };
    });
  const activities = rows
    .filter((r) => r.level === 'activity')
    .map((r) => ({ r, a: state.get(r.goalId)?.activity }))
    .filter((x) => x.a && x.a.status !== 'dropped');
  return {
    title: l.title,
    name: input.name,
    period: { from: dayText(input.from, lang), to: dayText(input.to, lang) },
    generated: protocolDate(input.now, lang),
    goals,
    activities: {
      done: activities
        .filter((x) => x.a!.status === 'done')
        .map(({ r, a }) => ({ number: r.number, text: r.text, organisation: a!.organisation })),
      open: activities
        .filter((x) => x.a!.status !== 'done')
        .map(({ r, a }) => ({
          number: r.number,
          text: r.text,
          organisation: a!.organisation,
          due: a!.due ? dayText(a!.due, lang) : l.none,
          status: l.activityStatus[a!.status],
        })),
    },
    assignments: m.assignments.map((a) => ({
      what: a.what,
      organisation: a.organisation,
      person: a.person,
      who: assignmentWho(a),
      due: a.due ? dayText(a.due, lang) : null,
      status: a.status,
      overdue: a.overdue,
    })),
    decisions: input.decisions
      .filter((d) => d.at >= fromMs && d.at < toMs)
      .sort((a, b) => a.at - b.at)
      .map((d) => ({
        date: protocolDate(d.at, lang),
        text: d.text,
        state: d.state,
      })),
    neglected: m.goals
      .filter((g) => g.neglected)
      .map((g) => rows.find((r) => r.goalId === g.goalId)!)
      .map((r) => ({ number: r.number, text: r.text })),
  };
}
