// Carry-over between the workshops of a network: when the coordinator creates
// a workshop, they pick what comes along from earlier ones — the partner
// organisations (names only, never people's tokens), cases with their
// reconstruction (not their roles: those are chosen anew in the new
// workshop), themes, the goal system (the start of a working group's own),
// open questions (the clarifying questions asked). Carried items keep their
// ids and record where they came from (Provenance). The document side:
// doc/carryOver.ts.
import { z } from 'zod';

/** Most cases one pick may carry. */
export const CARRY_CASES_MAX = 50;
/** Most earlier workshops one new workshop may carry from. */
export const CARRY_SOURCES_MAX = 10;

/** What comes along from ONE earlier workshop of the network. */
export const CarryOverPickSchema = z.strictObject({
  workshopId: z.string().max(64),
  /** The organisations of the people who took part (their names, not their sessions or tokens). */
  organisations: z.boolean().default(false),
  /**
   * The cases to carry, each with everything of it: grids, cell texts,
   * reconstruction, notes, case themes. Not its roles: they name people
   * (sessions) of the earlier workshop; the new workshop's moderation
   * chooses them anew (METHOD.md, Phase I steps 1–2).
   */
  caseIds: z.array(z.string().max(64)).max(CARRY_CASES_MAX).default([]),
  /**
   * All themes: cross-case, planning-data and generative ones, and case themes
   * of no single case. Case themes of a case come with the case (so, when
   * `caseIds` holds only some cases, the others' case themes stay behind).
   */
  themes: z.boolean().default(false),
  /** The goal system (every goal with its texts and actors) as the start of the new workshop's own. */
  goalSystem: z.boolean().default(false),
  /**
   * Open questions: the clarifying-question cards (kind 'question') of the
   * carried cases and of no case, as cards of nobody (see doc/carryOver.ts).
   */
  openQuestions: z.boolean().default(false),
});
export type CarryOverPick = z.infer<typeof CarryOverPickSchema>;
export type CarryOverPickInput = z.input<typeof CarryOverPickSchema>;

/** What a new workshop carries over, per earlier workshop. One goal system is the start of the new one's. */
export const CarryOverSchema = z
  .array(CarryOverPickSchema)
  .max(CARRY_SOURCES_MAX)
  .refine((picks) => new Set(picks.map((p) => p.workshopId)).size === picks.length, 'each workshop once')
  .refine((picks) => picks.filter((p) => p.goalSystem).length <= 1, 'a goal system from one workshop at most');
export type CarryOver = z.infer<typeof CarryOverSchema>;

const ProvenanceBaseSchema = z.object({
  /** The workshop the item was carried from. */
  workshopId: z.string().max(64),
  /** Its name when the item was carried (the workshop may be renamed or deleted later). */
  workshopName: z.string().max(200),
  /** When the item was carried (ms since the epoch). */
  at: z.number(),
});

/** Where a carried item came from; `origin` names the first workshop when it was carried on again. */
export const ProvenanceSchema = ProvenanceBaseSchema.extend({ origin: ProvenanceBaseSchema.optional() });
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** An organisation a workshop expects, carried from the people who took part in an earlier one. */
export const ExpectedOrganisationSchema = z.object({ name: z.string(), from: ProvenanceSchema });
export type ExpectedOrganisation = z.infer<typeof ExpectedOrganisationSchema>;

const count = z.number().int().nonnegative();

/** What a carry-over wrote (entities the target held already are not counted), and the organisations it brought. */
export const CarrySummarySchema = z.object({
  cases: count,
  grids: count,
  texts: count,
  themes: count,
  goals: count,
  /** Clarifying-question cards (open questions). */
  questions: count,
  /** The picked organisations, trimmed, one spelling per organisation (case-insensitive); [] if none were picked. */
  organisations: z.array(z.string()),
});
export type CarrySummary = z.infer<typeof CarrySummarySchema>;
