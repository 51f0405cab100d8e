// HTTP contract of the planning conference: /api/workshops/:id/conference/…
// (step, timer, cases and their roles, agenda edits, grid rows).
import { z } from 'zod';
import { AgendaSchema, LocalizedSchema } from '../method/agenda.js';
import { CASE_TITLE_MAX, CaseRolesSchema, CaseSchema, NARRATION_MAX, NewCaseSchema } from '../model/case.js';
import { PositionSchema, TimerSchema } from '../model/conference.js';
import { ORGANISATION_MAX, type GridRow } from '../model/grid.js';

const stepId = z.string().max(40);

/** POST /conference/step: relative (next, back, start) or a jump. */
export const StepBodySchema = z.union([
  z.object({ to: z.enum(['next', 'back', 'start']) }),
  z.object({ stepId, caseId: z.string().max(64).nullable() }),
]);
export type StepBody = z.infer<typeof StepBodySchema>;
export const StepResponseSchema = z.object({ position: PositionSchema });
export type StepResponse = z.infer<typeof StepResponseSchema>;

/** POST /conference/timer */
export const ConferenceTimerBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('add'), minutes: z.number().int().min(1).max(120) }),
  z.object({ action: z.literal('set'), minutes: z.number().int().min(1).max(240) }),
]);
export type ConferenceTimerBody = z.infer<typeof ConferenceTimerBodySchema>;
export const TimerResponseSchema = z.object({ timer: TimerSchema });
export type TimerResponse = z.infer<typeof TimerResponseSchema>;

/** POST /conference/cases */
export const NewCaseBodySchema = NewCaseSchema;
/** PATCH /conference/cases/:cid */
export const CasePatchBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(CASE_TITLE_MAX).optional(),
    narration: z.string().max(NARRATION_MAX).optional(),
  })
  .refine((b) => b.title !== undefined || b.narration !== undefined, 'title or narration required');
export type CasePatchBody = z.infer<typeof CasePatchBodySchema>;
/** POST /conference/cases/:cid/roles */
export const CaseRolesBodySchema = CaseRolesSchema;
/** The answer of every case command. */
export const CaseResponseSchema = z.object({ case: CaseSchema });
export type CaseResponse = z.infer<typeof CaseResponseSchema>;

/** POST /conference/agenda: one edit of the workshop's agenda. */
export const AgendaOpBodySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), stepId, title: LocalizedSchema.partial() }),
  z.object({ op: z.literal('move'), stepId, toIndex: z.number().int().min(0).max(100) }),
  z.object({ op: z.literal('skip'), stepId, skipped: z.boolean() }),
  z.object({
    op: z.literal('add'),
    afterId: stepId,
    title: LocalizedSchema,
    minutes: z.number().int().min(1).max(240).nullable().optional(),
    artefact: z.enum(['notes', 'chains']).optional(),
  }),
  z.object({ op: z.literal('remove'), stepId }),
  /** Puts the review of the assignments first ("Was ist aus den Aufträgen geworden?"). */
  z.object({ op: z.literal('reviewFirst') }),
]);
export type AgendaOpBody = z.infer<typeof AgendaOpBodySchema>;
export const AgendaResponseSchema = z.object({ agenda: AgendaSchema });
export type AgendaResponse = z.infer<typeof AgendaResponseSchema>;

/** POST /conference/grids/:caseId/:stepId/rows: participants add their own organisation's row, the moderation any (absent ones too). */
export const GridRowBodySchema = z.object({ organisation: z.string().trim().min(1).max(ORGANISATION_MAX).optional() });
export type GridRowBody = z.infer<typeof GridRowBodySchema>;
export const GridRowSchema = z.object({
  id: z.string(),
  organisation: z.string(),
  absent: z.boolean(),
}) satisfies z.ZodType<GridRow>;
export const GridRowResponseSchema = z.object({ row: GridRowSchema });
export type GridRowResponse = z.infer<typeof GridRowResponseSchema>;
