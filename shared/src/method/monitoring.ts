// Monitoring the goal system (METHOD.md sections 3, Phase III, and 4): the
// rules that turn indicators, measured values and due dates into a status,
// which assignments are overdue, and which goals are neglected in practice.
// Pure functions over plain data; where the data is kept and shown comes
// with issue 16's storage and views.

import type { Assessment, GoalStatus, IndicatorKind, WorkStatus } from '../model/monitoring.js';

export interface IndicatorSpec {
  kind: IndicatorKind;
  /** Quantity: the value at the start, and when it was measured. */
  baseline: { value: number | null; date: number } | null;
  /** The target value (quantity) and the day it is due (every kind). */
  target: { value: number | null; due: number } | null;
}

export interface Measurement {
  date: number;
  /** Quantity indicators: the measured value. */
  value: number | null;
  /** Quality and date indicators: the assessment recorded. */
  assessment: Assessment | null;
}

const DAY = 86_400_000;
/** How far behind the straight line from baseline to target a quantity may fall and still be on track. */
export const ON_TRACK_SLACK = 0.1;
/** …and still only at risk, beyond which it is off track. */
export const AT_RISK_SLACK = 0.3;
/** A date indicator not done is at risk in its last stretch before the due day: 30 days, or a fifth of its span. */
const dateRiskWindow = (span: number) => Math.max(30 * DAY, span / 5);

/** The latest of the picked values; of two on the same day, the one recorded later (later in the list). */
const latest = (values: Measurement[], pick: (m: Measurement) => boolean) =>
  values.filter(pick).reduce<Measurement | null>((best, m) => (best === null || m.date >= best.date ? m : best), null);

/**
 * One indicator's status on `today`:
 * - quantity: reached once the latest value reaches the target (in the target's direction from
 *   the baseline); before the due day on track while the progress made is within ON_TRACK_SLACK of
 *   the time passed, at risk within AT_RISK_SLACK, off track beyond; off track after the due day;
 *   no data without a value (or without a baseline and target to measure against);
 * - quality: the latest assessment (off track when the due day passed without "reached");
 * - date: reached when recorded so; off track after the due day; at risk in its last stretch.
 */
export function indicatorStatus(spec: IndicatorSpec, values: Measurement[], today: number): GoalStatus {
  const due = spec.target?.due ?? null;
  const overdue = due !== null && today > due;
  if (spec.kind === 'date') {
    if (values.some((m) => m.assessment === 'reached')) return 'reached';
    if (due === null) return 'no_data';
    if (overdue) return 'off_track';
    const start = spec.baseline?.date ?? Math.min(today, due);
    return due - today <= dateRiskWindow(due - start) ? 'at_risk' : 'on_track';
  }
  if (spec.kind === 'quality') {
    const last = latest(values, (m) => m.assessment !== null);
    if (!last) return overdue ? 'off_track' : 'no_data';
    if (last.assessment === 'reached') return 'reached';
    return overdue ? 'off_track' : last.assessment!;
  }
  const last = latest(values, (m) => m.value !== null);
  const base = spec.baseline?.value ?? null;
  const target = spec.target?.value ?? null;
  if (!last || base === null || target === null || due === null) return 'no_data';
  const up = target >= base;
  if (up ? last.value! >= target : last.value! <= target) return 'reached';
  if (overdue) return 'off_track';
  const span = due - spec.baseline!.date;
  const timeShare = span <= 0 ? 1 : Math.min(1, Math.max(0, (last.date - spec.baseline!.date) / span));
  const progress = target === base ? 1 : (last.value! - base) / (target - base);
  if (progress >= timeShare - ON_TRACK_SLACK) return 'on_track';
  if (progress >= timeShare - AT_RISK_SLACK) return 'at_risk';
  return 'off_track';
}

const severity: Record<GoalStatus, number> = { no_data: 0, reached: 1, on_track: 2, at_risk: 3, off_track: 4 };

/**
 * A goal's status from its indicators' (the worst one counts; reached only
 * when every measured indicator is), unless the moderation overrode it with
 * a reason.
 */
export function goalStatus(
  indicators: GoalStatus[],
  override: { status: GoalStatus; reason: string } | null = null,
): GoalStatus {
  if (override && override.reason.trim()) return override.status;
  const measured = indicators.filter((s) => s !== 'no_data');
  if (measured.length === 0) return 'no_data';
  return measured.reduce((worst, s) => (severity[s] > severity[worst] ? s : worst));
}

export interface AssignmentDue {
  due: number | null;
  status: WorkStatus;
}

/** An assignment is overdue when its day has passed (the whole day counts) and it is neither done nor dropped. */
export const isOverdue = (a: AssignmentDue, today: number): boolean =>
  a.due !== null && a.status !== 'done' && a.status !== 'dropped' && Math.floor(today / DAY) > Math.floor(a.due / DAY);

export interface GoalActivity {
  /** When its status last changed (progress), or null if never. */
  changedAt: number | null;
  status: WorkStatus;
}

/**
 * Goals neglected in practice (the drift the method names): for at least
 * `days`, none of its activities made progress and no value was recorded
 * for any of its indicators. A goal whose activities are all done is not
 * neglected; nor one created less than `days` ago.
 */
export function isNeglected(
  goal: { createdAt: number; activities: GoalActivity[]; measuredAt: number[] },
  today: number,
  days: number,
): boolean {
  const since = today - days * DAY;
  if (goal.createdAt > since) return false;
  const live = goal.activities.filter((a) => a.status !== 'dropped');
  if (live.length > 0 && live.every((a) => a.status === 'done')) return false;
  const progressed = goal.activities.some((a) => a.changedAt !== null && a.changedAt >= since);
  const measured = goal.measuredAt.some((d) => d >= since);
  return !progressed && !measured;
}
