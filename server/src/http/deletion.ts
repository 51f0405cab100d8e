// Deleting a workshop (mounted at /api/workshops): its live rooms are closed
// first (clients get 4404 and drop their copy), then everything is deleted.
import { Hono } from 'hono';
import { CloseCode } from '@nws/shared';
import type { Env } from './deps.js';
import { requireSession } from './middleware/session.js';

export const deletionRoutes = new Hono<Env>().delete('/:id', requireSession('moderator'), (c) => {
  const { rooms, workshops, log } = c.var.deps;
  const wid = c.var.session.workshopId;
  rooms.closeMatching(`${wid}/`, CloseCode.WorkshopGone, 'workshop deleted');
  workshops.delete(wid); // versions and the bin go with it (foreign keys)
  c.var.deps.versions.forget(wid);
  log('workshop deleted', { workshop: wid });
  return c.body(null, 204);
});
