// Deleting a workshop (mounted at /api/workshops): its live rooms are closed
// first (clients get 4404 and drop their copy), then everything is deleted.
import { Hono } from 'hono';
import { CloseCode } from '@nws/shared';
import type { Env } from './deps.js';
import { requireSession } from './middleware/session.js';
import { refreshNetworkCases } from './networks.js';

export const deletionRoutes = new Hono<Env>().delete('/:id', requireSession('moderator'), (c) => {
  const { rooms, workshops, log } = c.var.deps;
  const wid = c.var.session.workshopId;
  const networkId = c.var.deps.networks.networkIdOf(wid);
  rooms.closeMatching(`${wid}/`, CloseCode.WorkshopGone, 'workshop deleted');
  workshops.delete(wid); // versions and the bin go with it (foreign keys)
  c.var.deps.versions.forget(wid);
  // Its reconstructed cases no longer count for the network's other workshops (a network of one goes with it).
  refreshNetworkCases(c.var.deps, networkId);
  log('workshop deleted', { workshop: wid });
  return c.body(null, 204);
});
