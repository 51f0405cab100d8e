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
import { socketSession } from './middleware/session.js';

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
    const { config, rooms, sockets, log } = c.var.deps;
    const { workshopId, doc } = c.req.param();
    if (!isDocName(doc)) return apiError(c, 404, 'unknown_document', 'No such document.');
    if (!originAllowed(c.req.header('origin'), c.req.header('host'), config.allowedOrigins)) {
      return apiError(c, 403, 'origin_not_allowed', 'This origin may not connect.');
    }
    const session = socketSession(c, workshopId);
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
