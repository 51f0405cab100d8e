import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addGoal,
  deleteGoal,
  flattenTree,
  goalHints,
  goalText,
  goalTree,
  listGoals,
  looksLikeInstruction,
  moveGoal,
  setActors,
  setGoalText,
} from './goals.js';
import { addCard } from './cards.js';
import { createCluster } from './clusters.js';
import {
  addTheme,
  mergeThemes,
  promoteClusterToTheme,
  setGenerative,
  setThemeOrganisations,
  addPlanningTheme,
  listThemes,
  themeCases,
} from './themes.js';
import { provenanceTrail } from './provenance.js';
import { goalsMap } from './board.js';

function system() {
  const doc = new Y.Doc();
  const o = addGoal(
    doc,
    { level: 'overall', parentId: null, text: 'Alleinerziehende leben sicher und selbstbestimmt' },
    { now: 1 },
  );
  const f1 = addGoal(doc, { level: 'framework', parentId: o.id, text: 'Kinderbetreuung ist gesichert' }, { now: 2 });
  const f2 = addGoal(doc, { level: 'framework', parentId: o.id, text: 'Eltern sind in Arbeit' }, { now: 3 });
  const r11 = addGoal(doc, { level: 'result', parentId: f1.id, text: 'Jedes Kind hat einen Kitaplatz' }, { now: 4 });
  const r12 = addGoal(doc, { level: 'result', parentId: f1.id, text: 'Randzeiten sind abgedeckt' }, { now: 5 });
  const r21 = addGoal(doc, { level: 'result', parentId: f2.id, text: 'Alle Eltern kennen die Beratung' }, { now: 6 });
  const a = addGoal(
    doc,
    {
      level: 'activity',
      parentId: r11.id,
      text: 'Platzbedarf erheben',
      actors: ['Jugendamt', ' Jugendamt ', 'Kita-Träger'],
    },
    { now: 7 },
  );
  return { doc, o, f1, f2, r11, r12, r21, a };
}

describe('the goal system', () => {
  it('numbers framework goals 1, 2 and result goals 1.1, 1.2, 2.1', () => {
    const { doc } = system();
    expect(flattenTree(goalTree(doc)).map((g) => `${g.number}:${g.text}`)).toEqual([
      ':Alleinerziehende leben sicher und selbstbestimmt',
      '1:Kinderbetreuung ist gesichert',
      '1.1:Jedes Kind hat einen Kitaplatz',
      '1.1.1:Platzbedarf erheben',
      '1.2:Randzeiten sind abgedeckt',
      '2:Eltern sind in Arbeit',
      '2.1:Alle Eltern kennen die Beratung',
    ]);
    expect(listGoals(doc).find((g) => g.level === 'activity')!.actors).toEqual(['Jugendamt', 'Kita-Träger']);
  });

  it('enforces one overall goal and the levels of parents', () => {
    const { doc, o, f1, r11 } = system();
    expect(() => addGoal(doc, { level: 'overall', parentId: null })).toThrow(/one overall/);
    expect(() => addGoal(doc, { level: 'result', parentId: o.id })).toThrow(/framework/);
    expect(() => addGoal(doc, { level: 'activity', parentId: f1.id })).toThrow();
    expect(() => moveGoal(doc, r11.id, o.id, 0)).toThrow();
  });

  it('reorders and re-parents, renumbering everything', () => {
    const { doc, f1, f2, r12, r21 } = system();
    moveGoal(doc, f2.id, f2.parentId, 0); // framework 2 becomes 1
    moveGoal(doc, r12.id, f2.id, 0); // a result goal moves under the other framework goal, first
    const numbers = Object.fromEntries(flattenTree(goalTree(doc)).map((g) => [g.text, g.number]));
    expect(numbers['Eltern sind in Arbeit']).toBe('1');
    expect(numbers['Randzeiten sind abgedeckt']).toBe('1.1');
    expect(numbers['Alle Eltern kennen die Beratung']).toBe('1.2');
    expect(numbers['Kinderbetreuung ist gesichert']).toBe('2');
    expect(numbers['Jedes Kind hat einen Kitaplatz']).toBe('2.1');
    moveGoal(doc, r21.id, f2.id, 99);
    expect(goalTree(doc)!.children[0]!.children.map((c) => c.text)).toEqual([
      'Randzeiten sind abgedeckt',
      'Alle Eltern kennen die Beratung',
    ]);
    deleteGoal(doc, f1.id);
    expect(listGoals(doc).some((g) => g.text === 'Platzbedarf erheben')).toBe(false);
  });

  it('edits texts concurrently and undoes a move', () => {
    const { doc, f2, r12 } = system();
    const undo = new Y.UndoManager(goalsMap(doc));
    moveGoal(doc, r12.id, f2.id, 0);
    undo.stopCapturing();
    setGoalText(doc, r12.id, 'indicators', 'Öffnung 6–20 Uhr');
    undo.undo();
    undo.undo();
    expect(flattenTree(goalTree(doc)).find((g) => g.id === r12.id)!.number).toBe('1.2');
    expect(goalText(doc, r12.id, 'indicators')!.toString()).toBe('');
  });

  it('hints at gaps the method warns about, without blocking', () => {
    const { doc, r12, a } = system();
    const kinds = (id: string) =>
      goalHints(doc)
        .filter((h) => h.goalId === id)
        .map((h) => h.kind)
        .sort();
    expect(kinds(r12.id)).toEqual(['noActivities', 'noIndicator']);
    const b = addGoal(doc, { level: 'activity', parentId: r12.id, text: 'Randzeitenbetreuung organisieren' });
    expect(kinds(b.id)).toEqual(['noActor']);
    setActors(doc, b.id, ['Familienzentrum']);
    expect(kinds(b.id)).toEqual([]);
    expect(kinds(a.id)).toEqual([]);
    const bad = addGoal(doc, {
      level: 'result',
      parentId: r12.id ? listGoals(doc).find((g) => g.id === r12.id)!.parentId : null,
      text: 'Sprachkurse organisieren',
    });
    expect(kinds(bad.id)).toContain('instruction');
  });

  it('tells reached states from instructions', () => {
    for (const s of [
      'Jede berechtigte Zugewanderte besucht innerhalb von 8 Wochen einen passenden Kurs',
      'Alle Kinder haben einen Kitaplatz',
      'Eltern kennen die Angebote',
      'Every parent knows the offers',
    ]) {
      expect(looksLikeInstruction(s), s).toBe(false);
    }
    for (const s of [
      'Sprachkurse organisieren',
      'Kinder sollen die Kita besuchen',
      'Create a language course',
      'Netzwerk aufbauen.',
    ]) {
      expect(looksLikeInstruction(s), s).toBe(true);
    }
  });
});

describe('themes and the provenance trail', () => {
  it('promotes clusters, merges across cases, and traces a goal back to cards and cases', () => {
    const doc = new Y.Doc();
    const q = { id: 'query-0001', areaX: 2000, areaY: 0 };
    const c1 = addCard(doc, { text: 'Kita-Plätze fehlen', x: 0, y: 0, queryId: q.id });
    const c2 = addCard(doc, { text: 'Randzeiten', x: 0, y: 0, queryId: q.id });
    const c3 = addCard(doc, { text: 'Mieten steigen', x: 0, y: 0, queryId: q.id });
    const k1 = createCluster(doc, q, { name: 'Betreuung', cardIds: [c1.id, c2.id] });
    const k2 = createCluster(doc, q, { name: 'Wohnen', cardIds: [c3.id] });
    const t1 = promoteClusterToTheme(doc, k1.id, 'case-A');
    const t2 = promoteClusterToTheme(doc, k2.id, 'case-B');
    addTheme(doc, { title: 'unbeteiligt', caseId: 'case-C' });
    expect(t1).toMatchObject({
      title: 'Betreuung',
      caseId: 'case-A',
      source: 'cluster',
      clusterId: k1.id,
      kind: 'case',
    });
    const cross = mergeThemes(doc, [t1.id, t2.id], 'Vereinbarkeit', ['Jugendamt', 'Jobcenter', 'Jugendamt']);
    expect(cross).toMatchObject({
      kind: 'crossCase',
      caseId: null,
      sourceThemeIds: [t1.id, t2.id],
      fromOrganisations: ['Jugendamt', 'Jobcenter'],
    });
    expect(themeCases(doc, cross).sort()).toEqual(['case-A', 'case-B']);
    setThemeOrganisations(doc, cross.id, [
      { name: 'Jobcenter', inNetwork: true },
      { name: 'Wohnungsamt', inNetwork: false },
    ]);
    setGenerative(doc, cross.id, true);
    expect(
      listThemes(doc)
        .filter((t) => t.generative)
        .map((t) => t.title),
    ).toEqual(['Vereinbarkeit']);
    expect(() => mergeThemes(doc, [t1.id], 'x')).toThrow();
    const p = addPlanningTheme(doc, 'Hohe Mieten', {
      report: 'Sozialbericht',
      table: 'Tab. 4',
      year: 2025,
      relation: 'confirms',
      note: 'Mietbelastung > 40 %',
    });
    expect(p).toMatchObject({ kind: 'planningData', caseId: null });

    const o = addGoal(doc, { level: 'overall', parentId: null, text: 'x' });
    const f = addGoal(doc, { level: 'framework', parentId: o.id, text: 'Vereinbarkeit gelingt', themeId: cross.id });
    const r = addGoal(doc, { level: 'result', parentId: f.id, text: 'Randzeiten sind abgedeckt' });
    const trail = provenanceTrail(doc, r.id); // inherited from the framework goal
    expect(trail.from?.id).toBe(f.id);
    expect(trail.themes.map((t) => t.title)).toEqual(['Vereinbarkeit', 'Betreuung', 'Wohnen']);
    expect(trail.clusters.map((c) => c.name)).toEqual(['Betreuung', 'Wohnen']);
    expect(trail.cards.map((c) => c.text).sort()).toEqual(['Kita-Plätze fehlen', 'Mieten steigen', 'Randzeiten']);
    expect(trail.caseIds.sort()).toEqual(['case-A', 'case-B']);
    expect(provenanceTrail(doc, o.id)).toMatchObject({ from: null, themes: [], cards: [] });
  });
});
