import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, editCardText, getCard, listCards } from './cards.js';
import { createCluster, dissolveCluster, getCluster } from './clusters.js';
import { addTheme, getTheme, removeTheme } from './themes.js';
import { addGoal, deleteGoal, goalText, listGoals, setGoalText } from './goals.js';
import { textsMap } from './board.js';
import { putCard, restoreFromVersion, versionDoc } from './restore.js';
import { boardIndex, diffIndex, indexCounts } from './boardIndex.js';
import { documentContent } from '../export/backup.js';

const query = { id: 'query-0001', areaX: 2000, areaY: 0 };
/** A document's content without empty roots (reading a root creates it). */
const content = (d: Y.Doc) =>
  Object.fromEntries(Object.entries(documentContent(d)).filter(([, v]) => Object.keys(v as object).length > 0));

/** A board with two cards in a cluster, one loose card, a theme, goals and a shared text; and a version of it. */
function board() {
  const live = new Y.Doc();
  const a = addCard(live, { text: 'Jobcenter', x: 2024, y: 100, queryId: query.id, authorId: 'sess-a' }, { now: 1 });
  const b = addCard(live, { text: 'Jugendamt', x: 2268, y: 100, queryId: query.id }, { now: 2 });
  const loose = addCard(live, { text: 'Schule', x: 0, y: 0 }, { now: 3 });
  const cluster = createCluster(live, query, { name: 'Ämter', cardIds: [a.id, b.id] }, { now: 4 });
  const theme = addTheme(live, { title: 'Übergänge', caseId: null }, { now: 5 });
  const overall = addGoal(live, { level: 'overall', parentId: null, text: 'Gute Übergänge' }, { now: 6 });
  addGoal(live, { level: 'framework', parentId: overall.id, text: 'Beratung vernetzt' }, { now: 7 });
  live.transact(() => textsMap(live).set('notes/x', new Y.Text('Notizen')));
  const version = versionDoc(Y.encodeStateAsUpdate(live));
  return { live, version, a, b, loose, cluster, theme, overall };
}

describe('restoring from a version', () => {
  it("'all' makes the live board equal to the version after a wipe and edits, keeping live Y.Texts", () => {
    const { live, version, a, loose, cluster, theme, overall } = board();
    const notes = textsMap(live).get('notes/x')!;
    const goalTextBefore = goalText(live, overall.id, 'text')!;
    live.transact(() => {
      deleteCard(live, loose.id);
      editCardText(live, a.id, 'Jobcenter (geändert)');
      dissolveCluster(live, cluster.id);
      removeTheme(live, theme.id);
      setGoalText(live, overall.id, 'text', 'Anders');
      notes.insert(0, 'XX ');
      addCard(live, { text: 'neu', x: 1, y: 1 });
    });
    const r = live.transact(() => restoreFromVersion(live, version, { what: 'all' }));
    expect(r.written).toBeGreaterThan(0);
    expect(content(live)).toEqual(content(version));
    expect(textsMap(live).get('notes/x')).toBe(notes);
    expect(goalText(live, overall.id, 'text')).toBe(goalTextBefore);
    // Nothing differs any more: a second restore writes nothing.
    expect(restoreFromVersion(live, version, { what: 'all' })).toEqual({ written: 0, deleted: 0 });
  });

  it('brings back one card, a cluster with its cards, a theme and the goal system', () => {
    const { live, version, a, b, loose, cluster, theme } = board();
    deleteCard(live, loose.id);
    restoreFromVersion(live, version, { what: 'card', id: loose.id });
    expect(getCard(live, loose.id)?.text).toBe('Schule');

    dissolveCluster(live, cluster.id);
    deleteCard(live, b.id);
    restoreFromVersion(live, version, { what: 'cluster', id: cluster.id });
    expect(getCluster(live, cluster.id)?.name).toBe('Ämter');
    expect(
      listCards(live)
        .filter((c) => c.clusterId === cluster.id)
        .map((c) => c.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());

    removeTheme(live, theme.id);
    restoreFromVersion(live, version, { what: 'theme', id: theme.id });
    expect(getTheme(live, theme.id)?.title).toBe('Übergänge');

    for (const g of listGoals(live).reverse()) deleteGoal(live, g.id);
    restoreFromVersion(live, version, { what: 'goals' });
    expect(listGoals(live).map((g) => g.text)).toEqual(['Gute Übergänge', 'Beratung vernetzt']);
  });

  it('drops the cluster of a restored card whose cluster is gone, and refuses what the version lacks', () => {
    const { live, version, a, cluster } = board();
    dissolveCluster(live, cluster.id);
    deleteCard(live, a.id);
    // The cluster is gone from the live board, so the card comes back loose.
    restoreFromVersion(live, version, { what: 'card', id: a.id });
    expect(getCard(live, a.id)?.clusterId).toBeUndefined();
    expect(() => restoreFromVersion(live, version, { what: 'card', id: 'no-such-card' })).toThrow(
      /not in this version/,
    );
    expect(() => restoreFromVersion(live, version, { what: 'theme', id: 'no-such-theme' })).toThrow(
      /not in this version/,
    );
  });

  it('is one update another replica applies to the same content', () => {
    const { live, version, loose } = board();
    const replica = versionDoc(Y.encodeStateAsUpdate(live));
    deleteCard(live, loose.id);
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    live.on('update', (u: Uint8Array) => updates.push(u));
    live.transact(() => restoreFromVersion(live, version, { what: 'all' }));
    expect(updates).toHaveLength(1);
    Y.applyUpdate(replica, updates[0]!);
    expect(content(replica)).toEqual(content(version));
  });
});

describe('board index', () => {
  it('counts entities and says what was added and removed', () => {
    const { live, version, loose, theme } = board();
    deleteCard(live, loose.id);
    removeTheme(live, theme.id);
    const added = addCard(live, { text: 'Kita', x: 0, y: 0 });
    const before = boardIndex(version);
    const after = boardIndex(live);
    expect(indexCounts(before)).toEqual({ cards: 3, clusters: 1, themes: 1, goals: 2 });
    const diff = diffIndex(before, after);
    expect(diff.cards).toEqual({
      added: [{ id: added.id, label: 'Kita' }],
      removed: [{ id: loose.id, label: 'Schule' }],
    });
    expect(diff.themes.removed).toEqual([{ id: theme.id, label: 'Übergänge' }]);
    expect(diffIndex(null, before).goals.added.map((g) => g.label)).toEqual(['Gute Übergänge', 'Beratung vernetzt']);
  });
});

describe('putting a card back from its fields', () => {
  it('writes a fresh card map and drops a cluster that is gone', () => {
    const { live, a, cluster } = board();
    const fields = cardsOf(live, a.id);
    deleteCard(live, a.id);
    putCard(live, fields);
    expect(getCard(live, a.id)).toMatchObject({ text: 'Jobcenter', clusterId: cluster.id, authorId: 'sess-a' });
    deleteCard(live, a.id);
    dissolveCluster(live, cluster.id);
    putCard(live, fields);
    expect(getCard(live, a.id)?.clusterId).toBeUndefined();
  });
});

function cardsOf(doc: Y.Doc, id: string): Record<string, unknown> & { id: string } {
  return (doc.getMap('cards').get(id) as Y.Map<unknown>).toJSON() as Record<string, unknown> & { id: string };
}
