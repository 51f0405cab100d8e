// Planning-conference commands: step control, timer, cases and their roles,
// agenda edits, grid rows. Each is validated here and applied by the server
// to the control document (and, for artefacts, the board) with an audit row.
// Steering is for the moderation and for the moderators of the running case.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  addCase,
  addStep,
  AgendaError,
  CaseRolesSchema,
  canSteer,
  DomainError,
  ensureGrid,
  ensureGridRow,
  ensureTexts,
  getAgenda,
  getPosition,
  goTo,
  listCases,
  LocalizedSchema,
  moveStep,
  NewCaseSchema,
  nextPosition,
  notesKey,
  ORGANISATION_MAX,
  previousPosition,
  reconstructionKeys,
  removeStep,
  renameStep,
  roomName,
  RuleError,
  setAgenda,
  setCaseRoles,
  setStepSkipped,
  startPosition,
  stepAt,
  updateCase,
  updateTimer,
  CASE_TITLE_MAX,
  NARRATION_MAX,
  type Position,
} from '@nws/shared';
import type { AppDeps, Env } from './app.js';
import { authenticate } from './auth.js';
import { apiError, parseBody } from './errors.js';
import type { Session } from '../store/workshopStore.js';
import { newId } from '../auth/tokens.js';

const StepBodySchema = z.union([
  z.object({ to: z.enum(['next', 'back', 'start']) }),
  z.object({ stepId: z.string().max(40), caseId: z.string().max(64).nullable() }),
]);
const TimerBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('add'), minutes: z.number().int().min(1).max(120) }),
  z.object({ action: z.literal('set'), minutes: z.number().int().min(1).max(240) }),
]);
const CasePatchSchema = z
  .strictObject({ title: z.string().trim().min(1).max(CASE_TITLE_MAX).optional(), narration: z.string().max(NARRATION_MAX).optional() })
  .refine((b) => b.title !== undefined || b.narration !== undefined, 'title or narration required');
const AgendaOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('rename'), stepId: z.string().max(40), title: LocalizedSchema.partial() }),
  z.object({ op: z.literal('move'), stepId: z.string().max(40), toIndex: z.number().int().min(0).max(100) }),
  z.object({ op: z.literal('skip'), stepId: z.string().max(40), skipped: z.boolean() }),
  z.object({ op: z.literal('add'), afterId: z.string().max(40), title: LocalizedSchema, minutes: z.number().int().min(1).max(240).nullable().optional() }),
  z.object({ op: z.literal('remove'), stepId: z.string().max(40) }),
]);
const RowBodySchema = z.object({ organisation: z.string().trim().min(1).max(ORGANISATION_MAX).optional() });

export function registerConferenceRoutes(app: Hono<Env>, { workshops, rooms, audit, log }: AppDeps): void {
  const control = (wid: string) => rooms.open(roomName(wid, 'control'));
  const board = (wid: string) => rooms.open(roomName(wid, 'board'));

  const run = async (c: Context, fn: () => Response | Promise<Response>): Promise<Response> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof RuleError) return apiError(c, err.code === 'unknown_case' || err.code === 'unknown_step' ? 404 : err.code === 'invalid' ? 400 : 409, err.code, err.message);
      if (err instanceof AgendaError) return apiError(c, 400, 'invalid_agenda', err.message);
      if (err instanceof DomainError) return apiError(c, err.code === 'not_found' ? 404 : 400, err.code === 'not_found' ? 'not_found' : 'invalid_body', err.message);
      log('conference command failed', { path: c.req.path, error: String(err) });
      return apiError(c, 503, 'room_unavailable', 'The workshop cannot be changed right now.');
    }
  };

  /** The caller, if they may steer the conference now (moderation or moderator of the running case). */
  const steerer = (c: Context, wid: string): { ok: true; session: Session } | { ok: false; response: Response } => {
    const auth = authenticate(c, workshops, wid, ['moderator', 'participant']);
    if (!auth.ok) return auth;
    if (!canSteer(control(wid).doc, auth.session)) return { ok: false, response: apiError(c, 403, 'forbidden', 'Only the moderation of this case may steer.') };
    return auth;
  };

  const participantIds = (wid: string) => new Set(workshops.people(wid).filter((p) => p.role === 'participant').map((p) => p.sessionId));

  /** Creates what the step at `pos` writes into: grid rows for every organisation present, or the case's texts. */
  const prepareArtefacts = (wid: string, pos: Position) => {
    const step = stepAt(getAgenda(control(wid).doc), pos);
    if (!step) return;
    board(wid).change((doc) => {
      if (step.artefact === 'perspectiveGrid' && pos.caseId) {
        ensureGrid(doc, pos.caseId, step);
        const orgs = new Set(workshops.people(wid).filter((p) => p.role === 'participant' && !p.imported && p.organisation.trim()).map((p) => p.organisation.trim()));
        for (const org of orgs) ensureGridRow(doc, pos.caseId, step.id, org);
      }
      if (step.artefact === 'reconstruction' && pos.caseId) ensureTexts(doc, Object.values(reconstructionKeys(pos.caseId)));
      if (step.artefact === 'notes' || step.artefact === 'narration' || step.artefact === 'goals') ensureTexts(doc, [notesKey(pos.caseId, step.id)]);
    });
  };

  app.get('/api/workshops/:id/people', (c) => {
    const auth = authenticate(c, workshops, c.req.param('id'), ['moderator', 'participant', 'screen']);
    if (!auth.ok) return auth.response;
    return c.json({ people: workshops.people(auth.session.workshopId) });
  });

  app.post('/api/workshops/:id/conference/step', async (c) => {
    const wid = c.req.param('id');
    const who = steerer(c, wid);
    if (!who.ok) return who.response;
    const body = await parseBody(c, StepBodySchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const doc = control(wid).doc;
      const agenda = getAgenda(doc);
      const cases = listCases(doc);
      const here = getPosition(doc);
      let target: Position | null;
      if ('to' in body.data) {
        target =
          body.data.to === 'start' || !here
            ? startPosition(agenda, cases)
            : body.data.to === 'next'
              ? nextPosition(agenda, cases, here)
              : previousPosition(agenda, cases, here);
        if (!target) return apiError(c, 409, 'no_step', body.data.to === 'next' ? 'This is the last step.' : 'This is the first step.');
      } else target = { stepId: body.data.stepId, caseId: body.data.caseId };
      const to = target;
      const pos = control(wid).change((d) => goTo(d, to));
      prepareArtefacts(wid, pos);
      audit.record(wid, who.session.id, 'conference.step', pos);
      return c.json({ position: pos });
    });
  });

  app.post('/api/workshops/:id/conference/timer', async (c) => {
    const wid = c.req.param('id');
    const who = steerer(c, wid);
    if (!who.ok) return who.response;
    const body = await parseBody(c, TimerBodySchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const timer = control(wid).change((d) => updateTimer(d, body.data));
      audit.record(wid, who.session.id, 'conference.timer', body.data);
      return c.json({ timer });
    });
  });

  app.post('/api/workshops/:id/conference/cases', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, NewCaseSchema);
    if (!body.ok) return body.response;
    if (body.data.caseGiverId && !participantIds(wid).has(body.data.caseGiverId)) return apiError(c, 400, 'unknown_person', 'The case giver must be a participant of this workshop.');
    return run(c, () => {
      const created = control(wid).change((d) => addCase(d, body.data));
      audit.record(wid, auth.session.id, 'case.add', { caseId: created.id });
      return c.json({ case: created }, 201);
    });
  });

  app.patch('/api/workshops/:id/conference/cases/:cid', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, CasePatchSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const updated = control(wid).change((d) => updateCase(d, c.req.param('cid'), body.data));
      audit.record(wid, auth.session.id, 'case.update', { caseId: updated.id });
      return c.json({ case: updated });
    });
  });

  app.post('/api/workshops/:id/conference/cases/:cid/roles', async (c) => {
    const wid = c.req.param('id');
    const who = steerer(c, wid);
    if (!who.ok) return who.response;
    const body = await parseBody(c, CaseRolesSchema);
    if (!body.ok) return body.response;
    const known = participantIds(wid);
    const ids = [body.data.caseGiverId, body.data.userPerspectiveId, ...body.data.moderatorIds].filter((x): x is string => x !== null);
    if (ids.some((id) => !known.has(id))) return apiError(c, 400, 'unknown_person', 'Every role must be held by a participant of this workshop.');
    return run(c, () => {
      const updated = control(wid).change((d) => setCaseRoles(d, c.req.param('cid'), body.data));
      audit.record(wid, who.session.id, 'case.roles', { caseId: updated.id, ...body.data });
      return c.json({ case: updated });
    });
  });

  app.post('/api/workshops/:id/conference/agenda', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, AgendaOpSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const op = body.data;
      const agenda = control(wid).change((d) => {
        const a = getAgenda(d);
        const next =
          op.op === 'rename'
            ? renameStep(a, op.stepId, op.title)
            : op.op === 'move'
              ? moveStep(a, op.stepId, op.toIndex)
              : op.op === 'skip'
                ? setStepSkipped(a, op.stepId, op.skipped)
                : op.op === 'add'
                  ? addStep(a, op.afterId, { id: `custom-${newId().toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12)}`, title: op.title, minutes: op.minutes ?? null })
                  : removeStep(a, op.stepId);
        const pos = getPosition(d);
        if (pos && !next.steps.some((s) => s.id === pos.stepId && !s.skipped)) throw new AgendaError('the running step cannot be skipped or removed; move on first');
        setAgenda(d, next);
        return next;
      });
      audit.record(wid, auth.session.id, 'agenda.edit', op);
      return c.json({ agenda });
    });
  });

  app.post('/api/workshops/:id/conference/grids/:caseId/:stepId/rows', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator', 'participant']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, RowBodySchema);
    if (!body.ok) return body.response;
    const { session } = auth;
    // Participants add their own organisation's row; the moderation adds rows for absent ones.
    const organisation = session.role === 'moderator' ? body.data.organisation : session.organisation;
    if (!organisation?.trim()) return apiError(c, 400, 'invalid_body', 'organisation: required');
    return run(c, () => {
      const step = getAgenda(control(wid).doc).steps.find((s) => s.id === c.req.param('stepId'));
      if (!step || step.artefact !== 'perspectiveGrid') return apiError(c, 404, 'unknown_step', 'No grid step of that id.');
      const caseId = c.req.param('caseId');
      if (!listCases(control(wid).doc).some((x) => x.id === caseId)) return apiError(c, 404, 'unknown_case', 'No such case.');
      const absent = session.role === 'moderator' && !workshops.people(wid).some((p) => p.organisation.trim().toLowerCase() === organisation.trim().toLowerCase());
      const row = board(wid).change((d) => {
        ensureGrid(d, caseId, step);
        return ensureGridRow(d, caseId, step.id, organisation, absent);
      });
      return c.json({ row }, 201);
    });
  });
}
