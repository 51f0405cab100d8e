// Who is calling: the session behind the bearer token, checked against the
// workshop in the path and the roles a route allows.
import type { Context } from 'hono';
import type { Role } from '@nws/shared';
import type { Session, WorkshopStore } from '../store/workshopStore.js';
import { apiError, bearerToken } from './errors.js';

export type Authed = { ok: true; session: Session } | { ok: false; response: Response };

/** The caller's session for `workshopId`, if its role is one of `roles`; else the 401/403 response. */
export function authenticate(c: Context, workshops: WorkshopStore, workshopId: string | undefined, roles: readonly Role[]): Authed {
  const token = bearerToken(c);
  const session = token ? workshops.sessionForToken(token) : null;
  if (!session || (workshopId !== undefined && session.workshopId !== workshopId)) {
    return { ok: false, response: apiError(c, 401, 'invalid_token', 'This link is not valid (any more).') };
  }
  if (!roles.includes(session.role)) {
    return { ok: false, response: apiError(c, 403, 'forbidden', `This needs one of the roles: ${roles.join(', ')}.`) };
  }
  return { ok: true, session };
}
