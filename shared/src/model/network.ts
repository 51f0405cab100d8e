// A network (Kooperationsnetzwerk) outlives its workshops: it has bodies —
// the steering group (Lenkungsgruppe), working groups (Arbeitsgruppen) and
// the open plenary — and each workshop belongs to one body, with a date and
// a status. A workshop made without a network is a network of one (a
// plenary holding just it). METHOD.md sections 2–4.
import { z } from 'zod';
import { CarryOverSchema } from './carryOver.js';

const label = (max: number) => z.string().trim().min(1).max(max);

export const NetworkIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, 'network id');

export const bodyKinds = ['steering', 'working', 'plenary'] as const;
export const BodyKindSchema = z.enum(bodyKinds);
export type BodyKind = z.infer<typeof BodyKindSchema>;

export const workshopStatuses = ['planned', 'running', 'done'] as const;
export const WorkshopStatusSchema = z.enum(workshopStatuses);
export type WorkshopStatus = z.infer<typeof WorkshopStatusSchema>;

export const NetworkSchema = z.object({
  id: z.string(),
  name: z.string(),
  targetGroup: z.string(),
  area: z.string(),
  createdAt: z.number(),
  /** Made for a single workshop created without a network (a network of one). */
  standalone: z.boolean(),
});
export type Network = z.infer<typeof NetworkSchema>;

export const NetworkBodySchema = z.object({
  id: z.string(),
  kind: BodyKindSchema,
  name: z.string(),
  createdAt: z.number(),
});
export type NetworkBody = z.infer<typeof NetworkBodySchema>;

/** A workshop as the network's page lists it: on its body's timeline. */
export const NetworkWorkshopSchema = z.object({
  id: z.string(),
  name: z.string(),
  bodyId: z.string(),
  /** The day it takes place (ms since the epoch), or null if not set. */
  scheduledAt: z.number().nullable(),
  status: WorkshopStatusSchema,
  createdAt: z.number(),
});
export type NetworkWorkshop = z.infer<typeof NetworkWorkshopSchema>;

export const CreateNetworkSchema = z.object({
  name: label(120),
  targetGroup: label(200),
  area: label(200),
  /** The coordinator's display name; they moderate every workshop of the network. */
  coordinatorName: label(80),
});
export type CreateNetwork = z.infer<typeof CreateNetworkSchema>;

export const NewBodySchema = z.strictObject({ kind: z.enum(['steering', 'working']), name: label(120) });
export type NewBody = z.infer<typeof NewBodySchema>;

const day = z
  .number()
  .int()
  .min(Date.UTC(2000, 0, 1))
  .max(Date.UTC(2100, 0, 1));

export const NewNetworkWorkshopSchema = z.strictObject({
  name: label(120),
  bodyId: z.string().max(64),
  scheduledAt: day.nullable().default(null),
  /** What comes along from earlier workshops of the network (model/carryOver.ts). */
  carry: CarryOverSchema.default([]),
});
export type NewNetworkWorkshop = z.input<typeof NewNetworkWorkshopSchema>;

export const NetworkWorkshopPatchSchema = z
  .strictObject({ name: label(120), scheduledAt: day.nullable(), status: WorkshopStatusSchema })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
export type NetworkWorkshopPatch = z.infer<typeof NetworkWorkshopPatchSchema>;

/** A workshop's goal system as the network's page sums it up: its overall goal and how many goals hang below. */
export const GoalSystemSummarySchema = z.object({
  workshopId: z.string(),
  overall: z.string(),
  framework: z.number().int().nonnegative(),
  result: z.number().int().nonnegative(),
  activity: z.number().int().nonnegative(),
});
export type GoalSystemSummary = z.infer<typeof GoalSystemSummarySchema>;

/** Most votes a steering group's tally counts per answer (a plausibility bound, not a quorum). */
export const TALLY_MAX = 500;

/** How the steering group voted on a resolution, when it voted: yes, no, abstentions. */
export const DecisionTallySchema = z.object({
  yes: z.number().int().nonnegative(),
  no: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative(),
});
export type DecisionTally = z.infer<typeof DecisionTallySchema>;

/** A workshop's resolution on its way through the steering group (method/steeringDecisions.ts). */
export const NetworkResolutionSchema = z.object({
  id: z.string(),
  workshopId: z.string(),
  resolutionId: z.string(),
  /** The text as it was forwarded. */
  text: z.string(),
  state: z.enum(['forwarded', 'confirmed', 'sent_back', 'rejected']),
  /** Why it was sent back (or rejected, if given). */
  reason: z.string().nullable(),
  forwardedAt: z.number(),
  decidedAt: z.number().nullable(),
  /** The steering group's workshop that decided it; null while it waits, or when the coordinator decided alone. */
  decidedIn: z.string().nullable(),
  /** The vote, when the decision was voted on. */
  tally: DecisionTallySchema.nullable(),
});
export type NetworkResolution = z.infer<typeof NetworkResolutionSchema>;

/** A resolution recorded in one of the network's workshops and not forwarded yet. */
export const ProposedResolutionSchema = z.object({
  workshopId: z.string(),
  resolutionId: z.string(),
  text: z.string(),
  createdAt: z.number(),
});
export type ProposedResolution = z.infer<typeof ProposedResolutionSchema>;

export const ForwardBodySchema = z.strictObject({ workshopId: z.string().max(64), resolutionId: z.string().max(64) });
const votes = z.number().int().min(0).max(TALLY_MAX);
/** A tally as a decision sends it: whole numbers up to TALLY_MAX each, at least one vote cast. */
export const DecisionTallyBodySchema = z
  .strictObject({ yes: votes, no: votes, abstain: votes })
  .refine((t) => t.yes + t.no + t.abstain > 0, 'a vote has at least one voice');
export const DecisionBodySchema = z.strictObject({
  decision: z.enum(['confirmed', 'sent_back', 'rejected']),
  reason: z.string().trim().max(2000).nullable().default(null),
  /** The vote, if the steering group voted (null or left out: decided without a count). */
  tally: DecisionTallyBodySchema.nullable().default(null),
});
export type DecisionBody = z.input<typeof DecisionBodySchema>;

/**
 * A resolution as a workshop's steering views list it: with the workshop it
 * was resolved in and that workshop's body, and the name of the steering
 * group's workshop that decided it (null: not decided, or by the coordinator).
 */
export const SteeringItemSchema = NetworkResolutionSchema.extend({
  workshopName: z.string(),
  bodyName: z.string(),
  decidedInName: z.string().nullable(),
});
export type SteeringItem = z.infer<typeof SteeringItemSchema>;
