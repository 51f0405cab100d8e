// Integration: networks through the real server. Only the coordinator's link
// opens a network, adds bodies, creates workshops in them (moderated by the
// coordinator) and gets moderator links for its workshops; workshop links and
// other networks' coordinators are refused. A workshop made without a
// network is a network of one, and goes with it when deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addGoal,
  roomName,
  type CreateNetworkResponse,
  type NetworkOverview,
  type NetworkWorkshopCreated,
  type SessionResponse,
} from '@nws/shared';
import { api, createWorkshop, startTestServer } from '../testing/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const network = { name: 'Netzwerk Frühe Hilfen Nord', targetGroup: 'Familien mit kleinen Kindern', area: 'Nordstadt' };
async function createNetwork(coordinatorName = 'Nora Netzwerk') {
  const r = await api<CreateNetworkResponse>(server.url, '/api/networks', { body: { ...network, coordinatorName } });
  expect(r.status).toBe(201);
  return r.body;
}
const overview = (nid: string, token: string) =>
  api<NetworkOverview & { error?: { code: string } }>(server.url, `/api/networks/${nid}`, { token });

describe('a network and its bodies', () => {
  it('is opened by its coordinator’s link only; its plenary exists from the start', async () => {
    const { network: n, coordinatorToken } = await createNetwork();
    expect(n.standalone).toBe(false);
    const o = await overview(n.id, coordinatorToken);
    expect(o.status).toBe(200);
    expect(o.body.bodies.map((b) => b.kind)).toEqual(['plenary']);
    // Another network's coordinator, a workshop's moderator, nobody: refused.
    const other = await createNetwork('Otto');
    const ws = await createWorkshop(server.url);
    expect((await overview(n.id, other.coordinatorToken)).status).toBe(403);
    expect((await overview(n.id, ws.moderatorToken)).status).toBe(401);
    expect((await overview(n.id, 'x'.repeat(43))).status).toBe(401);
    expect((await api(server.url, `/api/networks/${n.id}`)).status).toBe(401);
  });

  it('takes a steering group and working groups, in that order on its page; bad bodies are refused', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork();
    const add = (body: unknown, t = token) =>
      api<{ body?: { id: string } }>(server.url, `/api/networks/${n.id}/bodies`, { body, token: t });
    expect((await add({ kind: 'working', name: 'AG Arbeit' })).status).toBe(201);
    expect((await add({ kind: 'working', name: 'AG Sprache' })).status).toBe(201);
    expect((await add({ kind: 'steering', name: 'Lenkungsgruppe' })).status).toBe(201);
    for (const bad of [
      { kind: 'plenary', name: 'Zweites Plenum' },
      { kind: 'working' },
      { kind: 'working', name: 'x', extra: 1 },
    ])
      expect((await add(bad)).status).toBe(400);
    const ws = await createWorkshop(server.url);
    expect((await add({ kind: 'working', name: 'AG' }, ws.moderatorToken)).status).toBe(401);
    const o = await overview(n.id, token);
    expect(o.body.bodies.map((b) => `${b.kind}:${b.name}`)).toEqual([
      'steering:Lenkungsgruppe',
      'working:AG Arbeit',
      'working:AG Sprache',
      'plenary:Plenum',
    ]);
  });
});

describe('workshops of a network', () => {
  it('are created by the coordinator in a body, dated, and moderated by them; the timeline lists them by date', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork('Nora Netzwerk');
    const ag = await api<{ body: { id: string } }>(server.url, `/api/networks/${n.id}/bodies`, {
      body: { kind: 'working', name: 'AG Arbeit' },
      token,
    });
    const create = (name: string, scheduledAt: number | null, bodyId = ag.body.body.id, t = token) =>
      api<NetworkWorkshopCreated & { error?: { code: string } }>(server.url, `/api/networks/${n.id}/workshops`, {
        body: { name, bodyId, scheduledAt },
        token: t,
      });
    const later = await create('AG Arbeit, 2. Treffen', Date.UTC(2099, 2, 1));
    const first = await create('AG Arbeit, 1. Treffen', Date.UTC(2026, 10, 30));
    expect([first.status, later.status]).toEqual([201, 201]);
    expect(later.body.placement.status).toBe('planned');
    expect(first.body.placement.status).toBe('running');
    // The coordinator moderates it; the workshop carries the network's target group and area.
    const session = await api<SessionResponse>(server.url, '/api/session', { token: first.body.moderatorToken });
    expect(session.body.session.role).toBe('moderator');
    expect(session.body.session.name).toBe('Nora Netzwerk');
    expect(session.body.workshop.targetGroup).toBe(network.targetGroup);
    // Refused: an unknown body, another network's coordinator, a workshop's moderator.
    expect((await create('X', null, 'no-such-body')).body.error?.code).toBe('unknown_body');
    const other = await createNetwork('Otto');
    expect((await create('X', null, ag.body.body.id, other.coordinatorToken)).status).toBe(403);
    expect((await create('X', null, ag.body.body.id, first.body.moderatorToken)).status).toBe(401);
    const o = await overview(n.id, token);
    expect(o.body.workshops.map((w) => w.name)).toEqual(['AG Arbeit, 1. Treffen', 'AG Arbeit, 2. Treffen']);
    expect(server.audit.list(first.body.workshop.id).map((a) => a.action)).toContain('network.workshop');
  });

  it('change name, date and status on the timeline; partners are the organisations that joined', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork();
    const plenary = (await overview(n.id, token)).body.bodies[0]!.id;
    const made = await api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
      body: { name: 'Auftakt', bodyId: plenary },
      token,
    });
    const wid = made.body.workshop.id;
    const patch = (body: unknown, t = token) =>
      api<{ workshop?: { status: string; name: string } }>(server.url, `/api/networks/${n.id}/workshops/${wid}`, {
        method: 'PATCH',
        body,
        token: t,
      });
    expect((await patch({ status: 'done', name: 'Auftaktworkshop' })).body.workshop).toMatchObject({
      status: 'done',
      name: 'Auftaktworkshop',
    });
    for (const bad of [{}, { status: 'cancelled' }, { scheduledAt: 5 }]) expect((await patch(bad)).status).toBe(400);
    const other = await createNetwork('Otto');
    expect((await patch({ status: 'running' }, other.coordinatorToken)).status).toBe(403);
    // People join by code: their organisations are the network's partners.
    for (const [name, organisation] of [
      ['Jana', 'Jobcenter'],
      ['Jens', 'jobcenter'],
      ['Kira', 'Kita-Träger'],
    ]) {
      const r = await api(server.url, '/api/join', {
        body: { code: made.body.workshop.joinCode, name, organisation, level: 'operative' },
      });
      expect(r.status).toBe(201);
    }
    const o = await overview(n.id, token);
    expect(o.body.partners.map((p) => [p.name.toLowerCase(), p.source, p.workshops])).toEqual([
      ['jobcenter', 'joined', 1],
      ['kita-träger', 'joined', 1],
    ]);
  });

  it('give the coordinator a moderator link for any of them, renewing the last one; none for other workshops', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork();
    const plenary = (await overview(n.id, token)).body.bodies[0]!.id;
    const made = await api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
      body: { name: 'Plenum', bodyId: plenary },
      token,
    });
    const moderate = (wid: string) =>
      api<{ moderatorToken?: string; error?: { code: string } }>(
        server.url,
        `/api/networks/${n.id}/workshops/${wid}/moderate`,
        {
          body: {},
          token,
        },
      );
    const again = await moderate(made.body.workshop.id);
    expect(again.status).toBe(200);
    // The new link works, the one from the creation stopped (one moderator session per coordinator).
    expect((await api(server.url, '/api/session', { token: again.body.moderatorToken })).status).toBe(200);
    expect((await api(server.url, '/api/session', { token: made.body.moderatorToken })).status).toBe(401);
    const foreign = await createWorkshop(server.url);
    expect((await moderate(foreign.id)).body.error?.code).toBe('unknown_workshop');
  });
});

describe('the goal systems on the network’s page', () => {
  it('sum up each workshop’s goal system: its overall goal and goals per level', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork();
    const plenary = (await overview(n.id, token)).body.bodies[0]!.id;
    const make = (name: string) =>
      api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
        body: { name, bodyId: plenary },
        token,
      });
    const withGoals = (await make('Zielwerkstatt')).body.workshop.id;
    await make('Ohne Ziele');
    server.rooms.open(roomName(withGoals, 'board')).change((d) => {
      const overall = addGoal(d, { level: 'overall', parentId: null, text: 'Familien finden Hilfe aus einer Hand' });
      const f = addGoal(d, { level: 'framework', parentId: overall.id, text: 'Übergänge gelingen' });
      const r = addGoal(d, { level: 'result', parentId: f.id, text: 'Fallkonferenzen finden statt' });
      addGoal(d, { level: 'activity', parentId: r.id, text: 'Termine vereinbaren' });
    });
    expect((await overview(n.id, token)).body.goalSystems).toEqual([
      { workshopId: withGoals, overall: 'Familien finden Hilfe aus einer Hand', framework: 1, result: 1, activity: 1 },
    ]);
  });
});

describe('resolutions and the steering group', () => {
  it('a working group’s resolution is forwarded, sent back with a reason, forwarded again and confirmed', async () => {
    const { network: n, coordinatorToken: token } = await createNetwork();
    const ag = await api<{ body: { id: string } }>(server.url, `/api/networks/${n.id}/bodies`, {
      body: { kind: 'working', name: 'AG Sprache' },
      token,
    });
    const made = await api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
      body: { name: 'AG Sprache, 2. Treffen', bodyId: ag.body.body.id },
      token,
    });
    const wid = made.body.workshop.id;
    const recorded = await api<{ resolution: { id: string } }>(server.url, `/api/workshops/${wid}/resolutions`, {
      body: { text: 'Alle Kitas bieten Sprachförderung ab drei Jahren an.' },
      token: made.body.moderatorToken,
    });
    expect(recorded.status).toBe(201);
    const rid = recorded.body.resolution.id;
    let o = (await overview(n.id, token)).body;
    expect(o.proposed.map((p) => p.text)).toEqual(['Alle Kitas bieten Sprachförderung ab drei Jahren an.']);

    type Answer = { resolution?: { id: string; state: string; reason: string | null }; error?: { code: string } };
    const forward = (t = token) =>
      api<Answer>(server.url, `/api/networks/${n.id}/resolutions`, {
        body: { workshopId: wid, resolutionId: rid },
        token: t,
      });
    const decide = (id: string, body: unknown, t = token) =>
      api<Answer>(server.url, `/api/networks/${n.id}/resolutions/${id}/decision`, { body, token: t });

    const fwd = await forward();
    expect([fwd.status, fwd.body.resolution?.state]).toEqual([201, 'forwarded']);
    const id = fwd.body.resolution!.id;
    expect((await forward()).body.error?.code).toBe('invalid_transition'); // already with the steering group
    o = (await overview(n.id, token)).body;
    expect(o.proposed).toEqual([]);
    expect(o.resolutions.map((r) => r.state)).toEqual(['forwarded']);

    // Only the network's coordinator decides; sending back needs a reason.
    const other = await createNetwork('Otto');
    expect((await decide(id, { decision: 'confirmed' }, other.coordinatorToken)).status).toBe(403);
    expect((await decide(id, { decision: 'confirmed' }, made.body.moderatorToken)).status).toBe(401);
    expect((await decide(id, { decision: 'sent_back' })).body.error?.code).toBe('reason_required');
    expect((await decide(id, { decision: 'maybe' })).status).toBe(400);
    const back = await decide(id, { decision: 'sent_back', reason: 'Ab welchem Alter genau? Bitte mit Indikator.' });
    expect(back.body.resolution).toMatchObject({
      state: 'sent_back',
      reason: 'Ab welchem Alter genau? Bitte mit Indikator.',
    });
    // Sent back: the working group sees it again among the proposals, reworks it, forwards it again.
    o = (await overview(n.id, token)).body;
    expect(o.proposed.map((p) => p.resolutionId)).toEqual([rid]);
    expect((await forward()).body.resolution?.state).toBe('forwarded');
    const final = await decide(id, { decision: 'confirmed' });
    expect(final.body.resolution).toMatchObject({ state: 'confirmed', reason: null });
    expect((await decide(id, { decision: 'rejected' })).body.error?.code).toBe('invalid_transition');
    expect((await decide('no-such-id', { decision: 'confirmed' })).body.error?.code).toBe('unknown_resolution');
    // Forwarding what is not there: another network's workshop, an unknown resolution.
    const foreign = await createWorkshop(server.url);
    const odd = await api<Answer>(server.url, `/api/networks/${n.id}/resolutions`, {
      body: { workshopId: foreign.id, resolutionId: rid },
      token,
    });
    expect(odd.body.error?.code).toBe('unknown_workshop');
    const none = await api<Answer>(server.url, `/api/networks/${n.id}/resolutions`, {
      body: { workshopId: wid, resolutionId: 'nope' },
      token,
    });
    expect(none.body.error?.code).toBe('unknown_resolution');
    const actions = server.audit.list(wid).map((a) => a.action);
    expect(actions.filter((a) => a === 'resolution.decide')).toHaveLength(2);

    // The working group's next workshop sees the outcome; the plenary's does not (another body).
    const next = await api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
      body: { name: 'AG Sprache, 3. Treffen', bodyId: ag.body.body.id },
      token,
    });
    const plenary = (await overview(n.id, token)).body.bodies.find((b) => b.kind === 'plenary')!.id;
    const elsewhere = await api<NetworkWorkshopCreated>(server.url, `/api/networks/${n.id}/workshops`, {
      body: { name: 'Plenum', bodyId: plenary },
      token,
    });
    const steering = (w: string, t: string) =>
      api<{ decisions: { text: string; state: string }[] }>(server.url, `/api/workshops/${w}/steering`, { token: t });
    const participant = await api<{ token: string }>(server.url, '/api/join', {
      body: { code: next.body.workshop.joinCode, name: 'Pia', organisation: 'Kita', level: 'operative' },
    });
    for (const t of [next.body.moderatorToken, participant.body.token])
      expect((await steering(next.body.workshop.id, t)).body.decisions).toEqual([
        expect.objectContaining({ text: 'Alle Kitas bieten Sprachförderung ab drei Jahren an.', state: 'confirmed' }),
      ]);
    expect((await steering(elsewhere.body.workshop.id, elsewhere.body.moderatorToken)).body.decisions).toEqual([]);
    expect((await steering(next.body.workshop.id, elsewhere.body.moderatorToken)).status).toBe(401);
  });
});

describe('a workshop made without a network', () => {
  it('is a network of one, which goes when the workshop is deleted', async () => {
    const ws = await createWorkshop(server.url, 'Einzelner Workshop');
    const row = () =>
      server.db
        .prepare<[string], { standalone: number }>(
          'SELECT n.standalone AS standalone FROM networks n JOIN workshops w ON w.network_id = n.id WHERE w.id = ?',
        )
        .get(ws.id);
    expect(row()?.standalone).toBe(1);
    const count = () =>
      (server.db.prepare('SELECT COUNT(*) AS n FROM networks WHERE id = ?').get(ws.id) as { n: number }).n;
    expect(count()).toBe(1);
    const del = await api(server.url, `/api/workshops/${ws.id}`, { method: 'DELETE', token: ws.moderatorToken });
    expect(del.status).toBe(204);
    expect(count()).toBe(0);
  });
});
