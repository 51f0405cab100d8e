// Integration: carry-over between the workshops of a network through the real
// server. The coordinator creates a workshop that takes cases, themes, the
// goal system, the organisations and the open questions of an earlier one:
// everything keeps its id and names the workshop it came from, the people of
// the earlier workshop get no access, and picks outside the network or out of
// shape create nothing. The network's reconstructed cases are counted in
// every workshop's control state for the Phase II warning.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addGoal,
  addPlanningTheme,
  addTheme,
  applyTextEdit,
  carriedFrom,
  cellKey,
  expectedOrganisations,
  flattenTree,
  getAgenda,
  getCase,
  getCard,
  getTheme,
  goalText,
  goalTree,
  listCards,
  listCases,
  listThemes,
  mergeThemes,
  networkCases,
  readGrid,
  reconstructionKeys,
  roomName,
  setGenerative,
  setGoalText,
  sharedText,
  textsMap,
  warnsTooFewCases,
  type Case,
  type CreateNetworkResponse,
  type NetworkOverview,
  type NetworkWorkshopCreated,
  type Position,
} from '@nws/shared';
import { api, createWorkshop, rawSocket, serverPerFile } from '../testing/harness.js';
import { rebuildBoard } from '../sync/boardRepair.js';

const server = serverPerFile();

type Created = NetworkWorkshopCreated & { error?: { code: string } };

async function createNetwork(coordinatorName = 'Nora Netzwerk') {
  const r = await api<CreateNetworkResponse>(server().url, '/api/networks', {
    body: { name: 'Netzwerk Übergänge', targetGroup: 'Alleinerziehende', area: 'Südstadt', coordinatorName },
  });
  expect(r.status).toBe(201);
  const { network, coordinatorToken: token } = r.body;
  const overview = async () =>
    (await api<NetworkOverview>(server().url, `/api/networks/${network.id}`, { token })).body;
  const plenary = (await overview()).bodies[0]!.id;
  const create = (body: Record<string, unknown>) =>
    api<Created>(server().url, `/api/networks/${network.id}/workshops`, { body: { bodyId: plenary, ...body }, token });
  return { id: network.id, token, plenary, overview, create };
}

const board = (wid: string) => server().rooms.open(roomName(wid, 'board'));
const control = (wid: string) => server().rooms.open(roomName(wid, 'control'));

/** A conference command of a workshop's moderation. */
const conference = (w: Created, path: string, body: unknown) =>
  api<{ case?: Case; position?: Position; error?: { code: string } }>(
    server().url,
    `/api/workshops/${w.workshop.id}/conference${path}`,
    { body, token: w.moderatorToken },
  );

async function join(w: Created, name: string, organisation: string) {
  const r = await api<{ token: string }>(server().url, '/api/join', {
    body: { code: w.workshop.joinCode, name, organisation, level: 'operative' },
  });
  expect(r.status).toBe(201);
  const s = await api<{ session: { id: string } }>(server().url, '/api/session', { token: r.body.token });
  return { token: r.body.token, id: s.body.session.id };
}

/** Walks a case through Phase I: its grid, its reconstruction, and on to the next (which completes it). */
async function reconstruct(w: Created, caseId: string) {
  expect((await conference(w, '/step', { stepId: 'actor-perspectives', caseId })).status).toBe(200);
  expect((await conference(w, '/step', { stepId: 'reconstruction', caseId })).status).toBe(200);
  expect((await conference(w, '/step', { to: 'next' })).status).toBe(200);
}

/**
 * A network's first planning conference, run through the server: three cases
 * (two reconstructed, the first with its roles), their grids and texts,
 * themes of every kind, a goal system, clarifying questions; four people.
 */
async function firstConference() {
  const net = await createNetwork();
  const first = await net.create({ name: 'Planungskonferenz Süd' });
  expect(first.status).toBe(201);
  const wid = first.body.workshop.id;
  const gabi = await join(first.body, 'Gabi', 'Jugendamt');
  const hanna = await join(first.body, 'Hanna', 'Jobcenter');
  const vera = await join(first.body, 'Vera', 'VHS');
  const jens = await join(first.body, 'Jens', 'jobcenter ');
  const rolf = await join(first.body, 'Rolf', 'Rentenversicherung');
  const removed = await api(server().url, `/api/workshops/${wid}/people/${rolf.id}`, {
    method: 'DELETE',
    token: first.body.moderatorToken,
  });
  expect(removed.status).toBe(204);

  const ids: string[] = [];
  for (const title of ['Frau K., 34, zwei Kinder', 'Herr M., 52', 'Familie S.']) {
    const r = await conference(first.body, '/cases', {
      title,
      narration: `Schilderung: ${title}`,
      caseGiverId: gabi.id,
    });
    expect(r.status).toBe(201);
    ids.push(r.body.case!.id);
  }
  const [caseA, caseB, caseC] = ids as [string, string, string];
  const roles = { caseGiverId: gabi.id, moderatorIds: [hanna.id], userPerspectiveId: vera.id };
  expect((await conference(first.body, `/cases/${caseA}/roles`, roles)).status).toBe(200);
  expect((await conference(first.body, '/step', { to: 'start' })).status).toBe(200);
  await reconstruct(first.body, caseA);
  await reconstruct(first.body, caseB);
  expect(listCases(control(wid).doc).map((c) => c.status)).toEqual(['reconstructed', 'reconstructed', 'open']);

  const made = board(wid).change((d) => {
    for (const c of [caseA, caseB]) {
      applyTextEdit(sharedText(d, cellKey(c, 'actor-perspectives', 'jobcenter', 0))!, `SGB II (${c})`);
      applyTextEdit(sharedText(d, reconstructionKeys(c).webOfEffects)!, `Wirkungsgefüge (${c})`);
    }
    const tA = addTheme(d, { title: 'Übergänge', caseId: caseA, source: 'reconstruction' });
    const tB = addTheme(d, { title: 'Schulden', caseId: caseB, source: 'reconstruction' });
    const tC = addTheme(d, { title: 'Sprache', caseId: caseC, source: 'reconstruction' });
    const tFree = addTheme(d, { title: 'Ohne Fall', caseId: null });
    const cross = mergeThemes(d, [tA.id, tB.id], 'Schnittstellen', ['Jobcenter']);
    setGenerative(d, cross.id, true);
    const plan = addPlanningTheme(d, 'Hohe Mieten', {
      report: 'Sozialbericht 2024',
      table: 'Tab. 3',
      year: 2024,
      relation: 'adds',
      note: '',
    });
    const o = addGoal(d, { level: 'overall', parentId: null, text: 'Alleinerziehende leben sicher' });
    const f = addGoal(d, { level: 'framework', parentId: o.id, text: 'Übergänge gelingen', themeId: cross.id });
    const r = addGoal(d, { level: 'result', parentId: f.id, text: 'Jeder Wechsel hat eine Ansprechperson' });
    addGoal(d, { level: 'activity', parentId: r.id, text: 'Lotsen benennen', actors: ['Jobcenter'] });
    setGoalText(d, f.id, 'indicators', '80 % in 8 Wochen');
    const questionA = addCard(d, {
      text: 'Seit wann?',
      x: 0,
      y: 6100,
      caseId: caseA,
      kind: 'question',
      authorId: hanna.id,
    });
    const questionC = addCard(d, { text: 'Welche Sprache?', x: 0, y: 6100, caseId: caseC, kind: 'question' });
    const questionFree = addCard(d, { text: 'Wer ist zuständig?', x: 0, y: 0, kind: 'question', authorId: vera.id });
    const idea = addCard(d, { text: 'Eine Idee', x: 244, y: 6100, caseId: caseA, authorId: hanna.id });
    return { tA, tB, tC, tFree, cross, plan, questionA, questionC, questionFree, idea };
  });
  return { net, first: first.body, wid, people: { gabi, hanna, vera, jens }, caseA, caseB, caseC, ...made };
}

describe('carrying over into a new workshop of the network', () => {
  it('brings cases, themes, the goal system, organisations and open questions under their ids, naming the source', async () => {
    const src = await firstConference();
    // The source counts its two reconstructed cases as the network's.
    expect(networkCases(control(src.wid).doc)).toEqual([src.caseA, src.caseB].sort());
    const ag = await api<{ body: { id: string } }>(server().url, `/api/networks/${src.net.id}/bodies`, {
      body: { kind: 'working', name: 'AG Arbeit' },
      token: src.net.token,
    });
    const r = await src.net.create({
      name: 'AG Arbeit, 1. Treffen',
      bodyId: ag.body.body.id,
      carry: [
        {
          workshopId: src.wid,
          caseIds: [src.caseA, src.caseB],
          themes: true,
          goalSystem: true,
          organisations: true,
          openQuestions: true,
        },
      ],
    });
    expect(r.status).toBe(201);
    const nid = r.body.workshop.id;
    const srcBoard = board(src.wid).doc;
    const srcControl = control(src.wid).doc;
    const newBoard = board(nid).doc;
    const newControl = control(nid).doc;
    const caseTexts = [...textsMap(srcBoard).keys()].filter((k) => k.includes(src.caseA) || k.includes(src.caseB));
    expect(r.body.carried).toEqual({
      cases: 2,
      grids: 2,
      texts: caseTexts.length,
      themes: 5,
      goals: 4,
      questions: 2,
      organisations: expect.any(Array),
    });
    // The removed person's organisation stays behind; "Jobcenter" and "jobcenter " are one (people join in order,
    // but the same millisecond would leave the order to their ids).
    const names = (list: string[]) => list.map((n) => n.toLowerCase()).sort();
    expect(names(r.body.carried.organisations)).toEqual(['jobcenter', 'jugendamt', 'vhs']);
    expect(r.body.placement.bodyId).toBe(ag.body.body.id);

    // Cases: same ids, same content and status, no roles; carried from the first conference.
    expect(listCases(newControl).map((c) => c.id)).toEqual([src.caseA, src.caseB]);
    const a = getCase(newControl, src.caseA)!;
    expect(a).toEqual({
      ...getCase(srcControl, src.caseA)!,
      caseGiverId: null,
      moderatorIds: [],
      userPerspectiveId: null,
    });
    expect(a.status).toBe('reconstructed');
    const from = { workshopId: src.wid, workshopName: 'Planungskonferenz Süd', at: expect.any(Number) };
    expect(carriedFrom(newControl, src.caseA)).toEqual(from);
    expect(carriedFrom(newControl, src.caseC)).toBeNull();

    // Grids and texts of the carried cases.
    for (const c of [src.caseA, src.caseB]) {
      expect(readGrid(newBoard, c, 'actor-perspectives')).toEqual(readGrid(srcBoard, c, 'actor-perspectives'));
      expect(sharedText(newBoard, cellKey(c, 'actor-perspectives', 'jobcenter', 0))!.toString()).toBe(`SGB II (${c})`);
      expect(sharedText(newBoard, reconstructionKeys(c).webOfEffects)!.toString()).toBe(`Wirkungsgefüge (${c})`);
      expect(carriedFrom(newBoard, reconstructionKeys(c).webOfEffects)).toEqual(from);
    }
    expect(readGrid(newBoard, src.caseC, 'actor-perspectives')).toBeNull();

    // Themes: the carried cases' and all of no case; case C's stays behind.
    expect(listThemes(newBoard).map((t) => t.id)).toEqual(
      listThemes(srcBoard)
        .map((t) => t.id)
        .filter((id) => id !== src.tC.id),
    );
    expect(getTheme(newBoard, src.cross.id)).toEqual(getTheme(srcBoard, src.cross.id));
    expect(getTheme(newBoard, src.cross.id)).toMatchObject({
      generative: true,
      sourceThemeIds: [src.tA.id, src.tB.id],
    });
    expect(carriedFrom(newBoard, src.plan.id)).toEqual(from);

    // The goal system as the working group's start, its theme reference kept.
    expect(flattenTree(goalTree(newBoard)).map((g) => [g.number, g.id, g.text, g.themeId])).toEqual(
      flattenTree(goalTree(srcBoard)).map((g) => [g.number, g.id, g.text, g.themeId]),
    );
    const framework = flattenTree(goalTree(newBoard)).find((g) => g.level === 'framework')!;
    expect(goalText(newBoard, framework.id, 'indicators')!.toString()).toBe('80 % in 8 Wochen');
    expect(carriedFrom(newBoard, framework.id)).toEqual(from);

    // Open questions: case A's and the one of no case, as cards of nobody; case C's and the idea stay behind.
    expect(
      listCards(newBoard)
        .map((c) => c.id)
        .sort(),
    ).toEqual([src.questionA.id, src.questionFree.id].sort());
    expect(getCard(newBoard, src.questionA.id)).toMatchObject({
      text: 'Seit wann?',
      caseId: src.caseA,
      kind: 'question',
    });
    expect(getCard(newBoard, src.questionA.id)!.authorId).toBeUndefined();
    expect(getCard(newBoard, src.questionFree.id)!.authorId).toBeUndefined();
    expect(carriedFrom(newBoard, src.questionFree.id)).toEqual(from);

    // Organisations: expected in the new workshop, from the first conference.
    const expected = expectedOrganisations(newControl);
    expect(expected.map((o) => o.name)).toEqual(r.body.carried.organisations);
    for (const o of expected) expect(o.from).toEqual(from);
    // The network's cases are counted in the new workshop.
    expect(networkCases(newControl)).toEqual([src.caseA, src.caseB].sort());

    // Audited; the first conference is unchanged.
    const carry = server()
      .audit.list(nid)
      .find((x) => x.action === 'network.carry')!;
    expect(JSON.parse(carry.detail)).toEqual({
      from: [src.wid],
      cases: 2,
      grids: 2,
      texts: caseTexts.length,
      themes: 5,
      goals: 4,
      questions: 2,
      organisations: 3,
    });
    expect(getCase(srcControl, src.caseA)!.moderatorIds).toEqual([src.people.hanna.id]);
    expect(getCard(srcBoard, src.questionA.id)!.authorId).toBe(src.people.hanna.id);

    // The people of the first conference have no access to the new workshop.
    for (const p of Object.values(src.people)) {
      expect((await api(server().url, `/api/workshops/${nid}/people`, { token: p.token })).status).toBe(401);
      expect((await rawSocket(server().url, nid, p.token)).status).toBe(401);
    }

    // A board repaired on load keeps where its entities came from.
    const rebuilt = rebuildBoard(newBoard).doc;
    expect(carriedFrom(rebuilt, src.cross.id)).toEqual(carriedFrom(newBoard, src.cross.id));
    expect(Y.encodeStateAsUpdate(rebuilt).length).toBeGreaterThan(0);
  });

  it('refuses picks outside the network and picks out of shape, creating nothing', async () => {
    const src = await firstConference();
    const other = await createNetwork('Otto');
    const foreign = await other.create({ name: 'Fremde Konferenz' });
    const alone = await createWorkshop(server().url, 'Einzelner Workshop');
    const count = async () => (await src.net.overview()).workshops.length;
    expect(await count()).toBe(1);

    const refused = async (carry: unknown, status: number, code: string) => {
      const r = await src.net.create({ name: 'Soll nicht entstehen', carry });
      expect([r.status, r.body.error?.code]).toEqual([status, code]);
    };
    // Workshops of another network, or of none: unknown here.
    await refused([{ workshopId: foreign.body.workshop.id, themes: true }], 404, 'unknown_workshop');
    await refused([{ workshopId: alone.id, caseIds: [] }], 404, 'unknown_workshop');
    await refused([{ workshopId: src.wid, themes: true }, { workshopId: 'no-such-workshop' }], 404, 'unknown_workshop');
    await refused([{ workshopId: src.wid, caseIds: [src.caseA, 'case-not-there'] }], 404, 'unknown_case');
    // Out of shape.
    for (const bad of [
      [{ workshopId: src.wid }, { workshopId: src.wid }],
      [
        { workshopId: src.wid, goalSystem: true },
        { workshopId: foreign.body.workshop.id, goalSystem: true },
      ],
      [{ workshopId: src.wid, tokens: true }],
      [{ workshopId: src.wid, caseIds: src.caseA }],
      [{ caseIds: [src.caseA] }],
      { workshopId: src.wid },
    ])
      await refused(bad, 400, 'invalid_body');
    expect(await count()).toBe(1);
    // The foreign network's workshop is untouched too, and nothing was audited in the source.
    expect(listThemes(board(foreign.body.workshop.id).doc)).toEqual([]);
    expect(
      server()
        .audit.list(src.wid)
        .some((x) => x.action === 'network.carry'),
    ).toBe(false);
    // Without picks a workshop is made as before, carrying nothing.
    const plain = await src.net.create({ name: 'Ohne Übernahme' });
    expect(plain.status).toBe(201);
    expect(plain.body.carried).toEqual({
      cases: 0,
      grids: 0,
      texts: 0,
      themes: 0,
      goals: 0,
      questions: 0,
      organisations: [],
    });
    expect(
      server()
        .audit.list(plain.body.workshop.id)
        .some((x) => x.action === 'network.carry'),
    ).toBe(false);
  });
});

describe('the network’s reconstructed cases', () => {
  it('count in every workshop of the network for the Phase II warning, once each, and go with a deleted workshop', async () => {
    const src = await firstConference(); // cases A and B reconstructed, C open
    // The next conference carries case C (open) and reconstructs it and two of its own.
    const next = await src.net.create({
      name: 'Zweite Planungskonferenz',
      carry: [{ workshopId: src.wid, caseIds: [src.caseC] }],
    });
    expect(next.status).toBe(201);
    const nid = next.body.workshop.id;
    expect(networkCases(control(nid).doc)).toEqual([src.caseA, src.caseB].sort());
    const own: string[] = [];
    for (const title of ['Herr P., 61', 'Frau D., 19'])
      own.push((await conference(next.body, '/cases', { title })).body.case!.id);
    expect((await conference(next.body, '/step', { to: 'start' })).body.position?.caseId).toBe(src.caseC);
    await reconstruct(next.body, src.caseC);
    await reconstruct(next.body, own[0]!);
    // Counted where it was reconstructed and carried from: once.
    const all = [src.caseA, src.caseB, src.caseC, own[0]!].sort();
    expect(networkCases(control(nid).doc)).toEqual(all);
    expect(networkCases(control(src.wid).doc)).toEqual(all);

    // Leaving the last case for Phase II: 2 reconstructed here + this one would warn alone; with the network's, not.
    await conference(next.body, '/step', { stepId: 'reconstruction', caseId: own[1]! });
    const doc = control(nid).doc;
    const from = { stepId: 'reconstruction', caseId: own[1]! };
    const to = { stepId: 'cross-case-themes', caseId: null };
    expect(warnsTooFewCases(getAgenda(doc), listCases(doc), from, to)).toBe(true);
    expect(warnsTooFewCases(getAgenda(doc), listCases(doc), from, to, networkCases(doc))).toBe(false);

    // Deleted, the second conference's cases no longer count in the first (case C was reconstructed only there).
    const deleted = await api(server().url, `/api/workshops/${nid}`, {
      method: 'DELETE',
      token: next.body.moderatorToken,
    });
    expect(deleted.status).toBe(204);
    expect(networkCases(control(src.wid).doc)).toEqual([src.caseA, src.caseB].sort());
  });
});
