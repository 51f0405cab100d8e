// The planning conference's agenda as data: phases, steps, guiding
// questions, rules and the artefact each step produces. A workshop copies
// the default and the moderation may rename, reorder, skip and add steps.
// UI and server read it; neither hard-codes a step.
import { z } from 'zod';
import { DomainError } from '../errors.js';

import { AGENDA_VERSION } from '../model/limits.js';

export { AGENDA_VERSION };

export const LocalizedSchema = z.object({ de: z.string().min(1).max(500), en: z.string().min(1).max(500) });
export type Localized = z.infer<typeof LocalizedSchema>;

export const PhaseSchema = z.enum(['I', 'II', 'III']);
export type Phase = z.infer<typeof PhaseSchema>;

/** What a step produces; the UI shows the matching artefact view. */
export const ArtefactSchema = z.enum([
  'roles',
  'narration',
  'questions',
  'perspectiveGrid',
  'reconstruction',
  'themes',
  'goals',
  'notes',
  /** A service-chain step (Phase III or a working group's agenda): the body's chains, drawn large on the screen. */
  'chains',
  /** "Was ist aus den Aufträgen geworden?": the review of the assignments, at a workshop's start. */
  'assignments',
]);
export type Artefact = z.infer<typeof ArtefactSchema>;

/** Rules the board enforces during a step. */
export const BoardRuleSchema = z.enum(['noCards', 'cardsAreQuestions']);
export type BoardRule = z.infer<typeof BoardRuleSchema>;

export const StepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  phase: PhaseSchema,
  title: LocalizedSchema,
  purpose: LocalizedSchema,
  questions: z.array(LocalizedSchema).max(20),
  rules: z.array(LocalizedSchema).max(10),
  artefact: ArtefactSchema,
  boardRules: z.array(BoardRuleSchema).max(2),
  /** Suggested time for the step's timer. */
  minutes: z.number().int().min(1).max(240).nullable(),
  skipped: z.boolean(),
  /** Added by the moderation (not part of the method's default). */
  custom: z.boolean(),
});
export type Step = z.infer<typeof StepSchema>;

export const AgendaSchema = z
  .object({ version: z.literal(AGENDA_VERSION), steps: z.array(StepSchema).min(1).max(60) })
  .refine((a) => new Set(a.steps.map((s) => s.id)).size === a.steps.length, 'step ids must be unique')
  .refine(
    (a) => a.steps.every((s, i) => i === 0 || phaseIndex(a.steps[i - 1]!.phase) <= phaseIndex(s.phase)),
    'phases must stay in order I, II, III',
  );
export type Agenda = z.infer<typeof AgendaSchema>;

export function phaseIndex(p: Phase): number {
  return p === 'I' ? 0 : p === 'II' ? 1 : 2;
}

function indexOf(agenda: Agenda, id: string): number {
  const i = agenda.steps.findIndex((s) => s.id === id);
  if (i < 0) throw new DomainError('invalid_agenda', `no step ${id}`);
  return i;
}

function checked(agenda: Agenda): Agenda {
  const r = AgendaSchema.safeParse(agenda);
  if (!r.success) throw new DomainError('invalid_agenda', r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

/** Renames a step (both languages, or one). */
export function renameStep(agenda: Agenda, id: string, title: Partial<Localized>): Agenda {
  const steps = agenda.steps.map((s) => (s.id === id ? { ...s, title: { ...s.title, ...title } } : s));
  indexOf(agenda, id);
  return checked({ ...agenda, steps });
}

/** Moves a step to another position within its phase (phases keep their order). */
export function moveStep(agenda: Agenda, id: string, toIndex: number): Agenda {
  const from = indexOf(agenda, id);
  const steps = [...agenda.steps];
  const [moved] = steps.splice(from, 1);
  const target = Math.max(0, Math.min(steps.length, toIndex));
  steps.splice(target, 0, moved!);
  return checked({ ...agenda, steps });
}

/** Skips a step (or takes it back in); skipped steps stay listed but are passed over. */
export function setStepSkipped(agenda: Agenda, id: string, skipped: boolean): Agenda {
  indexOf(agenda, id);
  const steps = agenda.steps.map((s) => (s.id === id ? { ...s, skipped } : s));
  if (steps.every((s) => s.skipped)) throw new DomainError('invalid_agenda', 'at least one step must remain');
  return checked({ ...agenda, steps });
}

/** Adds a custom step after another (same phase); it produces notes, or (in Phase III) works on the service chains. */
export function addStep(
  agenda: Agenda,
  afterId: string,
  input: {
    id: string;
    title: Localized;
    purpose?: Localized;
    questions?: Localized[];
    minutes?: number | null;
    artefact?: 'notes' | 'chains';
  },
): Agenda {
  const after = agenda.steps[indexOf(agenda, afterId)]!;
  if (input.artefact === 'chains' && after.phase !== 'III')
    throw new DomainError('invalid_agenda', 'service-chain steps belong to Phase III');
  const added: Step = {
    id: input.id,
    phase: after.phase,
    title: input.title,
    purpose: input.purpose ?? input.title,
    questions: input.questions ?? [],
    rules: [],
    artefact: input.artefact ?? 'notes',
    boardRules: [],
    minutes: input.minutes ?? null,
    skipped: false,
    custom: true,
  };
  const steps = [...agenda.steps];
  steps.splice(indexOf(agenda, afterId) + 1, 0, added);
  return checked({ ...agenda, steps });
}

/** The review of the assignments, in the method's words. */
export const REVIEW_STEP_TITLE: Localized = {
  de: 'Was ist aus den Aufträgen geworden?',
  en: 'What has become of the assignments?',
};

/**
 * Puts the review of the assignments first (an optional step of a network's
 * later workshops): the assignments of the earlier meetings, one by one. One
 * per agenda.
 */
export function addReviewStep(agenda: Agenda, id: string): Agenda {
  if (agenda.steps.some((s) => s.artefact === 'assignments'))
    throw new DomainError('invalid_agenda', 'the agenda already reviews the assignments');
  const first = agenda.steps[0]!;
  const review: Step = {
    id,
    phase: first.phase,
    title: REVIEW_STEP_TITLE,
    purpose: {
      de: 'Die Aufträge der letzten Treffen durchgehen: erledigt, in Arbeit, entfallen – und was daraus folgt.',
      en: 'Go through the assignments of the last meetings: done, in progress, dropped — and what follows.',
    },
    questions: [],
    rules: [],
    artefact: 'assignments',
    boardRules: [],
    minutes: 15,
    skipped: false,
    custom: true,
  };
  return checked({ ...agenda, steps: [review, ...agenda.steps] });
}

/** Removes a custom step; the method's own steps can only be skipped. */
export function removeStep(agenda: Agenda, id: string): Agenda {
  const s = agenda.steps[indexOf(agenda, id)]!;
  if (!s.custom)
    throw new DomainError('invalid_agenda', 'only added steps can be removed; skip the method’s steps instead');
  return checked({ ...agenda, steps: agenda.steps.filter((x) => x.id !== id) });
}
