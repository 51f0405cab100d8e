// The websocket sync endpoint: `${SYNC_PATH}/:workshopId/:doc`. Origin, the
// credential (a one-time `?ticket=` from browsers, or a bearer header from
// other clients), the socket caps and the room's storage are checked before
// the upgrade, so a refusal is a plain HTTP answer; after it the socket is the
// room's peer (sync/socketPeer).
import { Hono, type Context } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import { isDocName, roomName, SYNC_PATH, type DocName } from '@nws/shared';
import { roomSocketEvents } from '../sync/socketPeer.js';
import type { Env } from './deps.js';
import { apiError } from './errors.js';
import { clientAddress } from './middleware/limits.js';
import { authMessages, bearerToken } from './middleware/session.js';
import type { AuthResult } from '../store/workshopStore.js';

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

export const syncRoutes = new Hono<Env>().get(
  `${SYNC_PATH}/:workshopId/:doc`,
  async (c, next) => {
    const { config, workshops, rooms, tickets, sockets, log } = c.var.deps;
    const { workshopId, doc } = c.req.param();
    if (!isDocName(doc)) return apiError(c, 404, 'unknown_document', 'No such document.');
    if (!originAllowed(c.req.header('origin'), c.req.header('host'), config.allowedOrigins)) {
      return apiError(c, 403, 'origin_not_allowed', 'This origin may not connect.');
    }
    const ticket = c.req.query('ticket');
    const token = bearerToken(c);
    const sessionId = ticket ? tickets.redeem(ticket) : null;
    const auth: AuthResult = sessionId
      ? workshops.authenticateSession(sessionId, config.tokenTtlMs)
      : token && !ticket
        ? workshops.authenticate(token, config.tokenTtlMs)
        : { ok: false, code: 'invalid_token' };
    if (!auth.ok) return apiError(c, 401, auth.code, authMessages[auth.code]);
    const session = auth.session;
    if (session.workshopId !== workshopId) return apiError(c, 401, 'invalid_token', authMessages.invalid_token);
    const place = sockets.reserve(session.id, clientAddress(c));
    if (place === null) {
      return apiError(c, 429, 'too_many_connections', 'Too many open connections for this link or address.');
    }
    try {
      rooms.open(roomName(workshopId, doc)); // load now, so a storage failure refuses the upgrade
    } catch (err) {
      sockets.release(sockets.opened(place)!);
      log('room load failed', { room: roomName(workshopId, doc), error: String(err) });
      return apiError(c, 503, 'room_unavailable', 'The workshop cannot be loaded right now.');
    }
    c.set('session', session);
    c.set('socketPlace', place);
    await next();
  },
  upgradeWebSocket((c) => {
    const name = roomName(c.req.param('workshopId')!, c.req.param('doc') as DocName);
    const { session, deps, socketPlace } = (c as Context<Env>).var;
    const place = deps.sockets.opened(socketPlace);
    return roomSocketEvents(
      session,
      () => deps.rooms.open(name),
      () => place && deps.sockets.release(place),
    );
  }),
);
