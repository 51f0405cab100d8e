// Workshops, joining and sessions (mounted at /api): create a workshop, look
// up and use a join code, who a token is, new screen links, the people of a
// workshop, and what the client needs of the server's configuration.
import { Hono } from 'hono';
import {
  CreateWorkshopBodySchema,
  DomainError,
  JoinBodySchema,
  JoinCodeSchema,
  type ConfigResponse,
  type CreateWorkshopResponse,
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

export const workshopRoutes = new Hono<Env>()
  .get('/health', (c) => c.json({ ok: true }))

  .get('/config', (c) => {
    const { config } = c.var.deps;
    return c.json<ConfigResponse>({
      tldrawLicenseKey: config.tldrawLicenseKey,
      maxMessageBytes: config.maxMessageBytes,
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
    return c.json<SessionResponse>({
      workshop: session.role === 'moderator' ? { ...info, joinCode } : info,
      session: sessionInfo,
    });
  })

  .post('/workshops/:id/screen-links', requireSession('moderator'), emptyBody(), (c) =>
    c.json<ScreenLinkResponse, 201>({ token: c.var.deps.workshops.createScreenSession(c.var.session.workshopId) }, 201),
  )

  .get('/workshops/:id/people', requireSession('moderator', 'participant', 'screen'), (c) =>
    c.json<PeopleResponse>({ people: c.var.deps.workshops.people(c.var.session.workshopId) }),
  );
