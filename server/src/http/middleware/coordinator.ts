// Who is calling a network's routes: the coordinator behind the bearer token,
// for the network in the `:nid` path parameter; set as `c.var.coordinator`.
// A workshop's links (moderator, participant, screen) open no network.
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';
import { authMessages, bearerToken } from './session.js';
import type { Coordinator } from '../../store/networkStore.js';
import type { Session } from '../../store/workshopStore.js';

export const requireCoordinator: MiddlewareHandler<Env> = async function requireCoordinator(c, next) {
  const token = bearerToken(c);
  const coordinator = token ? c.var.deps.networks.coordinatorForToken(token) : null;
  if (!coordinator) throw httpError(401, 'invalid_token', authMessages.invalid_token);
  if (coordinator.networkId !== c.req.param('nid'))
    throw httpError(403, 'forbidden', 'This link opens another network.');
  c.set('coordinator', coordinator);
  await next();
};

/** What a coordinator's ticket is issued for (never a workshop session's id). */
export const coordinatorTicketSubject = (c: Coordinator) => `coordinator:${c.id}`;

/**
 * The coordinator opening a socket to their network's stakeholder analysis:
 * from a one-time ticket (browsers) or the bearer header; as a peer they are
 * a moderator of it. Throws 401/403 otherwise.
 */
export function coordinatorSocketSession(c: Context<Env>, networkId: string): Session {
  const { networks, tickets } = c.var.deps;
  const ticket = c.req.query('ticket');
  let coordinator: Coordinator | null;
  if (ticket === undefined) {
    const token = bearerToken(c);
    coordinator = token ? networks.coordinatorForToken(token) : null;
  } else {
    const subject = tickets.redeem(ticket);
    coordinator = subject?.startsWith('coordinator:') ? networks.coordinator(subject.slice(12)) : null;
  }
  if (!coordinator) throw httpError(401, 'invalid_token', authMessages.invalid_token);
  if (coordinator.networkId !== networkId) throw httpError(403, 'forbidden', 'This link opens another network.');
  return {
    id: coordinatorTicketSubject(coordinator),
    workshopId: `network/${networkId}`,
    role: 'moderator',
    name: coordinator.name,
    organisation: '',
    level: null,
    color: '#1d4ed8',
  };
}
