// Card query commands. Moderators open, time and reveal queries (validated
// commands with an audit row, applied by the server to the control and board
// documents); writers keep their cards here, private, until the reveal.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  CreateQuerySchema,
  createQuery,
  DomainError,
  extendQueryTimer,
  getQuery,
  markQueryRevealed,
  PrivateCardTextSchema,
  revealCards,
  roomName,
  setActiveQuery,
  setQueryCardCount,
  type CardQuery,
  type QueryProgress,
} from '@nws/shared';
import type { AppDeps, Env } from './app.js';
import { authenticate } from './auth.js';
import { apiError, parseBody, parseEmptyBody } from './errors.js';

const TimerSchema = z.object({ minutes: z.number().int().min(1).max(120) });
const writers = ['participant', 'moderator'] as const;

export function registerQueryRoutes(app: Hono<Env>, { workshops, rooms, privateCards, audit, log }: AppDeps): void {
  const control = (wid: string) => rooms.open(roomName(wid, 'control'));
  const board = (wid: string) => rooms.open(roomName(wid, 'board'));

  /** Runs a command; storage failures become 503, domain errors 400/404. */
  const run = (c: Context, fn: () => Response | Promise<Response>): Response | Promise<Response> => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof DomainError) return apiError(c, err.code === 'not_found' ? 404 : 400, err.code === 'not_found' ? 'not_found' : 'invalid_body', err.message);
      log('command failed', { path: c.req.path, error: String(err) });
      return apiError(c, 503, 'room_unavailable', 'The workshop cannot be changed right now.');
    }
  };

  const findQuery = (c: Context, wid: string): CardQuery | Response => {
    const q = getQuery(control(wid).doc, c.req.param('qid') ?? '');
    return q ?? apiError(c, 404, 'unknown_query', 'No such card query.');
  };

  const updateCount = (wid: string, qid: string) => control(wid).change((doc) => setQueryCardCount(doc, qid, privateCards.count(wid, qid)));

  app.post('/api/workshops/:id/queries', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, CreateQuerySchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const query = control(wid).change((doc) => createQuery(doc, body.data));
      audit.record(wid, auth.session.id, 'query.create', { queryId: query.id, mode: query.mode });
      return c.json({ query }, 201);
    });
  });

  app.post('/api/workshops/:id/queries/:qid/activate', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const empty = await parseEmptyBody(c);
    if (!empty.ok) return empty.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      control(wid).change((doc) => setActiveQuery(doc, q.id));
      audit.record(wid, auth.session.id, 'query.activate', { queryId: q.id });
      return c.json({ ok: true });
    });
  });

  app.post('/api/workshops/:id/queries/:qid/timer', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, TimerSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      if (q.status !== 'writing') return apiError(c, 409, 'not_writing', 'This query is no longer open for writing.');
      control(wid).change((doc) => extendQueryTimer(doc, q.id, body.data.minutes));
      audit.record(wid, auth.session.id, 'query.timer', { queryId: q.id, minutes: body.data.minutes });
      return c.json({ ok: true });
    });
  });

  app.post('/api/workshops/:id/queries/:qid/reveal', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const empty = await parseEmptyBody(c);
    if (!empty.ok) return empty.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      if (q.status !== 'writing') return apiError(c, 409, 'not_writing', 'This query has been revealed already.');
      const cards = privateCards.forReveal(wid, q.id);
      // Board first: if we crash after it, the query is still "writing" and a
      // second reveal writes the same card ids again (no duplicates).
      board(wid).change((doc) => revealCards(doc, q, cards));
      control(wid).change((doc) => {
        markQueryRevealed(doc, q.id);
        setQueryCardCount(doc, q.id, cards.length);
      });
      privateCards.clear(wid, q.id);
      audit.record(wid, auth.session.id, 'query.reveal', { queryId: q.id, cards: cards.length });
      return c.json({ revealed: cards.length });
    });
  });

  app.get('/api/workshops/:id/queries/:qid/progress', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      const people = privateCards.progress(wid, q.id);
      const res: QueryProgress = { total: privateCards.count(wid, q.id), people };
      return c.json(res);
    });
  });

  /** A writer's own private cards of a query. */
  app.get('/api/workshops/:id/queries/:qid/cards', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, writers);
    if (!auth.ok) return auth.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      return c.json({ cards: privateCards.mine(wid, q.id, auth.session.id) });
    });
  });

  const openForWriting = (c: Context, q: CardQuery): Response | null => {
    if (q.mode === 'callout') return apiError(c, 409, 'callout_mode', 'In a call-out query the moderation writes the cards.');
    if (q.status !== 'writing') return apiError(c, 409, 'not_writing', 'The cards of this query have been revealed.');
    return null;
  };

  app.post('/api/workshops/:id/queries/:qid/cards', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, writers);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, PrivateCardTextSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      const closed = openForWriting(c, q);
      if (closed) return closed;
      const card = privateCards.add(wid, q.id, auth.session.id, body.data.text, q.perPersonLimit);
      if (!card) return apiError(c, 409, 'limit_reached', `At most ${q.perPersonLimit} cards per person in this query.`);
      updateCount(wid, q.id);
      return c.json({ card }, 201);
    });
  });

  app.patch('/api/workshops/:id/queries/:qid/cards/:cid', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, writers);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, PrivateCardTextSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      const closed = openForWriting(c, q);
      if (closed) return closed;
      const card = privateCards.update(wid, q.id, auth.session.id, c.req.param('cid'), body.data.text);
      return card ? c.json({ card }) : apiError(c, 404, 'unknown_card', 'No such card of yours.');
    });
  });

  app.delete('/api/workshops/:id/queries/:qid/cards/:cid', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, writers);
    if (!auth.ok) return auth.response;
    return run(c, () => {
      const q = findQuery(c, wid);
      if (q instanceof Response) return q;
      const closed = openForWriting(c, q);
      if (closed) return closed;
      if (!privateCards.remove(wid, q.id, auth.session.id, c.req.param('cid'))) return apiError(c, 404, 'unknown_card', 'No such card of yours.');
      updateCount(wid, q.id);
      return c.body(null, 204);
    });
  });
}
