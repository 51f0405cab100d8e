// A body's service chains over HTTP (mounted at /api/workshops/:id): read
// them, and change their structure one operation at a time — the editors of
// everyone in the workshop (laptop or phone) send operations, the server
// applies each to the body's chains document in order (applyChainOp refuses
// what would break a chain's shape) and the change reaches everyone over the
// socket. Texts are typed over the socket. Removing a whole chain is the
// moderation's; the rest is open to the participants, who build chains
// together in their working group.
import { Hono } from 'hono';
import {
  applyChainOp,
  bodyChainsRoomName,
  ChainOpSchema,
  DomainError,
  readChains,
  type ChainOpResponse,
  type ChainsResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomAccess } from './rooms.js';
import { newId } from '../auth/tokens.js';
import type { Context } from 'hono';

const chainsRoom = (c: Context<Env>) => {
  const body = c.var.deps.networks.bodyOf(c.var.session.workshopId);
  if (!body) throw new DomainError('unknown_workshop', 'No such workshop.');
  return roomAccess(c.var.deps.rooms, bodyChainsRoomName(body.id));
};

export const chainRoutes = new Hono<Env>()
  .get('/chains', requireSession('moderator', 'participant', 'screen'), (c) =>
    c.json<ChainsResponse>({ chains: readChains(chainsRoom(c).read()) }),
  )
  .post('/chains/ops', requireSession('moderator', 'participant'), jsonBody(ChainOpSchema), (c) => {
    const op = c.req.valid('json');
    const { session, deps } = c.var;
    if (op.op === 'removeChain' && session.role !== 'moderator')
      throw new DomainError('forbidden', 'Only the moderation removes a whole chain.');
    const result = chainsRoom(c).change((d) => applyChainOp(d, op, newId));
    if (op.op === 'createChain' || op.op === 'removeChain')
      deps.audit.record(session.workshopId, session.id, `chain.${op.op === 'createChain' ? 'create' : 'remove'}`, {
        chain: op.op === 'removeChain' ? op.chainId : result.id,
      });
    return c.json<ChainOpResponse>(result, op.op.startsWith('add') || op.op === 'createChain' ? 201 : 200);
  });
