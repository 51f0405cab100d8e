// What a network records while it works on its goals: measurable indicators
// and their values, goal status overrides and activities' progress, and the
// assignments (Arbeitsaufträge). Plain rows; the statuses are derived from
// them by the shared rules (method/monitoring.ts) when they are read.
import {
  ASSIGNMENTS_PER_NETWORK,
  DomainError,
  INDICATORS_PER_GOAL,
  VALUES_PER_INDICATOR,
  type ActivityStateBody,
  type Assignment,
  type AssignmentBody,
  type AssignmentPatch,
  type AssignmentSource,
  type Day,
  type GoalStatus,
  type Indicator,
  type IndicatorBody,
  type IndicatorPatch,
  type RecordedValue,
  type MeasurementBody,
  type WorkStatus,
} from '@nws/shared';
import type { DB } from './db.js';
import { newId } from '../auth/tokens.js';

interface IndicatorRow {
  id: string;
  goal_id: string;
  label: string;
  kind: Indicator['kind'];
  unit: string;
  baseline_value: number | null;
  baseline_date: Day | null;
  target_value: number | null;
  target_due: Day | null;
  source: string;
}
interface ValueRow {
  id: string;
  indicator_id: string;
  day: Day;
  value: number | null;
  assessment: RecordedValue['assessment'];
  source: string;
  comment: string;
  recorded_by: string;
  recorded_at: number;
}
interface GoalStateRow {
  goal_id: string;
  override_status: GoalStatus | null;
  override_reason: string | null;
  override_by: string | null;
  override_at: number | null;
  activity_status: WorkStatus | null;
  organisation: string;
  due: Day | null;
  changed_at: number | null;
}
interface AssignmentRow {
  id: string;
  workshop_id: string | null;
  source: string | null;
  source_text: string;
  what: string;
  organisation: string;
  person: string | null;
  due: Day | null;
  goal_id: string | null;
  status: WorkStatus;
  note: string;
  created_by: string;
  created_at: number;
  updated_at: number;
}

const toValue = (r: ValueRow): RecordedValue => ({
  id: r.id,
  date: r.day,
  value: r.value,
  assessment: r.assessment,
  source: r.source,
  comment: r.comment,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

function readSource(json: string | null): AssignmentSource | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as AssignmentSource;
  } catch {
    return null;
  }
}

/** An indicator as stored (its status is the reader's to derive). */
export type StoredIndicator = Omit<Indicator, 'status'>;
/** An assignment as stored (whether it is overdue is the reader's to say). */
export type StoredAssignment = Omit<Assignment, 'overdue'>;

export class MonitoringStore {
  constructor(private readonly db: DB) {}

  indicators(networkId: string): StoredIndicator[] {
    const rows = this.db
      .prepare('SELECT * FROM monitoring_indicators WHERE network_id = ? ORDER BY created_at, id')
      .all(networkId) as IndicatorRow[];
    const values = this.db
      .prepare(
        `SELECT v.* FROM monitoring_values v JOIN monitoring_indicators i ON i.id = v.indicator_id
         WHERE i.network_id = ? ORDER BY v.day, v.recorded_at`,
      )
      .all(networkId) as ValueRow[];
    const valuesOf = new Map<string, RecordedValue[]>();
    for (const v of values) valuesOf.set(v.indicator_id, [...(valuesOf.get(v.indicator_id) ?? []), toValue(v)]);
    return rows.map((r) => ({
      id: r.id,
      goalId: r.goal_id,
      label: r.label,
      kind: r.kind,
      unit: r.unit,
      baseline: r.baseline_date ? { value: r.baseline_value, date: r.baseline_date } : null,
      target: r.target_due ? { value: r.target_value, due: r.target_due } : null,
      source: r.source,
      values: valuesOf.get(r.id) ?? [],
    }));
  }

  private indicatorRow(networkId: string, id: string): IndicatorRow {
    const row = this.db
      .prepare('SELECT * FROM monitoring_indicators WHERE network_id = ? AND id = ?')
      .get(networkId, id) as IndicatorRow | undefined;
    if (!row) throw new DomainError('not_found', 'No such indicator in this network.');
    return row;
  }

  addIndicator(networkId: string, body: IndicatorBody, now: number): string {
    const { n } = this.db
      .prepare('SELECT count(*) AS n FROM monitoring_indicators WHERE network_id = ? AND goal_id = ?')
      .get(networkId, body.goalId) as { n: number };
    if (n >= INDICATORS_PER_GOAL)
      throw new DomainError('limit_reached', `A goal has at most ${INDICATORS_PER_GOAL} indicators.`);
    const id = newId();
    this.db
      .prepare(
        `INSERT INTO monitoring_indicators (id, network_id, goal_id, label, kind, unit, baseline_value, baseline_date,
           target_value, target_due, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        networkId,
        body.goalId,
        body.label,
        body.kind,
        body.unit,
        body.baseline?.value ?? null,
        body.baseline?.date ?? null,
        body.target?.value ?? null,
        body.target?.due ?? null,
        body.source,
        now,
      );
    return id;
  }

  patchIndicator(networkId: string, id: string, patch: IndicatorPatch): void {
    const row = this.indicatorRow(networkId, id);
    const next = {
      label: patch.label ?? row.label,
      kind: patch.kind ?? row.kind,
      unit: patch.unit ?? row.unit,
      baseline:
        patch.baseline !== undefined
          ? patch.baseline
          : row.baseline_date
            ? { value: row.baseline_value, date: row.baseline_date }
            : null,
      target:
        patch.target !== undefined
          ? patch.target
          : row.target_due
            ? { value: row.target_value, due: row.target_due }
            : null,
      source: patch.source ?? row.source,
    };
    this.db
      .prepare(
        `UPDATE monitoring_indicators SET label = ?, kind = ?, unit = ?, baseline_value = ?, baseline_date = ?,
           target_value = ?, target_due = ?, source = ? WHERE id = ?`,
      )
      .run(
        next.label,
        next.kind,
        next.unit,
        next.baseline?.value ?? null,
        next.baseline?.date ?? null,
        next.target?.value ?? null,
        next.target?.due ?? null,
        next.source,
        id,
      );
  }

  removeIndicator(networkId: string, id: string): void {
    this.indicatorRow(networkId, id);
    this.db.prepare('DELETE FROM monitoring_indicators WHERE id = ?').run(id);
  }

  /** Records a value (quantity indicators) or an assessment (quality and date indicators). */
  addValue(networkId: string, indicatorId: string, body: MeasurementBody, by: string, now: number): string {
    const row = this.indicatorRow(networkId, indicatorId);
    if (row.kind === 'quantity' ? body.value === null : body.assessment === null)
      throw new DomainError(
        'invalid',
        row.kind === 'quantity' ? 'A quantity indicator records a number.' : 'This indicator records an assessment.',
      );
    if (row.kind === 'date' && body.assessment !== 'reached')
      throw new DomainError('invalid', 'A date indicator records only that it was reached.');
    const { n } = this.db
      .prepare('SELECT count(*) AS n FROM monitoring_values WHERE indicator_id = ?')
      .get(indicatorId) as { n: number };
    if (n >= VALUES_PER_INDICATOR)
      throw new DomainError('limit_reached', `An indicator keeps at most ${VALUES_PER_INDICATOR} values.`);
    const id = newId();
    this.db
      .prepare(
        `INSERT INTO monitoring_values (id, indicator_id, day, value, assessment, source, comment, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, indicatorId, body.date, body.value, body.assessment, body.source, body.comment, by, now);
    return id;
  }

  removeValue(networkId: string, indicatorId: string, valueId: string): void {
    this.indicatorRow(networkId, indicatorId);
    const done = this.db
      .prepare('DELETE FROM monitoring_values WHERE id = ? AND indicator_id = ?')
      .run(valueId, indicatorId);
    if (done.changes === 0) throw new DomainError('not_found', 'No such value.');
  }

  goalStates(networkId: string): GoalStateRow[] {
    return this.db.prepare('SELECT * FROM monitoring_goals WHERE network_id = ?').all(networkId) as GoalStateRow[];
  }

  private ensureGoal(networkId: string, goalId: string): GoalStateRow {
    this.db
      .prepare('INSERT INTO monitoring_goals (network_id, goal_id) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(networkId, goalId);
    return this.db
      .prepare('SELECT * FROM monitoring_goals WHERE network_id = ? AND goal_id = ?')
      .get(networkId, goalId) as GoalStateRow;
  }

  /** Overrides a goal's derived status with a reason (null status: back to derived). */
  setOverride(networkId: string, goalId: string, status: GoalStatus | null, reason: string, by: string, now: number) {
    this.ensureGoal(networkId, goalId);
    this.db
      .prepare(
        `UPDATE monitoring_goals SET override_status = ?, override_reason = ?, override_by = ?, override_at = ?
         WHERE network_id = ? AND goal_id = ?`,
      )
      .run(status, status ? reason : null, status ? by : null, status ? now : null, networkId, goalId);
  }

  /** An activity's status, responsible organisation and due day; a change of status counts as progress. */
  setActivity(networkId: string, goalId: string, patch: ActivityStateBody, now: number): void {
    const row = this.ensureGoal(networkId, goalId);
    const status = patch.status ?? row.activity_status ?? 'open';
    const changed = patch.status !== undefined && patch.status !== row.activity_status;
    this.db
      .prepare(
        `UPDATE monitoring_goals SET activity_status = ?, organisation = ?, due = ?, changed_at = ?
         WHERE network_id = ? AND goal_id = ?`,
      )
      .run(
        status,
        patch.organisation ?? row.organisation,
        patch.due !== undefined ? patch.due : row.due,
        changed ? now : row.changed_at,
        networkId,
        goalId,
      );
  }

  assignments(networkId: string): StoredAssignment[] {
    const rows = this.db
      .prepare('SELECT * FROM assignments WHERE network_id = ? ORDER BY created_at, id')
      .all(networkId) as AssignmentRow[];
    return rows.map((r) => ({
      id: r.id,
      what: r.what,
      organisation: r.organisation,
      person: r.person,
      due: r.due,
      goalId: r.goal_id,
      status: r.status,
      note: r.note,
      source: readSource(r.source),
      sourceText: r.source_text,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  addAssignment(networkId: string, body: AssignmentBody, sourceText: string, by: string, now: number): string {
    const { n } = this.db.prepare('SELECT count(*) AS n FROM assignments WHERE network_id = ?').get(networkId) as {
      n: number;
    };
    if (n >= ASSIGNMENTS_PER_NETWORK)
      throw new DomainError('limit_reached', `A network keeps at most ${ASSIGNMENTS_PER_NETWORK} assignments.`);
    const id = newId();
    this.db
      .prepare(
        `INSERT INTO assignments (id, network_id, workshop_id, source, source_text, what, organisation, person, due, goal_id,
           created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        networkId,
        body.source?.workshopId ?? null,
        body.source ? JSON.stringify(body.source) : null,
        sourceText,
        body.what,
        body.organisation,
        body.person,
        body.due,
        body.goalId,
        by,
        now,
        now,
      );
    return id;
  }

  patchAssignment(networkId: string, id: string, patch: AssignmentPatch, now: number): void {
    const row = this.db.prepare('SELECT * FROM assignments WHERE network_id = ? AND id = ?').get(networkId, id) as
      AssignmentRow | undefined;
    if (!row) throw new DomainError('not_found', 'No such assignment in this network.');
    const pick = <K extends keyof AssignmentPatch>(k: K, old: AssignmentPatch[K]) =>
      patch[k] !== undefined ? patch[k] : old;
    this.db
      .prepare(
        `UPDATE assignments SET what = ?, organisation = ?, person = ?, due = ?, goal_id = ?, status = ?, note = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(
        pick('what', row.what),
        pick('organisation', row.organisation),
        pick('person', row.person),
        pick('due', row.due),
        pick('goalId', row.goal_id),
        pick('status', row.status),
        pick('note', row.note),
        now,
        id,
      );
  }

  removeAssignment(networkId: string, id: string): void {
    const done = this.db.prepare('DELETE FROM assignments WHERE network_id = ? AND id = ?').run(networkId, id);
    if (done.changes === 0) throw new DomainError('not_found', 'No such assignment in this network.');
  }

  neglectDays(networkId: string): number {
    const row = this.db.prepare('SELECT neglect_days FROM networks WHERE id = ?').get(networkId) as
      { neglect_days: number } | undefined;
    return row?.neglect_days ?? 90;
  }

  setNeglectDays(networkId: string, days: number): void {
    this.db.prepare('UPDATE networks SET neglect_days = ? WHERE id = ?').run(days, networkId);
  }
}
