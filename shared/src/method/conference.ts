// The planning conference's control state: the workshop's agenda, its cases
// with their roles, where the group is (step and case) and the step timer.
// All of it lives in the control document, written only by the server on
// validated commands; these are the pure operations it runs.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { AgendaSchema, type Agenda, type Step } from './agenda.js';
import { DomainError } from '../errors.js';
import { casesMap, stateMap } from '../doc/control.js';
import { CaseRolesSchema, CaseSchema, NewCaseSchema, type Case, type CaseRoles, type NewCase } from '../model/case.js';
import type { Position, Timer } from '../model/conference.js';
import { readStoredAgenda, readCase, readCases, readPosition, readTimer, stepAt } from '../doc/read.js';
import { schemaChecks } from '../doc/checks.js';

/** The method asks for at least this many reconstructed cases before Phase II. */
export const MIN_CASES = 4;

// The schemas live in model/; re-exported for modules that still import them from here.
export {
  CASE_TITLE_MAX,
  NARRATION_MAX,
  CaseSchema,
  NewCaseSchema,
  CaseRolesSchema,
  type Case,
  type NewCase,
  type CaseRoles,
} from '../model/case.js';
export { PositionSchema, TimerSchema, type Position, type Timer } from '../model/conference.js';

/** The method's rule for one case's roles: the case giver may not moderate it. */
export function checkCaseRoles(roles: CaseRoles): void {
  if (roles.caseGiverId !== null && roles.moderatorIds.includes(roles.caseGiverId)) {
    throw new DomainError('case_giver_cannot_moderate', 'The case giver may not moderate their own case.');
  }
}

// --- the control document -------------------------------------------------

/**
 * The agenda stored in the control document, or null. The server stores the
 * default agenda when it opens a control document without one
 * (`ensureStoredAgenda`), so a synced client always finds one here — and the
 * phone need not carry the default agenda's texts to know the current step.
 */
export const storedAgenda = (doc: Y.Doc): Agenda | null => readStoredAgenda(doc, schemaChecks);

/** Stores an agenda in the control document (server only; validated). */
export function setAgenda(doc: Y.Doc, agenda: Agenda): void {
  stateMap(doc).set('agenda', AgendaSchema.parse(agenda));
}

/** Cases in the order they were added. */
export const listCases = (doc: Y.Doc): Case[] => readCases(doc, schemaChecks);

export const getCase = (doc: Y.Doc, id: string): Case | null => readCase(doc, id, schemaChecks);

export function requireCase(doc: Y.Doc, id: string): Case {
  const c = getCase(doc, id);
  if (!c) throw new DomainError('unknown_case', `no case ${id}`);
  return c;
}

/** Adds a case; its case giver is set, nobody moderates it yet. */
export function addCase(doc: Y.Doc, input: NewCase, opts: { id?: string; now?: number } = {}): Case {
  const parsed = NewCaseSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('invalid', parsed.error.message);
  const c: Case = {
    id: opts.id ?? uuidv4(),
    ...parsed.data,
    moderatorIds: [],
    userPerspectiveId: null,
    status: 'open',
    order: casesMap(doc).size,
    createdAt: opts.now ?? Date.now(),
  };
  casesMap(doc).set(c.id, c);
  return c;
}

/** Changes a case's title or narration. */
export function updateCase(doc: Y.Doc, id: string, patch: { title?: string; narration?: string }): Case {
  const next = CaseSchema.safeParse({ ...requireCase(doc, id), ...patch });
  if (!next.success) throw new DomainError('invalid', next.error.message);
  casesMap(doc).set(id, next.data);
  return next.data;
}

/** Sets who gives, moderates and speaks for the client in a case, under the method's rule. */
export function setCaseRoles(doc: Y.Doc, id: string, roles: CaseRoles): Case {
  const parsed = CaseRolesSchema.parse(roles);
  checkCaseRoles(parsed);
  const next: Case = { ...requireCase(doc, id), ...parsed, moderatorIds: [...new Set(parsed.moderatorIds)] };
  casesMap(doc).set(id, next);
  return next;
}

/** Whether a session may steer the conference: the workshop's moderation, or a moderator of the current case. */
export function canSteer(doc: Y.Doc, session: { id: string; role: string }): boolean {
  if (session.role === 'moderator') return true;
  const pos = getPosition(doc);
  const c = pos?.caseId ? getCase(doc, pos.caseId) : null;
  return !!c && session.role === 'participant' && c.moderatorIds.includes(session.id);
}

// --- position and navigation ----------------------------------------------

export const getPosition = (doc: Y.Doc): Position | null => readPosition(doc, schemaChecks);

const active = (agenda: Agenda) => agenda.steps.filter((s) => !s.skipped);

/** Where the conference starts: the first step, with the first open case if it is in Phase I. */
export function startPosition(agenda: Agenda, cases: Case[]): Position {
  const first = active(agenda)[0]!;
  return {
    stepId: first.id,
    caseId: first.phase === 'I' ? ((cases.find((c) => c.status === 'open') ?? cases[0])?.id ?? null) : null,
  };
}

/**
 * The position after `pos`. Phase I runs once per case: after its last step
 * the next open case starts at the first Phase I step; when no case is left
 * Phase II begins. Returns null at the end of the agenda.
 */
export function nextPosition(agenda: Agenda, cases: Case[], pos: Position): Position | null {
  const steps = active(agenda);
  const i = steps.findIndex((s) => s.id === pos.stepId);
  if (i < 0) return startPosition(agenda, cases);
  const here = steps[i]!;
  const after = steps[i + 1];
  if (here.phase === 'I' && after?.phase !== 'I') {
    const open = cases.filter((c) => c.status === 'open' && c.id !== pos.caseId);
    const nextCase = open.find((c) => c.order > (cases.find((x) => x.id === pos.caseId)?.order ?? -1)) ?? open[0];
    if (nextCase) return { stepId: steps.find((s) => s.phase === 'I')!.id, caseId: nextCase.id };
  }
  if (!after) return null;
  return { stepId: after.id, caseId: after.phase === 'I' ? pos.caseId : null };
}

/** The position before `pos` (within a case; from Phase II back into the last reconstructed case). */
export function previousPosition(agenda: Agenda, cases: Case[], pos: Position): Position | null {
  const steps = active(agenda);
  const i = steps.findIndex((s) => s.id === pos.stepId);
  if (i <= 0) return null;
  const before = steps[i - 1]!;
  if (before.phase === 'I' && steps[i]!.phase !== 'I') {
    const last = [...cases].reverse().find((c) => c.status === 'reconstructed') ?? cases.at(-1);
    return { stepId: before.id, caseId: last?.id ?? null };
  }
  return { stepId: before.id, caseId: before.phase === 'I' ? pos.caseId : null };
}

/** How many cases have been through Phase I. */
export function reconstructedCount(cases: Case[]): number {
  return cases.filter((c) => c.status === 'reconstructed').length;
}

/**
 * How many distinct cases are reconstructed once the group leaves `from`:
 * the workshop's reconstructed cases, the case being left if it is still
 * open, and the cases reconstructed anywhere in the workshop's network
 * (`networkCaseIds`: the ids the server keeps in the control state, read by
 * doc/carryOver.ts's networkCases). The method's "at least four cases" holds
 * for a network's conferences together, e.g. a working group going on with
 * the cases of the plenary's conference. Counting ids, not adding numbers,
 * counts a case once where it was carried from one workshop into another,
 * and still counts the case being finished here.
 */
export function casesDoneOnLeaving(cases: Case[], from: Position, networkCaseIds: readonly string[] = []): number {
  const ids = new Set(networkCaseIds);
  for (const c of cases) if (c.status === 'reconstructed') ids.add(c.id);
  if (from.caseId && cases.find((c) => c.id === from.caseId)?.status === 'open') ids.add(from.caseId);
  return ids.size;
}

/**
 * True when moving from `from` to `to` enters Phase II with fewer than
 * MIN_CASES reconstructed cases (a warning, not a block); in a network,
 * counting its other workshops' reconstructed cases too (casesDoneOnLeaving).
 */
export function warnsTooFewCases(
  agenda: Agenda,
  cases: Case[],
  from: Position,
  to: Position | null,
  networkCaseIds: readonly string[] = [],
): boolean {
  const a = stepAt(agenda, from);
  const b = to ? stepAt(agenda, to) : null;
  if (!a || !b || a.phase !== 'I' || b.phase === 'I') return false;
  return casesDoneOnLeaving(cases, from, networkCaseIds) < MIN_CASES;
}

/** A step's timer before it runs: its suggested time, not started. */
export function idleTimer(step: Step, _now: number): Timer {
  return { endsAt: null, remainingMs: (step.minutes ?? 5) * 60_000 };
}

export const getTimer = (doc: Y.Doc): Timer | null => readTimer(doc, schemaChecks);

/** Milliseconds left on a timer at `now` (0 when run out). */
export function timerRemaining(t: Timer, now = Date.now()): number {
  return t.endsAt === null ? t.remainingMs : Math.max(0, t.endsAt - now);
}

export type TimerAction =
  { action: 'start' } | { action: 'pause' } | { action: 'add'; minutes: number } | { action: 'set'; minutes: number };

/** Starts, pauses, extends or sets the step timer. */
export function updateTimer(doc: Y.Doc, a: TimerAction, now = Date.now()): Timer {
  const t = getTimer(doc) ?? { endsAt: null, remainingMs: 5 * 60_000 };
  let next: Timer;
  switch (a.action) {
    case 'start':
      next = t.endsAt !== null ? t : { endsAt: now + t.remainingMs, remainingMs: t.remainingMs };
      break;
    case 'pause':
      next = { endsAt: null, remainingMs: timerRemaining(t, now) };
      break;
    case 'add':
      next =
        t.endsAt !== null
          ? { endsAt: Math.max(t.endsAt, now) + a.minutes * 60_000, remainingMs: t.remainingMs }
          : { endsAt: null, remainingMs: t.remainingMs + a.minutes * 60_000 };
      break;
    case 'set':
      next = { endsAt: null, remainingMs: a.minutes * 60_000 };
      break;
  }
  stateMap(doc).set('timer', next);
  return next;
}
