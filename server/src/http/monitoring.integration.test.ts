// Integration: monitoring a network's goals through the real server. The
// coordinator and a workshop's moderation record indicators, values,
// overrides, activities' progress and assignments; a participant and the
// screen only read (refused from a raw client, not just hidden); a working
// group sees only its own goal system and its body's assignments; bad input
// gets a clear 4xx and changes nothing.
import { describe, expect, it } from 'vitest';
import { addGoal, roomName, type MonitoringResponse, type NetworkWorkshopCreated } from '@nws/shared';
import { api, createTestNetwork, serverPerFile } from '../testing/harness.js';

const server = serverPerFile();
type Answer = MonitoringResponse & { error?: { code: string; message: string } };

async function setup() {
  const {
    network,
    token,
    plenary,
    body,
    workshop,
    join: joinAs,
  } = await createTestNetwork(server().url, {
    name: 'Netzwerk Frühe Hilfen',
    targetGroup: 'Familien',
    area: 'Weststadt',
  });
  const ag = await body('working', 'AG Übergänge');
  const first = await workshop('Planungskonferenz', await plenary());
  const group = await workshop('AG Übergänge, 1. Treffen', ag);
  const goals = server()
    .rooms.open(roomName(first.workshop.id, 'board'))
    .change((d) => {
      const o = addGoal(d, { level: 'overall', parentId: null, text: 'Familien finden früh Hilfe' }, { now: 0 });
      const f = addGoal(d, { level: 'framework', parentId: o.id, text: 'Übergänge gelingen' }, { now: 0 });
      const r = addGoal(d, { level: 'result', parentId: f.id, text: 'Jede Familie kennt eine Lotsin' }, { now: 0 });
      const a = addGoal(
        d,
        { level: 'activity', parentId: r.id, text: 'Lotsinnen benennen', actors: ['Jugendamt'] },
        { now: 0 },
      );
      return { o, f, r, a };
    });
  const groupGoal = server()
    .rooms.open(roomName(group.workshop.id, 'board'))
    .change((d) => addGoal(d, { level: 'overall', parentId: null, text: 'Übergänge sind geklärt' }));
  const join = (w: NetworkWorkshopCreated, name: string) => joinAs(w, name, 'Kita Sonnenschein');
  const net = (path: string, body?: unknown, method?: string) =>
    api<Answer>(server().url, `/api/networks/${network.id}/monitoring${path}`, { body, token, method });
  const ws = (w: NetworkWorkshopCreated, t: string, path: string, body?: unknown, method?: string) =>
    api<Answer>(server().url, `/api/workshops/${w.workshop.id}/monitoring${path}`, { body, token: t, method });
  return { network, token, first, group, goals, groupGoal, join, net, ws };
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('monitoring a network’s goals', () => {
  it('derives a goal’s status from values over time, overridable only with a reason', async () => {
    const { goals, net } = await setup();
    let s = await net('/indicators', {
      goalId: goals.f.id,
      label: 'Familien mit Lotsin',
      kind: 'quantity',
      unit: 'Familien',
      baseline: { value: 0, date: day(-100) },
      target: { value: 100, due: day(100) },
      source: 'Fallstatistik Jugendamt',
    });
    expect(s.status).toBe(201);
    const indicator = s.body.indicators[0]!;
    expect(s.body.goals.find((g) => g.goalId === goals.f.id)?.status).toBe('no_data');
    // Half the time gone: 15 is off track, 45 on track.
    s = await net(`/indicators/${indicator.id}/values`, { date: day(-50), value: 5, comment: 'erste Zählung' });
    s = await net(`/indicators/${indicator.id}/values`, { date: day(0), value: 15 });
    expect(s.body.goals.find((g) => g.goalId === goals.f.id)?.status).toBe('off_track');
    s = await net(`/indicators/${indicator.id}/values`, { date: day(0), value: 45 });
    expect(s.body.goals.find((g) => g.goalId === goals.f.id)?.status).toBe('on_track');
    expect(s.body.indicators[0]!.values.map((v) => v.value)).toEqual([5, 15, 45]);
    expect(s.body.indicators[0]!.values[0]).toMatchObject({ comment: 'erste Zählung', recordedBy: 'Nora' });

    const noReason = await net(`/goals/${goals.f.id}/override`, { status: 'at_risk', reason: '' }, 'PUT');
    expect(noReason.status).toBe(400);
    s = await net(`/goals/${goals.f.id}/override`, { status: 'at_risk', reason: 'Träger kündigt' }, 'PUT');
    expect(s.body.goals.find((g) => g.goalId === goals.f.id)).toMatchObject({
      status: 'at_risk',
      derived: 'on_track',
      override: { reason: 'Träger kündigt', by: 'Nora' },
    });
    s = await net(`/goals/${goals.f.id}/override`, { status: null }, 'PUT');
    expect(s.body.goals.find((g) => g.goalId === goals.f.id)?.status).toBe('on_track');

    // A quantity indicator takes numbers, not assessments; a date indicator only "reached".
    expect((await net(`/indicators/${indicator.id}/values`, { date: day(0), assessment: 'at_risk' })).status).toBe(400);
    const dated = await net('/indicators', {
      goalId: goals.r.id,
      label: 'Lotsinnen-Liste veröffentlicht',
      kind: 'date',
      target: { value: null, due: day(200) },
    });
    const dateId = dated.body.indicators.find((i) => i.kind === 'date')!.id;
    expect((await net(`/indicators/${dateId}/values`, { date: day(0), assessment: 'at_risk' })).status).toBe(400);
    s = await net(`/indicators/${dateId}/values`, { date: day(0), assessment: 'reached' });
    expect(s.body.goals.find((g) => g.goalId === goals.r.id)?.status).toBe('reached');
    // Malformed days and unknown fields are refused.
    expect((await net(`/indicators/${indicator.id}/values`, { date: '2026-02-30', value: 1 })).status).toBe(400);
    expect((await net('/indicators', { goalId: goals.f.id, label: 'x', kind: 'quantity', extra: 1 })).status).toBe(400);
    expect((await net('/indicators', { goalId: 'no-such-goal', label: 'x', kind: 'quantity' })).status).toBe(404);
  });

  it('tracks activities and flags goals neglected in practice', async () => {
    const { goals, net } = await setup();
    let s = await net('', undefined, 'GET');
    // Created long ago, no progress, no value: neglected (the framework and the result goal).
    expect(s.body.goals.filter((g) => g.neglected).map((g) => g.goalId)).toEqual([goals.f.id, goals.r.id]);
    expect(s.body.goals.find((g) => g.goalId === goals.a.id)?.activity).toMatchObject({
      status: 'open',
      organisation: 'Jugendamt',
    });
    s = await net(`/goals/${goals.a.id}/activity`, { status: 'in_progress', due: day(30) }, 'PATCH');
    expect(s.body.goals.find((g) => g.goalId === goals.a.id)?.activity).toMatchObject({
      status: 'in_progress',
      due: day(30),
    });
    expect(s.body.goals.filter((g) => g.neglected)).toEqual([]);
    expect((await net(`/goals/${goals.r.id}/activity`, { status: 'done' }, 'PATCH')).status).toBe(400);
    s = await net('/settings', { neglectDays: 30 }, 'PUT');
    expect(s.body.neglectDays).toBe(30);
    expect((await net('/settings', { neglectDays: 1 }, 'PUT')).status).toBe(400);
  });

  it('creates an assignment from a resolution, with its words, and marks it overdue', async () => {
    const { first, goals, join, net, ws } = await setup();
    await join(first, 'Petra Sommer');
    const resolution = await api<{ resolution: { id: string } }>(
      server().url,
      `/api/workshops/${first.workshop.id}/resolutions`,
      { body: { text: 'Das Jugendamt benennt zwei Lotsinnen.' }, token: first.moderatorToken },
    );
    const source = { kind: 'resolution', workshopId: first.workshop.id, resolutionId: resolution.body.resolution.id };
    let s = await net('/assignments', {
      what: 'Zwei Lotsinnen benennen',
      organisation: 'Jugendamt',
      person: 'Petra Sommer',
      due: day(-3),
      goalId: goals.a.id,
      source,
    });
    expect(s.status).toBe(201);
    expect(s.body.assignments[0]).toMatchObject({
      sourceText: 'Das Jugendamt benennt zwei Lotsinnen.',
      person: 'Petra Sommer',
      overdue: true,
      createdBy: 'Nora',
    });
    // A person who did not take part, a resolution that is not there.
    expect((await net('/assignments', { what: 'x', organisation: 'y', person: 'Niemand', source })).status).toBe(400);
    const missing = await net('/assignments', {
      what: 'x',
      organisation: 'y',
      source: { ...source, resolutionId: 'z' },
    });
    expect(missing.status).toBe(404);
    s = await net(`/assignments/${s.body.assignments[0]!.id}`, { status: 'done', note: 'erledigt' }, 'PATCH');
    expect(s.body.assignments[0]).toMatchObject({ status: 'done', overdue: false, note: 'erledigt' });
    // The workshop's moderation records one from its protocol.
    const fromProtocol = await ws(first, first.moderatorToken, '/assignments', {
      what: 'Flyer übersetzen',
      organisation: 'Migrationsdienst',
      due: day(10),
      source: { kind: 'protocol', workshopId: first.workshop.id },
    });
    expect(fromProtocol.status).toBe(201);
    expect(fromProtocol.body.assignments.map((a) => a.what)).toEqual(['Zwei Lotsinnen benennen', 'Flyer übersetzen']);
  });

  it('lets participants and the screen read but not record, from a raw client', async () => {
    const { first, goals, join, ws, net } = await setup();
    const participant = await join(first, 'Petra Sommer');
    const read = await ws(first, participant, '', undefined, 'GET');
    expect([read.status, read.body.canEdit]).toEqual([200, false]);
    const screen = await ws(first, first.screenToken, '', undefined, 'GET');
    expect(screen.status).toBe(200);
    const created = await net('/indicators', { goalId: goals.f.id, label: 'Zahl', kind: 'quantity' });
    const iid = created.body.indicators[0]!.id;
    const attempts: [string, unknown, string?][] = [
      ['/indicators', { goalId: goals.f.id, label: 'Meins', kind: 'quantity' }],
      [`/indicators/${iid}/values`, { date: day(0), value: 99 }],
      [`/indicators/${iid}`, undefined, 'DELETE'],
      [`/goals/${goals.f.id}/override`, { status: 'reached', reason: 'weil' }, 'PUT'],
      [`/goals/${goals.a.id}/activity`, { status: 'done' }, 'PATCH'],
      ['/assignments', { what: 'x', organisation: 'y' }],
      ['/settings', { neglectDays: 30 }, 'PUT'],
    ];
    for (const [path, body, method] of attempts) {
      expect((await ws(first, participant, path, body, method)).status, path).toBe(403);
      expect((await ws(first, first.screenToken, path, body, method)).status, path).toBe(403);
    }
    const after = await net('', undefined, 'GET');
    expect(after.body.indicators.map((i) => [i.label, i.values.length])).toEqual([['Zahl', 0]]);
    expect(after.body.assignments).toEqual([]);
  });

  it('keeps a working group to its own goal system and its body’s assignments', async () => {
    const { first, group, goals, groupGoal, net, ws } = await setup();
    await net('/assignments', { what: 'Plenum-Auftrag', organisation: 'Jobcenter', goalId: goals.f.id });
    await ws(group, group.moderatorToken, '/assignments', {
      what: 'AG-Auftrag',
      organisation: 'Schule',
      source: { kind: 'protocol', workshopId: group.workshop.id },
    });
    const seen = (await ws(group, group.moderatorToken, '', undefined, 'GET')).body;
    expect(seen.goalSystems.map((g) => g.workshopId)).toEqual([group.workshop.id]);
    expect(seen.goals.map((g) => g.goalId)).toEqual([groupGoal.id]);
    expect(seen.assignments.map((a) => a.what)).toEqual(['AG-Auftrag']);
    // Not another workshop's goals or protocol.
    const foreign = await ws(group, group.moderatorToken, '/indicators', {
      goalId: goals.f.id,
      label: 'x',
      kind: 'quantity',
    });
    expect(foreign.status).toBe(404);
    const otherSource = await ws(group, group.moderatorToken, '/assignments', {
      what: 'x',
      organisation: 'y',
      source: { kind: 'protocol', workshopId: first.workshop.id },
    });
    expect(otherSource.status).toBe(404);
    // The coordinator sees the whole network.
    const all = (await net('', undefined, 'GET')).body;
    expect(all.goalSystems.map((g) => g.workshopName)).toEqual(['Planungskonferenz', 'AG Übergänge, 1. Treffen']);
    expect(all.assignments.map((a) => a.what)).toEqual(['Plenum-Auftrag', 'AG-Auftrag']);
  });
});
