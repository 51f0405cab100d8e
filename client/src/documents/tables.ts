// The tables of the documents as plain data, from the shared exports and the
// monitoring: the planning matrix (with each goal's status), the recorded
// values, the invitation list, the stakeholder analysis — each a sheet.
import {
  dayMs,
  invitationListTable,
  planningMatrixTable,
  protocolDate,
  stakeholderTable,
  type InvitationLabels,
  type InvitationList,
  type MatrixLabels,
  type MatrixRow,
  type MonitoringResponse,
  type StakeholderLabels,
  type StakeholderState,
} from '@nws/shared';
import type { deMonitoring } from '../i18n/deMonitoring';
import type { Sheet } from './xlsx';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** The documents' words: the `report` texts, and the monitoring's for statuses and kinds. */
export type ReportLabels = Shape<(typeof deMonitoring)['report']> & {
  statuses: Shape<(typeof deMonitoring)['monitoring']['status']>;
  kinds: Shape<(typeof deMonitoring)['monitoring']['kinds']>;
  assessments: Shape<(typeof deMonitoring)['monitoring']['assessments']>;
  activityStatus: Shape<(typeof deMonitoring)['monitoring']['activityStatus']>;
};

export type Lang = 'de' | 'en';
/** A day as the documents write it (30.11.2026). */
export const dayText = (d: string, lang: Lang) => protocolDate(dayMs(d), lang);
/** A number as the reader writes it (1.234,5 in German). */
export const numberText = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 }).format(n);

/** The planning matrix, with each goal's status where the monitoring knows it. */
export function matrixSheet(
  rows: MatrixRow[],
  m: MatrixLabels,
  l: ReportLabels,
  monitoring: MonitoringResponse | null,
): Sheet {
  const [head, ...body] = planningMatrixTable(rows, m);
  const status = new Map(monitoring?.goals.map((g) => [g.goalId, l.statuses[g.status]]) ?? []);
  return {
    name: l.sheets.matrix,
    rows: monitoring
      ? [[...head!, l.matrixStatus], ...body.map((r, i) => [...r, status.get(rows[i]!.goalId) ?? ''])]
      : [head!, ...body],
    widths: [16, 8, 48, 36, 28, 28, 28, 14],
  };
}

/** Every recorded value, one row each, in the goal system's order. */
export function valuesSheet(m: MonitoringResponse, l: ReportLabels, lang: Lang): Sheet {
  const h = l.valuesHead;
  const order = m.goalSystems.flatMap((s) => s.rows);
  const rows: (string | number | null)[][] = [
    [h.number, h.goal, h.indicator, h.kind, h.unit, h.date, h.value, h.source, h.comment, h.recordedBy],
  ];
  for (const goal of order)
    for (const i of m.indicators.filter((x) => x.goalId === goal.goalId))
      for (const v of i.values)
        rows.push([
          goal.number,
          goal.text,
          i.label,
          l.kinds[i.kind],
          i.unit,
          dayText(v.date, lang),
          v.value ?? (v.assessment ? l.assessments[v.assessment] : ''),
          v.source || i.source,
          v.comment,
          v.recordedBy,
        ]);
  return { name: l.sheets.values, rows, widths: [8, 40, 32, 12, 12, 14, 18, 24, 36, 18] };
}

export function invitationSheet(list: InvitationList, labels: InvitationLabels, l: ReportLabels): Sheet {
  return { name: l.sheets.invitations, rows: invitationListTable(list, labels), widths: [24, 40, 12] };
}

export function stakeholderSheet(state: StakeholderState, l: ReportLabels): Sheet {
  const labels: StakeholderLabels = { ...l.stakeholders, asOf: null };
  return { name: l.sheets.stakeholders, rows: stakeholderTable(state, labels), widths: [28, 36] };
}
