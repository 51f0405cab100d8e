// Who is calling a network's routes: the coordinator behind the bearer token,
// for the network in the `:nid` path parameter; set as `c.var.coordinator`.
// A workshop's links (moderator, participant, screen) open no network.
import type { MiddlewareHandler } from 'hono';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';
import { authMessages, bearerToken } from './session.js';

export const requireCoordinator: MiddlewareHandler<Env> = async function requireCoordinator(c, next) {
  const token = bearerToken(c);
  const coordinator = token ? c.var.deps.networks.coordinatorForToken(token) : null;
  if (!coordinator) throw httpError(401, 'invalid_token', authMessages.invalid_token);
  if (coordinator.networkId !== c.req.param('nid'))
    throw httpError(403, 'forbidden', 'This link opens another network.');
  c.set('coordinator', coordinator);
  await next();
};
