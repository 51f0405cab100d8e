// Workshops, joining and sessions (mounted at /api): create a workshop, look
// up and use a join code, who a token is, new screen links and what the
// screen shows, the people of a workshop, and the client's configuration.
import { Hono } from 'hono';
import {
  CreateWorkshopBodySchema,
  DomainError,
  JoinBodySchema,
  JoinCodeSchema,
  publishJoinCode,
  RemoteBodySchema,
  ScreenBodySchema,
  setRemote,
  setScreenFocus,
  setScreenJoin,
  type ConfigResponse,
  type CreateWorkshopResponse,
  type JoinCodeResponse,
  type OkResponse,
  type RenewLinkResponse,
  type TicketResponse,
  type JoinInfoResponse,
  type JoinResponse,
  type PeopleResponse,
  type ScreenLinkResponse,
  type SessionResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { httpError } from './errors.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomsOf } from './rooms.js';
import { TICKET_TTL_MS } from '../auth/tickets.js';
import { CloseCode } from '@nws/shared';

export const workshopRoutes = new Hono<Env>()
  .get('/health', (c) => c.json({ ok: true }))

  .get('/config', (c) => {
    const { config } = c.var.deps;
    return c.json<ConfigResponse>({
      tldrawLicenseKey: config.tldrawLicenseKey,
      maxMessageBytes: config.maxMessageBytes,
      creationNeedsKey: config.adminToken !== null,
    });
  })

  .post('/workshops', jsonBody(CreateWorkshopBodySchema), (c) => {
    const { workshops, log } = c.var.deps;
    const created = workshops.create(c.req.valid('json'));
    log('workshop created', { workshop: created.workshop.id });
    return c.json<CreateWorkshopResponse, 201>(
      { workshop: created.workshop, moderatorToken: created.moderatorToken, screenToken: created.screenToken },
      201,
    );
  })

  .get('/join/:code', (c) => {
    const code = JoinCodeSchema.safeParse(c.req.param('code'));
    if (!code.success) throw httpError(400, 'invalid_code', 'A join code has six letters or digits.');
    const w = c.var.deps.workshops.findByJoinCode(code.data);
    if (!w) throw new DomainError('unknown_code', 'No workshop has this join code.');
    return c.json<JoinInfoResponse>({ workshop: { name: w.name, targetGroup: w.targetGroup, area: w.area } });
  })

  .post('/join', jsonBody(JoinBodySchema), (c) => {
    const joined = c.var.deps.workshops.join(c.req.valid('json'));
    if (!joined) throw new DomainError('unknown_code', 'No workshop has this join code.');
    return c.json<JoinResponse, 201>({ workshopId: joined.workshop.id, token: joined.token }, 201);
  })

  .get('/session', requireSession('moderator', 'participant', 'screen'), (c) => {
    const { session } = c.var;
    const w = c.var.deps.workshops.get(session.workshopId);
    if (!w) throw new DomainError('unknown_workshop', 'This workshop does not exist (any more).');
    const { joinCode, ...info } = w;
    const { workshopId: _w, ...sessionInfo } = session;
    // The moderation hands the code out; the shared screen shows it to the room.
    return c.json<SessionResponse>({
      workshop: session.role === 'participant' ? info : { ...info, joinCode },
      session: sessionInfo,
    });
  })

  .post('/workshops/:id/screen-links', requireSession('moderator'), emptyBody(), (c) =>
    c.json<ScreenLinkResponse, 201>({ token: c.var.deps.workshops.createScreenSession(c.var.session.workshopId) }, 201),
  )

  .get('/workshops/:id/people', requireSession('moderator', 'participant', 'screen'), (c) => {
    const { session, deps } = c.var;
    const people = deps.workshops.people(session.workshopId);
    if (session.role !== 'moderator') return c.json<PeopleResponse>({ people });
    return c.json<PeopleResponse>({
      people: people.map((p) => ({
        ...p,
        online: !p.imported && deps.rooms.isOnline(session.workshopId, p.sessionId),
      })),
    });
  })

  // Removing a person (or revoking a screen link): the token stops working at once on every route,
  // open sockets close with 4401; their cards and names stay on the board.
  .delete('/workshops/:id/people/:sessionId', requireSession('moderator'), (c) => {
    const { session, deps } = c.var;
    const target = c.req.param('sessionId');
    if (target === session.id) throw new DomainError('cannot_remove_self', 'The moderation cannot remove itself.');
    const removed = deps.workshops.removeSession(session.workshopId, target);
    if (!removed) throw new DomainError('unknown_session', 'No such person in this workshop.');
    deps.rooms.closeSession(session.workshopId, target, CloseCode.Unauthorized, 'removed');
    deps.audit.record(session.workshopId, session.id, 'person.remove', { sessionId: target, role: removed.role });
    return c.body(null, 204);
  })

  .post('/workshops/:id/join-code', requireSession('moderator'), emptyBody(), (c) => {
    const { session, deps } = c.var;
    const joinCode = deps.workshops.rotateJoinCode(session.workshopId);
    roomsOf(c).change('control', (d) => publishJoinCode(d, joinCode));
    deps.audit.record(session.workshopId, session.id, 'joinCode.rotate', {});
    return c.json<JoinCodeResponse>({ joinCode });
  })

  // The shared screen's join view, shown or hidden by the moderation, and what it puts in front (read live from the control document).
  .post('/workshops/:id/screen', requireSession('moderator'), jsonBody(ScreenBodySchema), (c) => {
    const { session, deps } = c.var;
    const { showJoin, focus } = c.req.valid('json');
    roomsOf(c).change('control', (d) => {
      if (showJoin !== undefined) setScreenJoin(d, showJoin);
      if (focus !== undefined) setScreenFocus(d, focus);
    });
    deps.audit.record(session.workshopId, session.id, 'screen.set', { showJoin, focus });
    return c.json<OkResponse>({ ok: true });
  })

  // Remote conferences: the video room's link and remote mode, for every participant surface live.
  .post('/workshops/:id/remote', requireSession('moderator'), jsonBody(RemoteBodySchema), (c) => {
    const { session, deps } = c.var;
    const remote = c.req.valid('json');
    roomsOf(c).change('control', (d) => setRemote(d, remote));
    deps.audit.record(session.workshopId, session.id, 'remote.set', { on: remote.on, video: remote.videoUrl !== null });
    return c.json<OkResponse>({ ok: true });
  })

  .post('/workshops/:id/moderator-link', requireSession('moderator'), emptyBody(), (c) => {
    const { session, deps } = c.var;
    const token = deps.workshops.renewToken(session.id);
    deps.audit.record(session.workshopId, session.id, 'moderatorLink.renew', {});
    return c.json<RenewLinkResponse>({ token });
  })

  .post('/workshops/:id/ticket', requireSession('moderator', 'participant', 'screen'), emptyBody(), (c) =>
    c.json<TicketResponse>({ ticket: c.var.deps.tickets.issue(c.var.session.id), expiresInMs: TICKET_TTL_MS }),
  );
