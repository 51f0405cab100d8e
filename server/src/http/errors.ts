// Errors at the HTTP boundary: every failure is `{ error: { code, message } }`.
// Domain errors carry their status in the shared table; the HTTP layer's own
// refusals (tokens, bodies, limits) are HTTPExceptions with that body; both
// are answered by the one error handler of the app.
import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import Database from 'better-sqlite3';
import { DomainError, type ErrorBody } from '@nws/shared';
import type { AppDeps, Env } from './deps.js';
import { RoomUnavailable } from './rooms.js';

export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json({ error: { code, message } } satisfies ErrorBody, status);
}

/** A refusal of the HTTP layer itself (token, body, limits), thrown like Hono's own middleware does. */
export function httpError(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): HTTPException {
  const body: ErrorBody = { error: { code, message } };
  return new HTTPException(status, { message, res: Response.json(body, { status, headers }) });
}

/** The app's one error handler. */
export function errorHandler(log: AppDeps['log']): ErrorHandler<Env> {
  return (err, c) => {
    if (err instanceof DomainError) return apiError(c, err.status, err.code, err.message);
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof RoomUnavailable || err instanceof Database.SqliteError) {
      log('command failed', { path: c.req.path, error: String(err.cause ?? err) });
      return apiError(c, 503, 'room_unavailable', 'The workshop cannot be changed right now.');
    }
    log('unhandled error', { path: c.req.path, error: String(err) });
    return apiError(c, 500, 'internal', 'Internal server error.');
  };
}
