// Who is calling: the session behind the bearer token, checked against the
// workshop in the `:id` path parameter and the roles a route allows; set as
// `c.var.session`. Written like Hono's bearerAuth: refusals are thrown.
import type { Context, MiddlewareHandler } from 'hono';
import { canSteer, DomainError, type Role } from '@nws/shared';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';
import { roomsOf } from '../rooms.js';

/** The bearer token of a request: Authorization header, or ?token= for websockets (browsers cannot set headers there). */
export function bearerToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return c.req.query('token') ?? null;
}

/** Requires a session of one of `roles` for the workshop in `:id` (any workshop on routes without it): 401 / 403 otherwise. */
export function requireSession(...roles: Role[]): MiddlewareHandler<Env> {
  return async function requireSession(c, next) {
    const token = bearerToken(c);
    const session = token ? c.var.deps.workshops.sessionForToken(token) : null;
    const workshopId = c.req.param('id');
    if (!session || (workshopId !== undefined && session.workshopId !== workshopId)) {
      throw httpError(401, 'invalid_token', 'This link is not valid (any more).');
    }
    if (!roles.includes(session.role))
      throw httpError(403, 'forbidden', `This needs one of the roles: ${roles.join(', ')}.`);
    c.set('session', session);
    await next();
  };
}

/** After requireSession: the caller may steer the conference now (the moderation, or a moderator of the running case). */
export const requireSteering: MiddlewareHandler<Env> = async function requireSteering(c, next) {
  if (!canSteer(roomsOf(c).read('control'), c.var.session))
    throw new DomainError('forbidden', 'Only the moderation of this case may steer.');
  await next();
};
