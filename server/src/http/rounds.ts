// Dot-voting and consent rounds and resolutions (mounted at
// /api/workshops/:id). The moderation opens and closes rounds; participants
// vote, changeably until the round closes; votes stay on the server and only
// the tallies are published when it closes.
import { Hono, type Context } from 'hono';
import {
  addResolution,
  checkDots,
  checkMarks,
  closeRound,
  ConsentMarkSchema,
  DomainError,
  getRound,
  NewResolutionBodySchema,
  OpenRoundBodySchema,
  openRound,
  setRoundVoters,
  tallyConsent,
  tallyDots,
  VoteBodySchema,
  type MyVotesResponse,
  type OkResponse,
  type ResolutionResponse,
  type Round,
  type RoundResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { httpError } from './errors.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomsOf } from './rooms.js';
import { recordVersion } from './versions.js';

/** The open round of the `:rid` path parameter. */
function openRoundOf(c: Context<Env>, closedMessage: string): Round {
  const round = getRound(roomsOf(c).read('control'), c.req.param('rid') ?? '');
  if (!round) throw new DomainError('unknown_round', 'No such round.');
  if (round.status === 'closed') throw new DomainError('round_closed', closedMessage);
  return round;
}

export const roundRoutes = new Hono<Env>()
  .post('/rounds', requireSession('moderator'), jsonBody(OpenRoundBodySchema), (c) => {
    const body = c.req.valid('json');
    const round = roomsOf(c).change('control', (d) => openRound(d, body));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'round.open', {
      roundId: round.id,
      kind: round.kind,
    });
    return c.json<RoundResponse, 201>({ round }, 201);
  })

  .post('/rounds/:rid/close', requireSession('moderator'), emptyBody(), (c) => {
    const { votes, audit } = c.var.deps;
    const round = openRoundOf(c, 'The round is closed already.');
    const all = votes.all(round.id);
    const results =
      round.kind === 'dots'
        ? {
            dots: tallyDots(
              round.itemIds,
              all.map((v) => ({ itemId: v.itemId, value: Number(v.value) })),
            ),
          }
        : {
            consent: tallyConsent(
              round.itemIds,
              all.flatMap((v) => {
                const mark = ConsentMarkSchema.safeParse(v.value);
                return mark.success ? [{ itemId: v.itemId, mark: mark.data }] : [];
              }),
            ),
          };
    const closed = roomsOf(c).change('control', (d) => closeRound(d, round.id, results));
    votes.clear(round.id); // individual votes are never published, and not kept
    audit.record(c.var.session.workshopId, c.var.session.id, 'round.close', {
      roundId: round.id,
      voters: closed.voters,
    });
    recordVersion(c, 'round', closed.title);
    return c.json<RoundResponse>({ round: closed });
  })

  .put('/rounds/:rid/vote', requireSession('participant'), jsonBody(VoteBodySchema), (c) => {
    const body = c.req.valid('json');
    const round = openRoundOf(c, 'The round is closed.');
    let values: Record<string, string | number>;
    if (round.kind === 'dots') {
      if (!('dots' in body)) throw httpError(400, 'invalid_body', 'dots: required in a dot round');
      checkDots(round, body.dots);
      values = body.dots;
    } else {
      if (!('marks' in body)) throw httpError(400, 'invalid_body', 'marks: required in a consent round');
      checkMarks(round, body.marks);
      values = body.marks;
    }
    const { votes } = c.var.deps;
    votes.replace(c.var.session.workshopId, round.id, c.var.session.id, values);
    roomsOf(c).change('control', (d) => setRoundVoters(d, round.id, votes.voters(round.id)));
    return c.json<OkResponse>({ ok: true });
  })

  .get('/rounds/:rid/vote', requireSession('participant'), (c) =>
    c.json<MyVotesResponse>({ votes: c.var.deps.votes.mine(c.req.param('rid'), c.var.session.id) }),
  )

  .post('/resolutions', requireSession('moderator'), jsonBody(NewResolutionBodySchema), (c) => {
    const { text, roundId, itemId } = c.req.valid('json');
    const round = roundId ? getRound(roomsOf(c).read('control'), roundId) : null;
    if (roundId && (!round || round.status !== 'closed'))
      throw new DomainError('round_open', 'A resolution takes the result of a closed round.');
    const tally = round && itemId ? (round.consent?.[itemId] ?? null) : null;
    const resolution = roomsOf(c).change('control', (d) => addResolution(d, { text, tally, roundId, itemId }));
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'resolution.add', {
      resolutionId: resolution.id,
    });
    return c.json<ResolutionResponse, 201>({ resolution }, 201);
  });
