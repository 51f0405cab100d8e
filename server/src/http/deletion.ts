// Deleting a workshop (mounted at /api/workshops): its live rooms are closed
// first (clients get 4404 and drop their copy), then everything is deleted.
import { Hono } from 'hono';
import { bodyChainsRoomName, CloseCode, networkRoomName } from '@nws/shared';
import type { Env } from './deps.js';
import { requireSession } from './middleware/session.js';
import { refreshNetworkCases } from './networks.js';

export const deletionRoutes = new Hono<Env>().delete('/:id', requireSession('moderator'), (c) => {
  const { rooms, workshops, log } = c.var.deps;
  const wid = c.var.session.workshopId;
  const { networks } = c.var.deps;
  const networkId = networks.networkIdOf(wid);
  rooms.closeMatching(`${wid}/`, CloseCode.WorkshopGone, 'workshop deleted');
  // A network of one goes too: its stakeholder analysis and its body's chains, closed before they are
  // deleted (a room left open would write its snapshot back when it goes idle).
  const body = networks.bodyOf(wid);
  if (networkId && body && networks.get(networkId)?.standalone) {
    rooms.closeMatching(networkRoomName(networkId), CloseCode.WorkshopGone, 'workshop deleted');
    rooms.closeMatching(bodyChainsRoomName(body.id), CloseCode.WorkshopGone, 'workshop deleted');
  }
  workshops.delete(wid); // versions and the bin go with it (foreign keys)
  c.var.deps.versions.forget(wid);
  // Its reconstructed cases no longer count for the network's other workshops (a network of one goes with it).
  refreshNetworkCases(c.var.deps, networkId);
  log('workshop deleted', { workshop: wid });
  return c.body(null, 204);
});
