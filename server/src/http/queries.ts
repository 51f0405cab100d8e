// Card query commands (mounted at /api/workshops/:id/queries). Moderators
// open, time and reveal queries (validated commands with an audit row,
// applied by the server to the control and board documents); writers keep
// their cards here, private, until the reveal.
import { Hono, type Context } from 'hono';
import {
  CreateQueryBodySchema,
  createQuery,
  DomainError,
  extendQueryTimer,
  getQuery,
  markQueryRevealed,
  NewPrivateCardBodySchema,
  PrivateCardBodySchema,
  QueryTimerBodySchema,
  revealCards,
  setActiveQuery,
  setQueryCardCount,
  type CardQuery,
  type OkResponse,
  type PrivateCardResponse,
  type PrivateCardsResponse,
  type QueryProgress,
  type QueryResponse,
  type RevealResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomsOf } from './rooms.js';
import { recordVersion } from './versions.js';

const writers = ['participant', 'moderator'] as const;

/** The query of the `:qid` path parameter; 404 unknown_query if there is none. */
function queryOf(c: Context<Env>): CardQuery {
  const q = getQuery(roomsOf(c).read('control'), c.req.param('qid') ?? '');
  if (!q) throw new DomainError('unknown_query', 'No such card query.');
  return q;
}

function requireWriting(q: CardQuery, message: string): void {
  if (q.status !== 'writing') throw new DomainError('not_writing', message);
}

/** Writers write their own cards only in a private query that is still open. */
function requireOpenForWriters(q: CardQuery): void {
  if (q.mode === 'callout')
    throw new DomainError('callout_mode', 'In a call-out query the moderation writes the cards.');
  requireWriting(q, 'The cards of this query have been revealed.');
}

function updateCount(c: Context<Env>, qid: string): void {
  const wid = c.var.session.workshopId;
  const count = c.var.deps.privateCards.count(wid, qid);
  roomsOf(c).change('control', (doc) => setQueryCardCount(doc, qid, count));
}

export const queryRoutes = new Hono<Env>()
  .post('/', requireSession('moderator'), jsonBody(CreateQueryBodySchema), (c) => {
    const body = c.req.valid('json');
    const query = roomsOf(c).change('control', (doc) => createQuery(doc, body));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'query.create', {
      queryId: query.id,
      mode: query.mode,
    });
    return c.json<QueryResponse, 201>({ query }, 201);
  })

  .post('/:qid/activate', requireSession('moderator'), emptyBody(), (c) => {
    const q = queryOf(c);
    roomsOf(c).change('control', (doc) => setActiveQuery(doc, q.id));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'query.activate', { queryId: q.id });
    return c.json<OkResponse>({ ok: true });
  })

  .post('/:qid/timer', requireSession('moderator'), jsonBody(QueryTimerBodySchema), (c) => {
    const { minutes } = c.req.valid('json');
    const q = queryOf(c);
    requireWriting(q, 'This query is no longer open for writing.');
    roomsOf(c).change('control', (doc) => extendQueryTimer(doc, q.id, minutes));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'query.timer', { queryId: q.id, minutes });
    return c.json<OkResponse>({ ok: true });
  })

  .post('/:qid/reveal', requireSession('moderator'), emptyBody(), (c) => {
    const { privateCards, audit } = c.var.deps;
    const wid = c.var.session.workshopId;
    const q = queryOf(c);
    requireWriting(q, 'This query has been revealed already.');
    const cards = privateCards.forReveal(wid, q.id);
    const now = Date.now();
    // Board first: if we crash after it, the query is still "writing" and a
    // second reveal writes the same card ids again (no duplicates).
    roomsOf(c).change('board', (doc) => revealCards(doc, q, cards, now));
    roomsOf(c).change('control', (doc) => {
      markQueryRevealed(doc, q.id, now);
      setQueryCardCount(doc, q.id, cards.length);
    });
    privateCards.clear(wid, q.id);
    audit.record(wid, c.var.session.id, 'query.reveal', { queryId: q.id, cards: cards.length });
    recordVersion(c, 'reveal', q.question);
    return c.json<RevealResponse>({ revealed: cards.length });
  })

  .get('/:qid/progress', requireSession('moderator'), (c) => {
    const { privateCards } = c.var.deps;
    const wid = c.var.session.workshopId;
    const q = queryOf(c);
    const total = privateCards.count(wid, q.id);
    // Anonymous: the total only. Counts per person, polled, say who wrote each new card.
    if (q.mode !== 'named') return c.json<QueryProgress>({ total });
    return c.json<QueryProgress>({ total, people: privateCards.progress(wid, q.id) });
  })

  /** A writer's own private cards of a query. */
  .get('/:qid/cards', requireSession(...writers), (c) => {
    const q = queryOf(c);
    return c.json<PrivateCardsResponse>({
      cards: c.var.deps.privateCards.mine(c.var.session.workshopId, q.id, c.var.session.id),
    });
  })

  .post('/:qid/cards', requireSession(...writers), jsonBody(NewPrivateCardBodySchema), (c) => {
    const { text, clientKey } = c.req.valid('json');
    const q = queryOf(c);
    requireOpenForWriters(q);
    const card = c.var.deps.privateCards.add(
      c.var.session.workshopId,
      q.id,
      c.var.session.id,
      text,
      q.perPersonLimit,
      clientKey,
    );
    if (!card) throw new DomainError('limit_reached', `At most ${q.perPersonLimit} cards per person in this query.`);
    updateCount(c, q.id);
    return c.json<PrivateCardResponse, 201>({ card }, 201);
  })

  .patch('/:qid/cards/:cid', requireSession(...writers), jsonBody(PrivateCardBodySchema), (c) => {
    const { text } = c.req.valid('json');
    const q = queryOf(c);
    requireOpenForWriters(q);
    const card = c.var.deps.privateCards.update(
      c.var.session.workshopId,
      q.id,
      c.var.session.id,
      c.req.param('cid'),
      text,
    );
    if (!card) throw new DomainError('unknown_card', 'No such card of yours.');
    return c.json<PrivateCardResponse>({ card });
  })

  .delete('/:qid/cards/:cid', requireSession(...writers), (c) => {
    const q = queryOf(c);
    requireOpenForWriters(q);
    if (!c.var.deps.privateCards.remove(c.var.session.workshopId, q.id, c.var.session.id, c.req.param('cid'))) {
      throw new DomainError('unknown_card', 'No such card of yours.');
    }
    updateCount(c, q.id);
    return c.body(null, 204);
  });
