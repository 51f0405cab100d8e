// The Hono application: JSON API (zod-validated), the websocket sync endpoint
// (token and Origin checked before the upgrade), and the built client.
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { upgradeWebSocket } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebSocket } from 'ws';
import {
  CloseCode,
  CreateWorkshopSchema,
  isDocName,
  JoinCodeSchema,
  JoinSchema,
  roomName,
  SYNC_PATH,
  type CreateWorkshopResponse,
  type DocName,
  type JoinResponse,
  type SessionResponse,
} from '@nws/shared';
import type { Config } from '../config.js';
import type { Session, WorkshopStore } from '../store/workshopStore.js';
import type { RoomRegistry } from '../sync/roomRegistry.js';
import type { Peer, Room } from '../sync/room.js';
import { apiError, bearerToken, parseBody, parseEmptyBody } from './errors.js';
import { RateLimiter } from './rateLimit.js';
import { authenticate } from './auth.js';
import { registerQueryRoutes } from './queryRoutes.js';
import { registerConferenceRoutes } from './conferenceRoutes.js';
import type { PrivateCardStore } from '../store/privateCards.js';
import type { AuditLog } from '../store/audit.js';
import type { VoteStore } from '../store/votes.js';
import type { UpdateLog } from '../store/updateLog.js';
import { registerRoundRoutes } from './roundRoutes.js';

export interface AppDeps {
  config: Config;
  workshops: WorkshopStore;
  rooms: RoomRegistry;
  privateCards: PrivateCardStore;
  votes: VoteStore;
  updateLog: UpdateLog;
  audit: AuditLog;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}

export type Env = { Variables: { session: Session } };

/** Same-origin pages, configured origins, and non-browser clients (no Origin header) may open sockets. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A socket whose peer reads this slowly is closed rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono<Env> {
  const { config, workshops, rooms, log } = deps;
  const app = new Hono<Env>();
  const joinLimiter = new RateLimiter(config.joinRateLimit);
  const clientAddress = (c: Context) => {
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // tldraw and React set style attributes; no external stylesheet is allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.onError((err, c) => {
    log('unhandled error', { path: c.req.path, error: String(err) });
    return apiError(c, 500, 'internal', 'Internal server error.');
  });

  app.get('/api/health', (c) => c.json({ ok: true }));

  app.get('/api/config', (c) =>
    c.json({ tldrawLicenseKey: config.tldrawLicenseKey, maxMessageBytes: config.maxMessageBytes }),
  );

  app.post('/api/workshops', async (c) => {
    const body = await parseBody(c, CreateWorkshopSchema);
    if (!body.ok) return body.response;
    const created = workshops.create(body.data);
    const res: CreateWorkshopResponse = { workshop: created.workshop, moderatorToken: created.moderatorToken, screenToken: created.screenToken };
    log('workshop created', { workshop: created.workshop.id });
    return c.json(res, 201);
  });

  const limitJoin = (c: Context) =>
    joinLimiter.hit(clientAddress(c)) ? null : apiError(c, 429, 'rate_limited', 'Too many join attempts. Please wait a minute.');

  app.get('/api/join/:code', (c) => {
    const limited = limitJoin(c);
    if (limited) return limited;
    const code = JoinCodeSchema.safeParse(c.req.param('code'));
    if (!code.success) return apiError(c, 400, 'invalid_code', 'A join code has six letters or digits.');
    const w = workshops.findByJoinCode(code.data);
    if (!w) return apiError(c, 404, 'unknown_code', 'No workshop has this join code.');
    return c.json({ workshop: { name: w.name, targetGroup: w.targetGroup, area: w.area } });
  });

  app.post('/api/join', async (c) => {
    const limited = limitJoin(c);
    if (limited) return limited;
    const body = await parseBody(c, JoinSchema);
    if (!body.ok) return body.response;
    const joined = workshops.join(body.data);
    if (!joined) return apiError(c, 404, 'unknown_code', 'No workshop has this join code.');
    const res: JoinResponse = { workshopId: joined.workshop.id, token: joined.token };
    return c.json(res, 201);
  });

  app.get('/api/session', (c) => {
    const auth = authenticate(c, workshops, undefined, ['moderator', 'participant', 'screen']);
    if (!auth.ok) return auth.response;
    const { session } = auth;
    const w = workshops.get(session.workshopId);
    if (!w) return apiError(c, 404, 'unknown_workshop', 'This workshop does not exist (any more).');
    const { joinCode, ...info } = w;
    const { workshopId: _w, ...sessionInfo } = session;
    const res: SessionResponse = { workshop: session.role === 'moderator' ? { ...info, joinCode } : info, session: sessionInfo };
    return c.json(res);
  });

  app.post('/api/workshops/:id/screen-links', async (c) => {
    const auth = authenticate(c, workshops, c.req.param('id'), ['moderator']);
    if (!auth.ok) return auth.response;
    const empty = await parseEmptyBody(c);
    if (!empty.ok) return empty.response;
    return c.json({ token: workshops.createScreenSession(auth.session.workshopId) }, 201);
  });

  app.delete('/api/workshops/:id', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    // Close the live rooms first (clients get 4404 and drop their copy), then delete.
    rooms.closeMatching(`${wid}/`, CloseCode.WorkshopGone, 'workshop deleted');
    workshops.delete(wid);
    log('workshop deleted', { workshop: wid });
    return c.body(null, 204);
  });

  registerQueryRoutes(app, deps);
  registerConferenceRoutes(app, deps);
  registerRoundRoutes(app, deps);

  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));

  app.get(
    `${SYNC_PATH}/:workshopId/:doc`,
    async (c, next) => {
      const { workshopId, doc } = c.req.param();
      if (!isDocName(doc)) return apiError(c, 404, 'unknown_document', 'No such document.');
      if (!originAllowed(c.req.header('origin'), c.req.header('host'), config.allowedOrigins)) {
        return apiError(c, 403, 'origin_not_allowed', 'This origin may not connect.');
      }
      const token = bearerToken(c);
      const session = token ? workshops.sessionForToken(token) : null;
      if (!session || session.workshopId !== workshopId) return apiError(c, 401, 'invalid_token', 'Missing or invalid token for this workshop.');
      try {
        rooms.open(roomName(workshopId, doc)); // load now, so a storage failure refuses the upgrade
      } catch (err) {
        log('room load failed', { room: roomName(workshopId, doc), error: String(err) });
        return apiError(c, 503, 'room_unavailable', 'The workshop cannot be loaded right now.');
      }
      c.set('session', session);
      await next();
    },
    upgradeWebSocket((c) => {
      const session = c.get('session');
      const name = roomName(c.req.param('workshopId')!, c.req.param('doc') as DocName);
      let room: Room | null = null;
      let peer: Peer | null = null;
      return {
        onOpen(_evt, ws) {
          const socket = ws.raw as WebSocket;
          peer = {
            session,
            clientId: null,
            send(data) {
              if (socket.readyState !== socket.OPEN) return;
              if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
                socket.close(CloseCode.ServerRestart, 'too slow');
                return;
              }
              socket.send(data);
            },
            close(code, reason) {
              if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
            },
          };
          try {
            room = rooms.open(name);
          } catch {
            socket.close(CloseCode.RoomUnavailable, 'room unavailable');
            return;
          }
          room.join(peer);
        },
        onMessage(evt) {
          if (!room || !peer) return;
          if (!(evt.data instanceof ArrayBuffer)) {
            peer.close(CloseCode.MalformedMessage, 'binary frames only');
            room.leave(peer);
            return;
          }
          room.handleMessage(peer, new Uint8Array(evt.data));
        },
        onClose() {
          if (room && peer) room.leave(peer);
        },
      };
    }),
  );

  if (config.clientDist && existsSync(join(config.clientDist, 'index.html'))) {
    const root = config.clientDist;
    const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    // Client-side routes (/w/…, /join/…) all load the single page.
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('/', (c) => c.text('Netzwerkstatt API. The client is not built: run `npm start`.'));
  }

  return app;
}
