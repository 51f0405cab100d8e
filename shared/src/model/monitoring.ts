// Monitoring a network's goal system (METHOD.md sections 3 and 4): measurable
// indicators beside a goal's free text, values recorded over time, a goal's
// status (derived, or overridden with a reason), activities' progress, and
// the assignments (Arbeitsaufträge) a resolution or a protocol creates. Kept
// by the server per network and goal id, so a goal carried into a later
// workshop (its id kept) keeps its history. Days are ISO dates (YYYY-MM-DD).
import { z } from 'zod';
import type { MatrixRow } from '../export/planningMatrix.js';

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar day as ISO text; a real date between 1990 and 2200. */
export const DaySchema = z
  .string()
  .regex(DAY_RE, 'a day as YYYY-MM-DD')
  .refine((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === d && d >= '1990' && d < '2200';
  }, 'no such day');
export type Day = z.infer<typeof DaySchema>;

/** Midnight UTC of a day, for the status rules (which count in days). */
export const dayMs = (d: Day): number => Date.parse(`${d}T00:00:00Z`);
/** The day of a moment, in the workshops' time zone. */
export const dayOf = (ms: number): Day =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(ms) as Day;

export const IndicatorKindSchema = z.enum(['quantity', 'quality', 'date']);
export const AssessmentSchema = z.enum(['reached', 'on_track', 'at_risk', 'off_track']);
export const GoalStatusSchema = z.enum(['reached', 'on_track', 'at_risk', 'off_track', 'no_data']);
export const WorkStatusSchema = z.enum(['open', 'in_progress', 'done', 'dropped']);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;
/** A quality indicator's assessment, or a date indicator's "done". */
export type Assessment = z.infer<typeof AssessmentSchema>;
export type GoalStatus = z.infer<typeof GoalStatusSchema>;
export type WorkStatus = z.infer<typeof WorkStatusSchema>;

const text = (max: number) => z.string().trim().max(max);
const finite = z.number().finite().min(-1e12).max(1e12);

export const INDICATORS_PER_GOAL = 20;
export const VALUES_PER_INDICATOR = 500;
export const ASSIGNMENTS_PER_NETWORK = 2000;

const indicatorFields = {
  label: text(300).min(1),
  kind: IndicatorKindSchema,
  unit: text(40),
  baseline: z.object({ value: finite.nullable(), date: DaySchema }).strict().nullable(),
  target: z.object({ value: finite.nullable(), due: DaySchema }).strict().nullable(),
  /** Where the value comes from (the planning matrix's sources). */
  source: text(300),
};

export const IndicatorBodySchema = z
  .object({
    goalId: z.string().min(1).max(64),
    ...indicatorFields,
    unit: indicatorFields.unit.default(''),
    baseline: indicatorFields.baseline.default(null),
    target: indicatorFields.target.default(null),
    source: indicatorFields.source.default(''),
  })
  .strict();
export type IndicatorBody = z.infer<typeof IndicatorBodySchema>;
export const IndicatorPatchBodySchema = z.object(indicatorFields).partial().strict();
export type IndicatorPatch = z.infer<typeof IndicatorPatchBodySchema>;

/** A measured value (quantity) or an assessment (quality, date: "reached"). */
export const MeasurementBodySchema = z
  .object({
    date: DaySchema,
    value: finite.nullable().default(null),
    assessment: AssessmentSchema.nullable().default(null),
    source: text(300).default(''),
    comment: text(1000).default(''),
  })
  .strict()
  .refine((m) => (m.value === null) !== (m.assessment === null), 'a value or an assessment, not both');
export type MeasurementBody = z.infer<typeof MeasurementBodySchema>;

export const GoalOverrideBodySchema = z
  .object({ status: GoalStatusSchema.nullable(), reason: text(500).default('') })
  .strict()
  .refine((o) => o.status === null || o.reason.length > 0, 'an override needs a reason');

export const ActivityStateBodySchema = z
  .object({ status: WorkStatusSchema, organisation: text(120), due: DaySchema.nullable() })
  .partial()
  .strict();
export type ActivityStateBody = z.infer<typeof ActivityStateBodySchema>;

export const AssignmentSourceSchema = z.discriminatedUnion('kind', [
  /** From a resolution of a workshop (its id in the workshop's control document). */
  z.object({ kind: z.literal('resolution'), workshopId: z.string().min(1).max(64), resolutionId: z.string().max(64) }),
  /** Written down in a workshop's protocol. */
  z.object({ kind: z.literal('protocol'), workshopId: z.string().min(1).max(64) }),
]);
export type AssignmentSource = z.infer<typeof AssignmentSourceSchema>;

const assignmentFields = {
  what: text(1000).min(1),
  organisation: text(120).min(1),
  /** A named person of the workshop it came from (optional). */
  person: text(80).nullable(),
  due: DaySchema.nullable(),
  goalId: z.string().min(1).max(64).nullable(),
};
export const AssignmentBodySchema = z
  .object({
    ...assignmentFields,
    person: assignmentFields.person.default(null),
    due: assignmentFields.due.default(null),
    goalId: assignmentFields.goalId.default(null),
    source: AssignmentSourceSchema.nullable().default(null),
  })
  .strict();
export type AssignmentBody = z.infer<typeof AssignmentBodySchema>;
export const AssignmentPatchBodySchema = z
  .object({ ...assignmentFields, status: WorkStatusSchema, note: text(1000) })
  .partial()
  .strict();
export type AssignmentPatch = z.infer<typeof AssignmentPatchBodySchema>;

export const MonitoringSettingsBodySchema = z.object({ neglectDays: z.number().int().min(7).max(730) }).strict();

export interface RecordedValue {
  id: string;
  date: Day;
  value: number | null;
  assessment: z.infer<typeof AssessmentSchema> | null;
  source: string;
  comment: string;
  recordedBy: string;
  recordedAt: number;
}

export interface Indicator {
  id: string;
  goalId: string;
  label: string;
  kind: z.infer<typeof IndicatorKindSchema>;
  unit: string;
  baseline: { value: number | null; date: Day } | null;
  target: { value: number | null; due: Day } | null;
  source: string;
  /** Oldest first. */
  values: RecordedValue[];
  status: GoalStatus;
}

export interface GoalMonitoring {
  goalId: string;
  /** What counts: the override where one is set, else derived. */
  status: GoalStatus;
  derived: GoalStatus;
  override: { status: GoalStatus; reason: string; by: string; at: number } | null;
  /** Activities: their progress. */
  activity: { status: WorkStatus; organisation: string; due: Day | null; changedAt: number | null } | null;
  /** No activity progress and no value for the network's neglect period. */
  neglected: boolean;
}

export interface Assignment {
  id: string;
  what: string;
  organisation: string;
  person: string | null;
  due: Day | null;
  goalId: string | null;
  status: WorkStatus;
  note: string;
  source: AssignmentSource | null;
  /** The source's text (the resolution's words) when it was created. */
  sourceText: string;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  overdue: boolean;
}

/** One workshop's goal system as the monitoring reads it. */
export interface MonitoredGoalSystem {
  workshopId: string;
  workshopName: string;
  rows: (MatrixRow & { parentId: string | null; createdAt: number })[];
}

export interface MonitoringResponse {
  today: Day;
  neglectDays: number;
  /** Whether the caller may record values, statuses and assignments. */
  canEdit: boolean;
  goalSystems: MonitoredGoalSystem[];
  goals: GoalMonitoring[];
  indicators: Indicator[];
  assignments: Assignment[];
}
