import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DomainError } from '../errors.js';
import { CarryOverPickSchema, CarryOverSchema, type CarryOverPickInput } from '../model/carryOver.js';
import { addCase, getCase, listCases, setCaseRoles } from '../method/conference.js';
import { DEFAULT_AGENDA } from '../method/defaultAgenda.js';
import { goTo } from '../method/steering.js';
import { gridsMap, textsMap } from './board.js';
import {
  applyTextEdit,
  cellKey,
  ensureGrid,
  ensureGridRow,
  ensureTexts,
  notesKey,
  readGrid,
  reconstructionKeys,
  sharedText,
} from './caseArtefacts.js';
import {
  addExpectedOrganisations,
  CARRIED_ROOT,
  carriedFrom,
  carriedMap,
  carryAll,
  carryOrder,
  carryOver,
  expectedOrganisations,
  networkCaseCount,
  networkCaseIds,
  networkCases,
  setNetworkCases,
  type CarrySource,
} from './carryOver.js';
import { addCard, getCard, listCards } from './cards.js';
import { cardsMap } from './board.js';
import { CASE_AREA, FREE_COLUMNS, gridCell } from './layout.js';
import { restoreFromVersion } from './restore.js';
import { createCluster } from './clusters.js';
import { addGoal, flattenTree, getGoal, goalText, goalTree, listGoals, setGoalText } from './goals.js';
import {
  addPlanningTheme,
  addTheme,
  getTheme,
  listThemes,
  mergeThemes,
  promoteClusterToTheme,
  setGenerative,
} from './themes.js';

const perspectives = DEFAULT_AGENDA.steps.find((s) => s.id === 'actor-perspectives')!;
const NOW = 1_760_000_000_000;
const CASE_A = 'case-aaaa-0001';
const CASE_B = 'case-bbbb-0002';
const CASE_C = 'case-cccc-0003';

const pick = (p: Omit<CarryOverPickInput, 'workshopId'>, workshopId = 'ws-source-01') =>
  CarryOverPickSchema.parse({ workshopId, ...p });

/** A workshop after its planning conference: three cases (two reconstructed), their grids and texts, themes of every kind, a goal system. */
function sourceWorkshop() {
  const board = new Y.Doc();
  const control = new Y.Doc();
  for (const [id, title] of [
    [CASE_A, 'Frau K., 34, zwei Kinder'],
    [CASE_B, 'Herr M., 52, langzeitarbeitslos'],
    [CASE_C, 'Familie S., neu zugewandert'],
  ] as const)
    addCase(control, { title, narration: `Schilderung ${title}`, caseGiverId: 'sess-giver' }, { id, now: 1 });
  setCaseRoles(control, CASE_A, {
    caseGiverId: 'sess-giver',
    moderatorIds: ['sess-mod'],
    userPerspectiveId: 'sess-up',
  });
  for (const c of [CASE_A, CASE_B]) {
    goTo(control, { stepId: 'reconstruction', caseId: c }, 2);
    goTo(control, { stepId: 'cross-case-themes', caseId: null }, 3);
  }

  for (const c of [CASE_A, CASE_B, CASE_C]) {
    ensureGrid(board, c, perspectives);
    ensureGridRow(board, c, perspectives.id, 'Jobcenter');
    ensureGridRow(board, c, perspectives.id, 'Jugendamt/ASD', true);
    applyTextEdit(sharedText(board, cellKey(c, perspectives.id, 'jobcenter', 0))!, `SGB II (${c})`);
    applyTextEdit(sharedText(board, cellKey(c, perspectives.id, 'jugendamt/asd', 6))!, `Hilfeplan (${c})`);
    ensureTexts(board, [...Object.values(reconstructionKeys(c)), notesKey(c, 'narration')]);
    applyTextEdit(sharedText(board, reconstructionKeys(c).webOfEffects)!, `Wirkungsgefüge ${c}`);
    applyTextEdit(sharedText(board, notesKey(c, 'narration'))!, `Genogramm ${c}`);
  }
  ensureTexts(board, [notesKey(null, 'planning-data')]);
  applyTextEdit(sharedText(board, notesKey(null, 'planning-data'))!, 'Notizen ohne Fall');

  const card = addCard(board, { text: 'Kita', x: 0, y: 0, queryId: 'query-0001' }, { id: 'card-0001', now: 1 });
  // Clarifying questions (Rückfragen): of case A, of case B, of no case; and a card of case A that is no question.
  const questions = {
    a: addCard(
      board,
      { text: 'Seit wann?', x: 30, y: 6100, caseId: CASE_A, kind: 'question', authorId: 'sess-q', color: 'blue' },
      { id: 'question-a-01', now: 30 },
    ),
    b: addCard(
      board,
      { text: 'Welche Schulden?', x: 3830, y: 6100, caseId: CASE_B, kind: 'question', authorId: 'sess-q' },
      { id: 'question-b-01', now: 31 },
    ),
    free: addCard(
      board,
      { text: 'Wer ist zuständig?', x: 244, y: 0, kind: 'question', authorId: 'sess-q' },
      { id: 'question-f-01', now: 32 },
    ),
    plain: addCard(
      board,
      { text: 'Eine Idee', x: 274, y: 6100, caseId: CASE_A, authorId: 'sess-q' },
      { id: 'card-plain-01', now: 33 },
    ),
  };
  const cluster = createCluster(
    board,
    { id: 'query-0001', areaX: 0, areaY: 0 },
    { name: 'Betreuung', cardIds: [card.id] },
    { id: 'cluster-0001', now: 1 },
  );
  const tA = addTheme(
    board,
    { title: 'Übergänge', caseId: CASE_A, source: 'reconstruction' },
    { id: 'theme-a-0001', now: 10 },
  );
  const tB = addTheme(
    board,
    { title: 'Schulden', caseId: CASE_B, source: 'reconstruction' },
    { id: 'theme-b-0001', now: 11 },
  );
  const tCluster = promoteClusterToTheme(board, cluster.id, CASE_A, { id: 'theme-cl-0001', now: 12 });
  const tFree = addTheme(board, { title: 'Ohne Fall', caseId: null }, { id: 'theme-free-01', now: 13 });
  const cross = mergeThemes(board, [tA.id, tB.id], 'Schnittstellen', ['Jobcenter'], { id: 'theme-x-00001', now: 14 });
  const plan = addPlanningTheme(
    board,
    'Hohe Mieten',
    { report: 'Sozialbericht 2024', table: 'Tab. 3', year: 2024, relation: 'adds', note: '' },
    { id: 'theme-p-00001', now: 15 },
  );
  setGenerative(board, cross.id, true);

  const o = addGoal(
    board,
    { level: 'overall', parentId: null, text: 'Alle leben sicher' },
    { id: 'goal-o-00001', now: 20 },
  );
  const f = addGoal(
    board,
    { level: 'framework', parentId: o.id, text: 'Übergänge gelingen', themeId: cross.id },
    { id: 'goal-f-00001', now: 21 },
  );
  const r = addGoal(
    board,
    { level: 'result', parentId: f.id, text: 'Jeder Wechsel hat eine Ansprechperson', themeId: tB.id },
    { id: 'goal-r-00001', now: 22 },
  );
  const a = addGoal(
    board,
    { level: 'activity', parentId: r.id, text: 'Lotsen benennen', actors: ['Jobcenter'] },
    { id: 'goal-a-00001', now: 23 },
  );
  setGoalText(board, f.id, 'indicators', '80 % in 8 Wochen');

  return {
    workshopId: 'ws-source-01',
    name: 'Planungskonferenz Nord',
    board,
    control,
    organisations: ['Jobcenter', ' jobcenter ', 'Jugendamt  ASD', 'jugendamt asd', '', 'VHS'],
    questions,
    ids: {
      tA: tA.id,
      tB: tB.id,
      tCluster: tCluster.id,
      tFree: tFree.id,
      cross: cross.id,
      plan: plan.id,
      o: o.id,
      f: f.id,
      r: r.id,
      a: a.id,
    },
  } satisfies CarrySource & { ids: object; questions: object };
}

const fresh = () => ({ board: new Y.Doc(), control: new Y.Doc() });

/** Every text of a document by key. */
const texts = (doc: Y.Doc) => Object.fromEntries([...textsMap(doc).entries()].map(([k, t]) => [k, t.toString()]));

describe('carry-over between workshops', () => {
  it('carries a case with everything of it, under the same ids, with provenance', () => {
    const src = sourceWorkshop();
    const target = fresh();
    addCase(target.control, { title: 'Eigener Fall' }, { id: 'case-own-0001', now: 5 });
    const summary = carryOver(src, target, pick({ caseIds: [CASE_A] }), NOW);

    expect(summary).toEqual({
      cases: 1,
      grids: 1,
      texts: 2 * 7 + 3 + 1,
      themes: 2,
      goals: 0,
      questions: 0,
      organisations: [],
    });
    const carried = getCase(target.control, CASE_A)!;
    const original = getCase(src.control, CASE_A)!;
    expect(original).toMatchObject({
      caseGiverId: 'sess-giver',
      moderatorIds: ['sess-mod'],
      userPerspectiveId: 'sess-up',
    });
    // After the target's own case; its roles (the source's sessions) are chosen anew in the target.
    expect(carried).toEqual({
      ...original,
      caseGiverId: null,
      moderatorIds: [],
      userPerspectiveId: null,
      order: 1,
    });
    expect(carried.status).toBe('reconstructed');
    expect(listCases(target.control).map((c) => c.id)).toEqual(['case-own-0001', CASE_A]);

    expect(readGrid(target.board, CASE_A, perspectives.id)).toEqual(readGrid(src.board, CASE_A, perspectives.id));
    const key = cellKey(CASE_A, perspectives.id, 'jugendamt/asd', 6);
    expect(sharedText(target.board, key)!.toString()).toBe(`Hilfeplan (${CASE_A})`);
    expect(sharedText(target.board, reconstructionKeys(CASE_A).webOfEffects)!.toString()).toBe(
      `Wirkungsgefüge ${CASE_A}`,
    );
    expect(sharedText(target.board, notesKey(CASE_A, 'narration'))!.toString()).toBe(`Genogramm ${CASE_A}`);
    // Copies, not the source's types: each belongs to the target and edits stay apart.
    expect(sharedText(target.board, key)!.doc).toBe(target.board);
    applyTextEdit(sharedText(target.board, key)!, 'geändert');
    expect(sharedText(src.board, key)!.toString()).toBe(`Hilfeplan (${CASE_A})`);

    expect(listThemes(target.board).map((t) => t.id)).toEqual([src.ids.tA, src.ids.tCluster]);
    expect(getTheme(target.board, src.ids.tA)).toEqual(getTheme(src.board, src.ids.tA));
    // The cluster stays behind, so the promoted theme no longer points at it.
    expect(getTheme(target.board, src.ids.tCluster)).toEqual({
      ...getTheme(src.board, src.ids.tCluster),
      clusterId: undefined,
    });

    const from = { workshopId: 'ws-source-01', workshopName: 'Planungskonferenz Nord', at: NOW };
    expect(carriedFrom(target.control, CASE_A)).toEqual(from);
    expect(carriedFrom(target.control, 'case-own-0001')).toBeNull();
    for (const k of [`${CASE_A}/${perspectives.id}`, key, reconstructionKeys(CASE_A).situation, src.ids.tA])
      expect(carriedFrom(target.board, k)).toEqual(from);
  });

  it('carries only what was picked', () => {
    const src = sourceWorkshop();
    const target = fresh();
    carryOver(src, target, pick({ caseIds: [CASE_B] }), NOW);
    expect(listCases(target.control).map((c) => c.id)).toEqual([CASE_B]);
    expect([...gridsMap(target.board).keys()]).toEqual([`${CASE_B}/${perspectives.id}`]);
    expect(Object.keys(texts(target.board)).every((k) => k.includes(CASE_B))).toBe(true);
    expect(listThemes(target.board).map((t) => t.id)).toEqual([src.ids.tB]);
    expect(listGoals(target.board)).toEqual([]);
    expect(sharedText(target.board, notesKey(null, 'planning-data'))).toBeNull();
    expect([...target.board.share.keys()].sort()).not.toContain('cards');

    const nothing = fresh();
    expect(carryOver(src, nothing, pick({}), NOW)).toEqual({
      cases: 0,
      grids: 0,
      texts: 0,
      themes: 0,
      goals: 0,
      questions: 0,
      organisations: [],
    });
    expect(nothing.control.getMap('cases').size + nothing.board.getMap('themes').size).toBe(0);
    expect(expectedOrganisations(nothing.control)).toEqual([]);
  });

  it('carries all themes of the carried cases and the workshop, and organisations once each', () => {
    const src = sourceWorkshop();
    const target = fresh();
    const summary = carryOver(src, target, pick({ caseIds: [CASE_A], themes: true, organisations: true }), NOW);
    expect(summary.organisations).toEqual(['Jobcenter', 'Jugendamt ASD', 'VHS']);
    // Case B's theme stays with case B; the cross-case theme keeps what the target has of its merged themes.
    expect(listThemes(target.board).map((t) => t.id)).toEqual([
      src.ids.tA,
      src.ids.tCluster,
      src.ids.tFree,
      src.ids.cross,
      src.ids.plan,
    ]);
    const cross = getTheme(target.board, src.ids.cross)!;
    expect(cross).toMatchObject({
      kind: 'crossCase',
      generative: true,
      sourceThemeIds: [src.ids.tA],
      fromOrganisations: ['Jobcenter'],
    });
    expect(getTheme(target.board, src.ids.plan)).toEqual(getTheme(src.board, src.ids.plan));
    expect(carriedFrom(target.board, src.ids.plan)?.workshopId).toBe('ws-source-01');

    // With every case, the merged themes are all there.
    const all = fresh();
    carryOver(src, all, pick({ caseIds: [CASE_A, CASE_B, CASE_C], themes: true }), NOW);
    expect(getTheme(all.board, src.ids.cross)).toEqual(getTheme(src.board, src.ids.cross));
    expect(listThemes(all.board)).toEqual(
      listThemes(src.board).map((t) => (t.clusterId ? { ...t, clusterId: undefined } : t)),
    );
  });

  it('carries the goal system as a tree with its texts; references to themes left behind are dropped', () => {
    const src = sourceWorkshop();
    const target = fresh();
    const summary = carryOver(src, target, pick({ goalSystem: true, themes: true }), NOW);
    expect(summary.goals).toBe(4);
    const tree = flattenTree(goalTree(target.board));
    expect(tree.map((g) => [g.number, g.id, g.text])).toEqual(
      flattenTree(goalTree(src.board)).map((g) => [g.number, g.id, g.text]),
    );
    expect(goalText(target.board, src.ids.f, 'indicators')!.toString()).toBe('80 % in 8 Wochen');
    expect(goalText(target.board, src.ids.f, 'indicators')!.doc).toBe(target.board);
    expect(getGoal(target.board, src.ids.a)!.actors).toEqual(['Jobcenter']);
    // The cross-case theme came along (themes picked); case B's theme did not (its case was not picked).
    expect(getGoal(target.board, src.ids.f)!.themeId).toBe(src.ids.cross);
    expect(getGoal(target.board, src.ids.r)!.themeId).toBeNull();
    expect(getGoal(src.board, src.ids.r)!.themeId).toBe(src.ids.tB);
    for (const id of [src.ids.o, src.ids.f, src.ids.r, src.ids.a])
      expect(carriedFrom(target.board, id)).toEqual({
        workshopId: 'ws-source-01',
        workshopName: 'Planungskonferenz Nord',
        at: NOW,
      });

    // Goals alone: every theme reference dropped, the tree intact.
    const bare = fresh();
    carryOver(src, bare, pick({ goalSystem: true }), NOW);
    expect(listGoals(bare.board).every((g) => g.themeId === null)).toBe(true);
    expect(flattenTree(goalTree(bare.board))).toHaveLength(4);
  });

  it('refuses a second goal system, a case the source does not have and a pick for another workshop, writing nothing', () => {
    const src = sourceWorkshop();
    const target = fresh();
    addGoal(target.board, { level: 'overall', parentId: null, text: 'Eigenes Leitziel' }, { id: 'goal-own-0001' });
    const before = Y.encodeStateVector(target.board);
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DomainError ? e.code : e;
      }
      return null;
    };
    expect(err(() => carryOver(src, target, pick({ goalSystem: true, caseIds: [CASE_A] }), NOW))).toBe('conflict');
    expect(err(() => carryOver(src, target, pick({ caseIds: ['case-nope-0001'] }), NOW))).toBe('unknown_case');
    expect(err(() => carryOver(src, target, pick({ themes: true }, 'ws-other-001'), NOW))).toBe('invalid');
    expect(Y.encodeStateVector(target.board)).toEqual(before);
    expect(target.control.getMap('cases').size).toBe(0);
  });

  it('changes nothing when the same pick is carried again', () => {
    const src = sourceWorkshop();
    const target = fresh();
    const p = pick({
      caseIds: [CASE_A, CASE_C],
      themes: true,
      goalSystem: true,
      organisations: true,
      openQuestions: true,
    });
    const first = carryOver(src, target, p, NOW);
    expect(first.questions).toBe(2);
    const board = Y.encodeStateAsUpdate(target.board);
    const control = Y.encodeStateAsUpdate(target.control);
    const again = carryOver(src, target, p, NOW + 60_000);
    expect(again).toEqual({
      cases: 0,
      grids: 0,
      texts: 0,
      themes: 0,
      goals: 0,
      questions: 0,
      organisations: first.organisations,
    });
    expect(Y.encodeStateAsUpdate(target.board)).toEqual(board);
    expect(Y.encodeStateAsUpdate(target.control)).toEqual(control);
    expect(carriedFrom(target.control, CASE_A)!.at).toBe(NOW);
  });

  it('keeps the first workshop as the origin when a carried item is carried on', () => {
    const src = sourceWorkshop();
    const middle = { ...fresh(), workshopId: 'ws-middle-01', name: 'AG Arbeit', organisations: [] };
    carryOver(src, middle, pick({ caseIds: [CASE_A], goalSystem: true }), NOW);
    const last = fresh();
    carryOver(middle, last, pick({ caseIds: [CASE_A], goalSystem: true }, 'ws-middle-01'), NOW + 1000);
    const origin = { workshopId: 'ws-source-01', workshopName: 'Planungskonferenz Nord', at: NOW };
    expect(carriedFrom(last.control, CASE_A)).toEqual({
      workshopId: 'ws-middle-01',
      workshopName: 'AG Arbeit',
      at: NOW + 1000,
      origin,
    });
    expect(carriedFrom(last.board, src.ids.o)).toEqual({
      workshopId: 'ws-middle-01',
      workshopName: 'AG Arbeit',
      at: NOW + 1000,
      origin,
    });
    expect(sharedText(last.board, reconstructionKeys(CASE_A).webOfEffects)!.toString()).toBe(
      `Wirkungsgefüge ${CASE_A}`,
    );
  });

  it('round-trips the target through a Yjs update identically', () => {
    const src = sourceWorkshop();
    const target = fresh();
    carryOver(
      src,
      target,
      pick({ caseIds: [CASE_A, CASE_B], themes: true, goalSystem: true, organisations: true, openQuestions: true }),
      NOW,
    );
    for (const doc of [target.board, target.control]) {
      const third = new Y.Doc();
      Y.applyUpdate(third, Y.encodeStateAsUpdate(doc));
      for (const root of doc.share.keys()) expect(third.getMap(root).toJSON()).toEqual(doc.getMap(root).toJSON());
      expect([...third.share.keys()].sort()).toEqual([...doc.share.keys()].sort());
      expect(third.share.has(CARRIED_ROOT)).toBe(true);
    }
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(target.board));
    expect(texts(third)).toEqual(texts(target.board));
    expect(carriedFrom(third, src.ids.cross)).toEqual(carriedFrom(target.board, src.ids.cross));
    expect(flattenTree(goalTree(third))).toEqual(flattenTree(goalTree(target.board)));
  });

  it('carries open questions: those of the carried cases and of no case, as cards of nobody in the target’s areas', () => {
    const src = sourceWorkshop();
    const target = fresh();
    addCase(target.control, { title: 'Eigener Fall' }, { id: 'case-own-0001', now: 5 });
    addCard(target.board, { text: 'Eigene Karte', x: 0, y: 0 }, { id: 'card-own-0001', now: 5 });
    const summary = carryOver(src, target, pick({ caseIds: [CASE_A], openQuestions: true }), NOW);
    expect(summary.questions).toBe(2);
    // Case B's question stays with case B; the card of case A that is no question stays behind.
    expect(listCards(target.board).map((c) => c.id)).toEqual(['card-own-0001', 'question-a-01', 'question-f-01']);
    const a = getCard(target.board, 'question-a-01')!;
    // In case A's area of the target (case A is the target's second case), without its author.
    expect(a).toEqual({
      id: 'question-a-01',
      text: 'Seit wann?',
      color: 'blue',
      caseId: CASE_A,
      kind: 'question',
      createdAt: 30,
      updatedAt: NOW,
      ...gridCell(0, CASE_AREA.columns, 1 * CASE_AREA.stride + CASE_AREA.padding, CASE_AREA.originY + CASE_AREA.header),
    });
    expect(cardsMap(target.board).get('question-a-01')!.has('authorId')).toBe(false);
    // Of no case: the next free spot by the board's rule for free cards (nextCardPosition: after every card outside a query).
    expect(getCard(target.board, 'question-f-01')).toMatchObject({
      text: 'Wer ist zuständig?',
      ...gridCell(2, FREE_COLUMNS, 0, 0),
    });
    expect(getCard(target.board, 'question-f-01')!.caseId).toBeUndefined();
    const from = { workshopId: 'ws-source-01', workshopName: 'Planungskonferenz Nord', at: NOW };
    expect(carriedFrom(target.board, 'question-a-01')).toEqual(from);
    expect(carriedFrom(target.board, 'question-f-01')).toEqual(from);
    expect(carriedFrom(target.board, 'card-own-0001')).toBeNull();

    // Without the pick no card comes along, cases or not.
    const none = fresh();
    expect(carryOver(src, none, pick({ caseIds: [CASE_A, CASE_B] }), NOW).questions).toBe(0);
    expect(listCards(none.board)).toEqual([]);
    // A question of a case the source no longer has is a question of no case.
    src.control.getMap('cases').delete(CASE_B);
    const orphan = fresh();
    carryOver(src, orphan, pick({ openQuestions: true }), NOW);
    expect(listCards(orphan.board).map((c) => [c.id, c.caseId])).toEqual([
      ['question-b-01', undefined],
      ['question-f-01', undefined],
    ]);
  });

  it('stores the organisations of the source’s people as the ones the target expects, once each, with provenance', () => {
    const src = sourceWorkshop();
    const other = { ...fresh(), workshopId: 'ws-other-001', name: 'AG Sprache', organisations: ['VHS', 'Kita-Träger'] };
    const target = fresh();
    carryOver(src, target, pick({ organisations: true }), NOW);
    carryOver(other, target, pick({ organisations: true }, 'ws-other-001'), NOW + 1);
    const north = { workshopId: 'ws-source-01', workshopName: 'Planungskonferenz Nord', at: NOW };
    expect(expectedOrganisations(target.control)).toEqual([
      { name: 'Jobcenter', from: north },
      { name: 'Jugendamt ASD', from: north },
      { name: 'VHS', from: north },
      { name: 'Kita-Träger', from: { workshopId: 'ws-other-001', workshopName: 'AG Sprache', at: NOW + 1 } },
    ]);
    // Adding known ones writes nothing; malformed entries are skipped when read.
    const before = Y.encodeStateVector(target.control);
    expect(addExpectedOrganisations(target.control, ['vhs', ' JOBCENTER'], north)).toBe(0);
    expect(Y.encodeStateVector(target.control)).toEqual(before);
    target.control.getMap('state').set('expectedOrganisations', [{ name: 'X' }, { name: 'Y', from: north }]);
    expect(expectedOrganisations(target.control)).toEqual([{ name: 'Y', from: north }]);
  });

  it('carries several workshops at once, the goal system last, after checking every pick', () => {
    const src = sourceWorkshop();
    // A working group that carried the cross-case theme on; the goal system comes from the first workshop.
    const middle = { ...fresh(), workshopId: 'ws-middle-01', name: 'AG Arbeit', organisations: ['Jobcenter', 'Tafel'] };
    carryOver(src, middle, pick({ themes: true }), NOW);
    const picks = [
      pick({ goalSystem: true, organisations: true }),
      pick({ themes: true, organisations: true }, 'ws-middle-01'),
    ];
    expect(carryOrder(picks).map((p) => p.workshopId)).toEqual(['ws-middle-01', 'ws-source-01']);
    const sources = new Map<string, CarrySource>([
      [src.workshopId, src],
      [middle.workshopId, middle],
    ]);
    const target = fresh();
    const summary = carryAll(sources, target, picks, NOW + 1000);
    expect(summary).toMatchObject({
      goals: 4,
      themes: 3,
      organisations: ['Jobcenter', 'Tafel', 'Jugendamt ASD', 'VHS'],
    });
    // The goal found the theme the other pick brought.
    expect(getGoal(target.board, src.ids.f)!.themeId).toBe(src.ids.cross);
    expect(carriedFrom(target.board, src.ids.cross)).toMatchObject({
      workshopId: 'ws-middle-01',
      origin: { workshopId: 'ws-source-01' },
    });

    // A pick of a workshop not handed over, or of a case not there: refused before anything is written.
    const untouched = fresh();
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof DomainError ? e.code : e;
      }
      return null;
    };
    expect(err(() => carryAll(sources, untouched, [...picks, pick({}, 'ws-nowhere-1')], NOW))).toBe('unknown_workshop');
    expect(
      err(() =>
        carryAll(
          sources,
          untouched,
          [pick({ themes: true }), pick({ caseIds: ['case-nope-0001'] }, 'ws-middle-01')],
          NOW,
        ),
      ),
    ).toBe('unknown_case');
    expect(untouched.board.getMap('themes').size + untouched.board.getMap('goals').size).toBe(0);
  });
});

describe('restoring a carried board', () => {
  it('takes the provenance back with the entities to the version’s', () => {
    const src = sourceWorkshop();
    const target = fresh();
    addTheme(target.board, { title: 'Eigenes Thema', caseId: null }, { id: 'theme-own-001', now: 1 });
    const before = new Y.Doc();
    Y.applyUpdate(before, Y.encodeStateAsUpdate(target.board));
    carryOver(src, target, pick({ caseIds: [CASE_A], themes: true, goalSystem: true, openQuestions: true }), NOW);
    expect(carriedMap(target.board).size).toBeGreaterThan(0);
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(target.board));

    restoreFromVersion(target.board, before, { what: 'all' });
    expect(carriedMap(target.board).size).toBe(0);
    expect(listThemes(target.board).map((t) => t.id)).toEqual(['theme-own-001']);
    restoreFromVersion(target.board, after, { what: 'all' });
    expect(carriedFrom(target.board, src.ids.cross)).toEqual(carriedFrom(after, src.ids.cross));
    expect(carriedMap(target.board).toJSON()).toEqual(carriedMap(after).toJSON());
  });
});

describe('cases across the network', () => {
  it('counts distinct reconstructed cases; a carried case counts once', () => {
    const src = sourceWorkshop(); // A and B reconstructed, C open
    const next = fresh();
    carryOver(src, next, pick({ caseIds: [CASE_A, CASE_C] }), NOW);
    addCase(next.control, { title: 'Neuer Fall' }, { id: 'case-dddd-0004', now: 7 });
    expect(networkCaseCount([src.control])).toBe(2);
    expect(networkCaseCount([src.control, next.control])).toBe(2);
    // Case C, carried open, is reconstructed in the next workshop; D too.
    for (const c of [CASE_C, 'case-dddd-0004']) {
      goTo(next.control, { stepId: 'reconstruction', caseId: c }, 8);
      goTo(next.control, { stepId: 'cross-case-themes', caseId: null }, 9);
    }
    expect(networkCaseCount([src.control, next.control])).toBe(4);
    expect(networkCaseCount([next.control])).toBe(3);
    expect(networkCaseCount([])).toBe(0);
    expect(networkCaseIds([src.control, next.control])).toEqual([CASE_A, CASE_B, CASE_C, 'case-dddd-0004'].sort());
  });

  it('are kept in each workshop’s control state, written only when they change', () => {
    const control = new Y.Doc();
    expect(networkCases(control)).toEqual([]);
    expect(setNetworkCases(control, ['case-b', 'case-a', 'case-b'])).toBe(true);
    expect(networkCases(control)).toEqual(['case-a', 'case-b']);
    const before = Y.encodeStateVector(control);
    expect(setNetworkCases(control, ['case-a', 'case-b'])).toBe(false);
    expect(Y.encodeStateVector(control)).toEqual(before);
    expect(setNetworkCases(control, [])).toBe(true);
    expect(networkCases(control)).toEqual([]);
    expect(setNetworkCases(new Y.Doc(), [])).toBe(true); // recorded even when none: the network has been asked
  });
});

describe('the pick schemas', () => {
  it('defaults to nothing and takes each workshop once, one goal system at most', () => {
    expect(CarryOverPickSchema.parse({ workshopId: 'w' })).toEqual({
      workshopId: 'w',
      organisations: false,
      caseIds: [],
      themes: false,
      goalSystem: false,
      openQuestions: false,
    });
    expect(CarryOverPickSchema.safeParse({ workshopId: 'w', tokens: true }).success).toBe(false);
    expect(CarryOverPickSchema.safeParse({ workshopId: 'w', caseIds: Array(51).fill('c') }).success).toBe(false);
    expect(CarryOverSchema.safeParse([{ workshopId: 'a' }, { workshopId: 'a' }]).success).toBe(false);
    expect(
      CarryOverSchema.safeParse([
        { workshopId: 'a', goalSystem: true },
        { workshopId: 'b', goalSystem: true },
      ]).success,
    ).toBe(false);
    expect(CarryOverSchema.safeParse(Array.from({ length: 11 }, (_, i) => ({ workshopId: `w${i}` }))).success).toBe(
      false,
    );
  });
});
