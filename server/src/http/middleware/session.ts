// Who is calling: the session behind the bearer token, checked against the
// workshop in the `:id` path parameter and the roles a route allows; set as
// `c.var.session`. Written like Hono's bearerAuth: refusals are thrown.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { canSteer, DomainError, type Role } from '@nws/shared';
import type { Env } from '../deps.js';
import type { AuthFailure, AuthResult, Session } from '../../store/workshopStore.js';
import { httpError } from '../errors.js';
import { roomsOf } from '../rooms.js';

/** The bearer token of a request (Authorization header). Websockets from browsers use a one-time ticket instead. */
export function bearerToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return null;
}

/** What a person reads when their link opens nothing (the client shows its own text per code). */
export const authMessages: Record<AuthFailure, string> = {
  invalid_token: 'This link is not valid (any more).',
  session_removed: 'You were removed from this workshop by its moderation.',
  token_expired: 'This link has expired: the workshop was not used for a long time. Ask the moderation for a new one.',
};

/** The session of a request's bearer token, for the workshop in `:id` if the route has one; throws 401 otherwise. */
export function authenticated(c: Context<Env>, token: string | null, workshopId: string | undefined): Session {
  const { workshops, config } = c.var.deps;
  const auth: AuthResult = token
    ? workshops.authenticate(token, config.tokenTtlMs)
    : { ok: false, code: 'invalid_token' };
  if (!auth.ok) throw httpError(401, auth.code, authMessages[auth.code]);
  if (workshopId !== undefined && auth.session.workshopId !== workshopId)
    throw httpError(401, 'invalid_token', authMessages.invalid_token);
  return auth.session;
}

/**
 * The session opening a websocket: from a one-time `?ticket=` (browsers) or a
 * bearer header (other clients), never a token in the URL; for the workshop
 * in the path. Throws 401 with the reason otherwise.
 */
export function socketSession(c: Context<Env>, workshopId: string): Session {
  const { workshops, tickets, config } = c.var.deps;
  const ticket = c.req.query('ticket');
  if (ticket === undefined) return authenticated(c, bearerToken(c), workshopId);
  const sessionId = tickets.redeem(ticket);
  const auth: AuthResult = sessionId
    ? workshops.authenticateSession(sessionId, config.tokenTtlMs)
    : { ok: false, code: 'invalid_token' };
  if (!auth.ok) throw httpError(401, auth.code, authMessages[auth.code]);
  if (auth.session.workshopId !== workshopId) throw httpError(401, 'invalid_token', authMessages.invalid_token);
  return auth.session;
}

/** Requires a session of one of `roles` for the workshop in `:id` (any workshop on routes without it): 401 / 403 otherwise. */
export function requireSession(...roles: Role[]): MiddlewareHandler<Env> {
  return async function requireSession(c, next) {
    const session = authenticated(c, bearerToken(c), c.req.param('id'));
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

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Creating and importing workshops: when ADMIN_TOKEN is set, only with it as
 * the bearer token (403 admin_token_required otherwise); open to all when unset.
 */
export const requireAdmin: MiddlewareHandler<Env> = async function requireAdmin(c, next) {
  const expected = c.var.deps.config.adminToken;
  if (expected !== null) {
    const given = bearerToken(c) ?? '';
    if (!timingSafeEqual(digest(given), digest(expected)))
      throw httpError(403, 'admin_token_required', 'Creating or importing workshops needs this server’s access key.');
  }
  await next();
};
