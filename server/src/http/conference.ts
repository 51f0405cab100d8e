// Planning-conference commands (mounted at /api/workshops/:id/conference):
// step control, timer, cases and their roles, agenda edits, grid rows. Each
// is validated here and applied by the server to the control document (and,
// for artefacts, the board) with an audit row. Steering is for the
// moderation and for the moderators of the running case.
import { Hono, type Context } from 'hono';
import {
  addCase,
  addStep,
  addReviewStep,
  AgendaOpBodySchema,
  CasePatchBodySchema,
  CaseRolesBodySchema,
  ConferenceTimerBodySchema,
  DomainError,
  ensureGrid,
  ensureGridRow,
  ensureTexts,
  getAgenda,
  getPosition,
  goTo,
  GridRowBodySchema,
  listCases,
  moveStep,
  NewCaseBodySchema,
  nextPosition,
  notesKey,
  previousPosition,
  reconstructedCount,
  reconstructionKeys,
  removeStep,
  renameStep,
  setAgenda,
  setCaseRoles,
  setStepSkipped,
  startPosition,
  StepBodySchema,
  stepAt,
  updateCase,
  updateTimer,
  type AgendaOpBody,
  type AgendaResponse,
  type Agenda,
  type CaseResponse,
  type GridRowResponse,
  type Position,
  type StepBody,
  type StepResponse,
  type TimerResponse,
} from '@nws/shared';
import { newId } from '../auth/tokens.js';
import type { Env } from './deps.js';
import { httpError } from './errors.js';
import { jsonBody } from './middleware/body.js';
import { requireSession, requireSteering } from './middleware/session.js';
import { refreshNetworkCases } from './networks.js';
import { roomsOf } from './rooms.js';
import { recordVersion } from './versions.js';

const participantIds = (c: Context<Env>) =>
  new Set(
    c.var.deps.workshops
      .people(c.var.session.workshopId)
      .filter((p) => p.role === 'participant')
      .map((p) => p.sessionId),
  );

/** Where a step command goes; no_step past either end of the agenda. */
function targetOf(c: Context<Env>, body: StepBody): Position {
  if (!('to' in body)) return { stepId: body.stepId, caseId: body.caseId };
  const doc = roomsOf(c).read('control');
  const agenda = getAgenda(doc);
  const cases = listCases(doc);
  const here = getPosition(doc);
  const target =
    body.to === 'start' || !here
      ? startPosition(agenda, cases)
      : body.to === 'next'
        ? nextPosition(agenda, cases, here)
        : previousPosition(agenda, cases, here);
  if (!target)
    throw new DomainError('no_step', body.to === 'next' ? 'This is the last step.' : 'This is the first step.');
  return target;
}

/** Creates what the step at `pos` writes into: grid rows for every organisation present, or the case's texts. */
function prepareArtefacts(c: Context<Env>, pos: Position): void {
  const rooms = roomsOf(c);
  const step = stepAt(getAgenda(rooms.read('control')), pos);
  if (!step) return;
  const people = c.var.deps.workshops.people(c.var.session.workshopId);
  rooms.change('board', (doc) => {
    if (step.artefact === 'perspectiveGrid' && pos.caseId) {
      ensureGrid(doc, pos.caseId, step);
      const orgs = new Set(
        people
          .filter((p) => p.role === 'participant' && !p.imported && p.organisation.trim())
          .map((p) => p.organisation.trim()),
      );
      for (const org of orgs) ensureGridRow(doc, pos.caseId, step.id, org);
    }
    if (step.artefact === 'reconstruction' && pos.caseId)
      ensureTexts(doc, Object.values(reconstructionKeys(pos.caseId)));
    if (step.artefact === 'notes' || step.artefact === 'narration' || step.artefact === 'goals')
      ensureTexts(doc, [notesKey(pos.caseId, step.id)]);
  });
}

/** The agenda after one edit. */
function editedAgenda(a: Agenda, op: AgendaOpBody): Agenda {
  switch (op.op) {
    case 'rename':
      return renameStep(a, op.stepId, op.title);
    case 'move':
      return moveStep(a, op.stepId, op.toIndex);
    case 'skip':
      return setStepSkipped(a, op.stepId, op.skipped);
    case 'add':
      return addStep(a, op.afterId, {
        id: customStepId(),
        title: op.title,
        minutes: op.minutes ?? null,
        artefact: op.artefact,
      });
    case 'remove':
      return removeStep(a, op.stepId);
    case 'reviewFirst':
      return addReviewStep(a, customStepId());
  }
}

const customStepId = () =>
  `custom-${newId()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 12)}`;

const steerers = requireSession('moderator', 'participant');

export const conferenceRoutes = new Hono<Env>()
  .post('/step', steerers, requireSteering, jsonBody(StepBodySchema), (c) => {
    const to = targetOf(c, c.req.valid('json'));
    const reconstructed = () => reconstructedCount(listCases(roomsOf(c).read('control')));
    const before = reconstructed();
    const position = roomsOf(c).change('control', (d) => goTo(d, to));
    prepareArtefacts(c, position);
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'conference.step', position);
    recordVersion(c, 'step', stepAt(getAgenda(roomsOf(c).read('control')), position)?.title.de ?? '');
    // A case's reconstruction completed: the network's other workshops count it before their Phase II too.
    if (reconstructed() !== before)
      refreshNetworkCases(c.var.deps, c.var.deps.networks.networkIdOf(c.var.session.workshopId));
    return c.json<StepResponse>({ position });
  })

  .post('/timer', steerers, requireSteering, jsonBody(ConferenceTimerBodySchema), (c) => {
    const action = c.req.valid('json');
    const timer = roomsOf(c).change('control', (d) => updateTimer(d, action));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'conference.timer', action);
    return c.json<TimerResponse>({ timer });
  })

  .post('/cases', requireSession('moderator'), jsonBody(NewCaseBodySchema), (c) => {
    const body = c.req.valid('json');
    if (body.caseGiverId && !participantIds(c).has(body.caseGiverId))
      throw new DomainError('unknown_person', 'The case giver must be a participant of this workshop.');
    const created = roomsOf(c).change('control', (d) => addCase(d, body));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'case.add', { caseId: created.id });
    return c.json<CaseResponse, 201>({ case: created }, 201);
  })

  .patch('/cases/:cid', requireSession('moderator'), jsonBody(CasePatchBodySchema), (c) => {
    const patch = c.req.valid('json');
    const updated = roomsOf(c).change('control', (d) => updateCase(d, c.req.param('cid'), patch));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'case.update', { caseId: updated.id });
    return c.json<CaseResponse>({ case: updated });
  })

  .post('/cases/:cid/roles', steerers, requireSteering, jsonBody(CaseRolesBodySchema), (c) => {
    const roles = c.req.valid('json');
    const known = participantIds(c);
    const ids = [roles.caseGiverId, roles.userPerspectiveId, ...roles.moderatorIds].filter(
      (x): x is string => x !== null,
    );
    if (ids.some((id) => !known.has(id)))
      throw new DomainError('unknown_person', 'Every role must be held by a participant of this workshop.');
    const updated = roomsOf(c).change('control', (d) => setCaseRoles(d, c.req.param('cid'), roles));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'case.roles', { caseId: updated.id, ...roles });
    return c.json<CaseResponse>({ case: updated });
  })

  .post('/agenda', requireSession('moderator'), jsonBody(AgendaOpBodySchema), (c) => {
    const op = c.req.valid('json');
    const agenda = roomsOf(c).change('control', (d) => {
      const next = editedAgenda(getAgenda(d), op);
      const pos = getPosition(d);
      if (pos && !next.steps.some((s) => s.id === pos.stepId && !s.skipped)) {
        throw new DomainError('invalid_agenda', 'the running step cannot be skipped or removed; move on first');
      }
      setAgenda(d, next);
      return next;
    });
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'agenda.edit', op);
    return c.json<AgendaResponse>({ agenda });
  })

  .post('/grids/:caseId/:stepId/rows', requireSession('moderator', 'participant'), jsonBody(GridRowBodySchema), (c) => {
    const { session } = c.var;
    // Participants add their own organisation's row; the moderation adds rows for absent ones.
    const organisation = session.role === 'moderator' ? c.req.valid('json').organisation : session.organisation;
    if (!organisation?.trim()) throw httpError(400, 'invalid_body', 'organisation: required');
    const rooms = roomsOf(c);
    const control = rooms.read('control');
    const step = getAgenda(control).steps.find((s) => s.id === c.req.param('stepId'));
    if (!step || step.artefact !== 'perspectiveGrid') throw new DomainError('unknown_step', 'No grid step of that id.');
    const caseId = c.req.param('caseId');
    if (!listCases(control).some((x) => x.id === caseId)) throw new DomainError('unknown_case', 'No such case.');
    const people = c.var.deps.workshops.people(session.workshopId);
    const absent =
      session.role === 'moderator' &&
      !people.some((p) => p.organisation.trim().toLowerCase() === organisation.trim().toLowerCase());
    const row = rooms.change('board', (d) => {
      ensureGrid(d, caseId, step);
      return ensureGridRow(d, caseId, step.id, organisation, absent);
    });
    return c.json<GridRowResponse, 201>({ row }, 201);
  });
