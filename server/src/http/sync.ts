// The websocket sync endpoint: `${SYNC_PATH}/:workshopId/:doc` (and a network's
// stakeholder analysis for its coordinator: `${SYNC_PATH}/network/:networkId/stakeholders`). Origin, the
// credential (a one-time `?ticket=` from browsers, or a bearer header from
// other clients), the socket caps and the room's storage are checked before
// the upgrade, so a refusal is a plain HTTP answer; after it the socket is the
// room's peer (sync/socketPeer).
import { Hono, type Context } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import {
  bodyChainsRoomName,
  CHAINS_DOC,
  isDocName,
  networkRoomName,
  roomName,
  STAKEHOLDERS_DOC,
  SYNC_PATH,
} from '@nws/shared';
import { roomSocketEvents } from '../sync/socketPeer.js';
import type { Env } from './deps.js';
import { apiError, httpError } from './errors.js';
import type { Session } from '../store/workshopStore.js';
import { coordinatorSocketSession } from './middleware/coordinator.js';
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

/** Who opens a socket to which room: resolved from the path and the credential (throws 401/404 otherwise). */
type SocketTarget = (c: Context<Env>) => { session: Session; room: string };

/** The sync endpoint for one kind of path: checks, reserves a socket place, loads the room, then upgrades. */
function syncEndpoint(target: SocketTarget) {
  return [
    async (c: Context<Env>, next: () => Promise<void>) => {
      const { config, rooms, sockets, log } = c.var.deps;
      if (!originAllowed(c.req.header('origin'), c.req.header('host'), config.allowedOrigins)) {
        return apiError(c, 403, 'origin_not_allowed', 'This origin may not connect.');
      }
      const { session, room } = target(c);
      const place = sockets.reserve(session.id, clientAddress(c));
      if (place === null) {
        return apiError(c, 429, 'too_many_connections', 'Too many open connections for this link or address.');
      }
      try {
        rooms.open(room); // load now, so a storage failure refuses the upgrade
      } catch (err) {
        sockets.release(sockets.opened(place)!);
        log('room load failed', { room, error: String(err) });
        return apiError(c, 503, 'room_unavailable', 'The workshop cannot be loaded right now.');
      }
      c.set('session', session);
      c.set('socketPlace', place);
      c.set('socketRoom', room);
      await next();
    },
    upgradeWebSocket((c) => {
      const { session, deps, socketPlace, socketRoom } = (c as Context<Env>).var;
      const place = deps.sockets.opened(socketPlace);
      return roomSocketEvents(
        session,
        () => deps.rooms.open(socketRoom),
        () => place && deps.sockets.release(place),
      );
    }),
  ] as const;
}

export const syncRoutes = new Hono<Env>()
  // A workshop's documents, and its network's stakeholder analysis, for the workshop's people.
  .get(
    `${SYNC_PATH}/:workshopId/:doc`,
    ...syncEndpoint((c) => {
      const { workshopId, doc } = c.req.param() as { workshopId: string; doc: string };
      if (!isDocName(doc) && doc !== STAKEHOLDERS_DOC && doc !== CHAINS_DOC)
        throw httpError(404, 'unknown_document', 'No such document.');
      const session = socketSession(c, workshopId);
      const { networks } = c.var.deps;
      const room = isDocName(doc)
        ? roomName(workshopId, doc)
        : doc === CHAINS_DOC
          ? bodyChainsRoomName(networks.bodyOf(workshopId)!.id)
          : networkRoomName(networks.networkIdOf(workshopId)!);
      return { session, room };
    }),
  )
  // The network's stakeholder analysis for its coordinator (a moderator of it).
  .get(
    `${SYNC_PATH}/network/:networkId/${STAKEHOLDERS_DOC}`,
    ...syncEndpoint((c) => {
      const networkId = c.req.param('networkId')!;
      return { session: coordinatorSocketSession(c, networkId), room: networkRoomName(networkId) };
    }),
  );
