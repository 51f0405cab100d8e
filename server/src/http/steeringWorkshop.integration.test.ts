// Integration: the steering group decides in its own workshop, through the
// real server with raw HTTP clients. A working group's resolution is
// forwarded by the coordinator; the moderation of a workshop of the
// steering group lists what awaits it and confirms, sends back (with a
// reason) or rejects, with the vote's tally if it voted. Participants of
// that workshop read but do not decide; workshops of other bodies neither
// read nor decide. The outcome shows in the working group's workshops
// (received), in the deciding workshop (produced) and on the network's page.
import { describe, expect, it } from 'vitest';
import type {
  CreateNetworkResponse,
  NetworkOverview,
  NetworkWorkshopCreated,
  SteeringDecisionsResponse,
  SteeringItem,
  SteeringQueueResponse,
} from '@nws/shared';
import { api, serverPerFile } from '../testing/harness.js';

const server = serverPerFile();

type Failure = { error?: { code: string; message: string } };
type Decided = { resolution: SteeringItem } & Failure;

/**
 * A network with a steering group and a working group, a workshop of each (and
 * a later one of the working group), a participant in the steering group's
 * workshop, and one resolution of the working group forwarded by the coordinator.
 */
async function setUp(text = 'Alle Kitas bieten Sprachförderung ab drei Jahren an.') {
  const made = await api<CreateNetworkResponse>(server().url, '/api/networks', {
    body: { name: 'Netzwerk Nord', targetGroup: 'Familien', area: 'Nordstadt', coordinatorName: 'Nora' },
  });
  const nid = made.body.network.id;
  const token = made.body.coordinatorToken;
  const body = async (kind: string, name: string) =>
    (await api<{ body: { id: string } }>(server().url, `/api/networks/${nid}/bodies`, { body: { kind, name }, token }))
      .body.body.id;
  const workshop = async (name: string, bodyId: string) => {
    const r = await api<NetworkWorkshopCreated>(server().url, `/api/networks/${nid}/workshops`, {
      body: { name, bodyId },
      token,
    });
    expect(r.status).toBe(201);
    return { id: r.body.workshop.id, moderator: r.body.moderatorToken, joinCode: r.body.workshop.joinCode };
  };
  const lgBody = await body('steering', 'Lenkungsgruppe');
  const agBody = await body('working', 'AG Sprache');
  const ag = await workshop('AG Sprache, 2. Treffen', agBody);
  const lg = await workshop('Lenkungsgruppe, 1. Sitzung', lgBody);
  const recorded = await api<{ resolution: { id: string } }>(server().url, `/api/workshops/${ag.id}/resolutions`, {
    body: { text },
    token: ag.moderator,
  });
  expect(recorded.status).toBe(201);
  const forward = () =>
    api<{ resolution: { id: string; state: string } }>(server().url, `/api/networks/${nid}/resolutions`, {
      body: { workshopId: ag.id, resolutionId: recorded.body.resolution.id },
      token,
    });
  const fwd = await forward();
  expect(fwd.status).toBe(201);
  const joined = await api<{ token: string }>(server().url, '/api/join', {
    body: { code: lg.joinCode, name: 'Lea', organisation: 'Jugendamt', level: 'decision' },
  });
  expect(joined.status).toBe(201);
  return {
    nid,
    token,
    ag,
    agBody,
    lg,
    lgParticipant: joined.body.token,
    rid: fwd.body.resolution.id,
    forward,
    workshop,
  };
}

const queue = (wid: string, token: string) =>
  api<SteeringQueueResponse & Failure>(server().url, `/api/workshops/${wid}/steering/resolutions`, { token });
const steering = (wid: string, token: string) =>
  api<SteeringDecisionsResponse & Failure>(server().url, `/api/workshops/${wid}/steering`, { token });
const decide = (wid: string, rid: string, body: unknown, token: string) =>
  api<Decided>(server().url, `/api/workshops/${wid}/steering/${rid}/decision`, { body, token });
const overview = (nid: string, token: string) => api<NetworkOverview>(server().url, `/api/networks/${nid}`, { token });

describe('a steering group’s workshop', () => {
  it('lists what awaits it; its moderation confirms with the tally, recorded as taken there', async () => {
    const { nid, token, ag, agBody, lg, lgParticipant, rid, workshop } = await setUp();
    for (const t of [lg.moderator, lgParticipant]) {
      const q = await queue(lg.id, t);
      expect(q.status).toBe(200);
      expect(q.body.awaiting).toEqual([
        expect.objectContaining({
          id: rid,
          state: 'forwarded',
          workshopId: ag.id,
          workshopName: 'AG Sprache, 2. Treffen',
          bodyName: 'AG Sprache',
          decidedIn: null,
          tally: null,
        }),
      ]);
      expect(q.body.produced).toEqual([]);
    }

    const tally = { yes: 5, no: 1, abstain: 2 };
    const done = await decide(lg.id, rid, { decision: 'confirmed', tally }, lg.moderator);
    expect(done.status).toBe(200);
    expect(done.body.resolution).toMatchObject({
      id: rid,
      state: 'confirmed',
      reason: null,
      tally,
      decidedIn: lg.id,
      decidedInName: 'Lenkungsgruppe, 1. Sitzung',
      workshopName: 'AG Sprache, 2. Treffen',
    });
    expect(done.body.resolution.decidedAt).toEqual(expect.any(Number));
    // Audited on the deciding workshop, by its moderator's session.
    const audit = server()
      .audit.list(lg.id)
      .filter((a) => a.action === 'resolution.decide');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ decision: 'confirmed', from: ag.id, voted: true });
    const session = await api<{ session: { id: string } }>(server().url, '/api/session', { token: lg.moderator });
    expect(audit[0]!.sessionId).toBe(session.body.session.id);

    // Nothing awaits any more; the workshop's queue and its protocol list it as produced.
    const q = await queue(lg.id, lg.moderator);
    expect(q.body.awaiting).toEqual([]);
    expect(q.body.produced.map((r) => [r.id, r.state, r.tally])).toEqual([[rid, 'confirmed', tally]]);
    const own = await steering(lg.id, lgParticipant);
    expect(own.body.produced.map((r) => r.id)).toEqual([rid]);
    expect(own.body.decisions).toEqual([]); // the steering group's own body resolved nothing
    expect(own.body.bodyKind).toBe('steering');

    // The working group sees it received, in this workshop and its next one, with where and how it was decided.
    const next = await workshop('AG Sprache, 3. Treffen', agBody);
    for (const w of [ag, next]) {
      const got = await steering(w.id, w.moderator);
      expect(got.status).toBe(200);
      expect(got.body.decisions).toEqual([
        expect.objectContaining({ id: rid, state: 'confirmed', tally, decidedIn: lg.id }),
      ]);
      expect(got.body.produced).toEqual([]);
      expect(got.body.bodyKind).toBe('working');
    }

    // The network's page shows it too.
    const o = await overview(nid, token);
    expect(o.body.resolutions).toEqual([
      expect.objectContaining({ id: rid, state: 'confirmed', tally, decidedIn: lg.id }),
    ]);
    // Final: no second decision.
    const again = await decide(lg.id, rid, { decision: 'rejected' }, lg.moderator);
    expect([again.status, again.body.error?.code]).toEqual([409, 'invalid_transition']);
  });

  it('is refused to its participants, to other bodies’ moderators, other networks and strangers', async () => {
    const { nid, token, ag, lg, lgParticipant, rid } = await setUp();
    const plenaryId = (await overview(nid, token)).body.bodies.find((b) => b.kind === 'plenary')!.id;
    const plenary = await api<NetworkWorkshopCreated>(server().url, `/api/networks/${nid}/workshops`, {
      body: { name: 'Plenum', bodyId: plenaryId },
      token,
    });
    const body = { decision: 'confirmed' };

    // A participant of the steering group's workshop reads, but does not decide.
    const byParticipant = await decide(lg.id, rid, body, lgParticipant);
    expect([byParticipant.status, byParticipant.body.error?.code]).toEqual([403, 'forbidden']);
    // The working group's moderation (and the plenary's) neither decides nor reads the steering group's queue.
    for (const w of [ag, { id: plenary.body.workshop.id, moderator: plenary.body.moderatorToken }]) {
      const refused = await decide(w.id, rid, body, w.moderator);
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'forbidden']);
      expect(refused.body.error?.message).toMatch(/steering group/);
      expect((await queue(w.id, w.moderator)).status).toBe(403);
    }
    // Another network's steering group does not reach this network's resolutions.
    const other = await setUp('Anderswo beschlossen.');
    const foreign = await decide(other.lg.id, rid, body, other.lg.moderator);
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, 'unknown_resolution']);
    expect((await decide(lg.id, 'no-such-id', body, lg.moderator)).body.error?.code).toBe('unknown_resolution');
    // No token, a token of another workshop, the coordinator's link: not a session of this workshop.
    expect((await api(server().url, `/api/workshops/${lg.id}/steering/${rid}/decision`, { body })).status).toBe(401);
    expect((await decide(lg.id, rid, body, ag.moderator)).status).toBe(401);
    expect((await decide(lg.id, rid, body, token)).status).toBe(401);
    expect((await queue(lg.id, ag.moderator)).status).toBe(401);

    // Nothing was decided.
    expect((await queue(lg.id, lg.moderator)).body.awaiting.map((r) => r.id)).toEqual([rid]);
    expect(
      server()
        .audit.list(lg.id)
        .map((a) => a.action),
    ).not.toContain('resolution.decide');
  });

  it('answers 400 to a tally that is not one, here and on the coordinator’s route', async () => {
    const { nid, token, lg, rid } = await setUp();
    const bad = [
      { yes: -1, no: 0, abstain: 0 },
      { yes: 1.5, no: 0, abstain: 0 },
      { yes: 501, no: 0, abstain: 0 },
      { yes: '5', no: 0, abstain: 0 },
      { yes: 5, no: 0 },
      { yes: 5, no: 0, abstain: 0, absent: 3 },
      { yes: 0, no: 0, abstain: 0 },
      [5, 1, 2],
      'fünf zu eins',
    ];
    for (const tally of bad) {
      const r = await decide(lg.id, rid, { decision: 'confirmed', tally }, lg.moderator);
      expect([r.status, JSON.stringify(tally)]).toEqual([400, JSON.stringify(tally)]);
      const c = await api<Failure>(server().url, `/api/networks/${nid}/resolutions/${rid}/decision`, {
        body: { decision: 'confirmed', tally },
        token,
      });
      expect(c.status).toBe(400);
    }
    // Still awaiting; the bound itself is fine, and no tally at all too (null).
    expect((await queue(lg.id, lg.moderator)).body.awaiting.map((r) => r.id)).toEqual([rid]);
    const edge = await decide(
      lg.id,
      rid,
      { decision: 'rejected', tally: { yes: 0, no: 500, abstain: 0 } },
      lg.moderator,
    );
    expect(edge.body.resolution).toMatchObject({ state: 'rejected', tally: { yes: 0, no: 500, abstain: 0 } });
  });

  it('sends back only with a reason; forwarded again, the earlier vote goes with the earlier decision', async () => {
    const { nid, token, ag, lg, rid, forward } = await setUp();
    for (const reason of [undefined, null, '   ']) {
      const r = await decide(
        lg.id,
        rid,
        { decision: 'sent_back', reason, tally: { yes: 2, no: 6, abstain: 0 } },
        lg.moderator,
      );
      expect([r.status, r.body.error?.code]).toEqual([400, 'reason_required']);
    }
    const back = await decide(
      lg.id,
      rid,
      { decision: 'sent_back', reason: 'Ab welchem Alter genau?', tally: { yes: 2, no: 6, abstain: 1 } },
      lg.moderator,
    );
    expect(back.body.resolution).toMatchObject({
      state: 'sent_back',
      reason: 'Ab welchem Alter genau?',
      tally: { yes: 2, no: 6, abstain: 1 },
      decidedIn: lg.id,
    });
    const received = await steering(ag.id, ag.moderator);
    expect(received.body.decisions[0]).toMatchObject({ state: 'sent_back', reason: 'Ab welchem Alter genau?' });

    // Reworked and forwarded again: it awaits the steering group afresh, without the earlier decision's vote.
    expect((await forward()).status).toBe(201);
    const q = await queue(lg.id, lg.moderator);
    expect(q.body.awaiting).toEqual([expect.objectContaining({ id: rid, tally: null, decidedIn: null, reason: null })]);
    // The coordinator may still decide alone: then no workshop is named, and the tally is theirs to give.
    const alone = await api<{ resolution: { decidedIn: string | null; tally: unknown; state: string } }>(
      server().url,
      `/api/networks/${nid}/resolutions/${rid}/decision`,
      { body: { decision: 'confirmed', tally: { yes: 7, no: 0, abstain: 1 } }, token },
    );
    expect(alone.body.resolution).toMatchObject({
      state: 'confirmed',
      decidedIn: null,
      tally: { yes: 7, no: 0, abstain: 1 },
    });
    expect((await steering(lg.id, lg.moderator)).body.produced).toEqual([]);
    expect((await steering(ag.id, ag.moderator)).body.decisions[0]).toMatchObject({
      state: 'confirmed',
      decidedIn: null,
      decidedInName: null,
    });
  });
});
