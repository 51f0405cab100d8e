import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, getCard, listCards } from './cards.js';
import {
  assignToCluster,
  clusterAt,
  createCluster,
  dissolveCluster,
  getCluster,
  listClusters,
  moveCluster,
  recolorCluster,
  renameCluster,
  stackCard,
  stackOf,
  unstackCard,
} from './clusters.js';
import { CLUSTER_BOX, clusterSize, STEP_Y } from './layout.js';

const query = { id: 'query-0001', areaX: 2000, areaY: 0 };
function boardWith(...texts: string[]) {
  const doc = new Y.Doc();
  const ids = texts.map(
    (text, i) => addCard(doc, { text, x: 2024 + i * 244, y: 100, queryId: query.id }, { now: i + 1 }).id,
  );
  return { doc, ids };
}

describe('clusters on a bare Y.Doc', () => {
  it('creates, renames, recolours and fills a cluster; cards are laid out in its box', () => {
    const { doc, ids } = boardWith('Jobcenter', 'Agentur für Arbeit', 'Jugendamt');
    const c = createCluster(doc, query, { name: ' Arbeit ', cardIds: [ids[0]!, ids[1]!] }, { now: 10 });
    expect(c.name).toBe('Arbeit');
    expect(
      listCards(doc)
        .filter((x) => x.clusterId === c.id)
        .map((x) => x.text),
    ).toEqual(['Jobcenter', 'Agentur für Arbeit']);
    const first = getCard(doc, ids[0]!)!;
    expect([first.x, first.y]).toEqual([c.x + CLUSTER_BOX.padding, c.y + CLUSTER_BOX.title]);
    renameCluster(doc, c.id, 'Arbeit & Beschäftigung');
    recolorCluster(doc, c.id, 'green');
    expect(getCluster(doc, c.id)).toMatchObject({ name: 'Arbeit & Beschäftigung', color: 'green', ...clusterSize(2) });
    expect(() => renameCluster(doc, c.id, 'x'.repeat(81))).toThrow();
  });

  it('moves cards into and out of clusters (several at once) and resizes boxes', () => {
    const { doc, ids } = boardWith('a', 'b', 'c', 'd');
    const one = createCluster(doc, query, { name: 'eins' });
    const two = createCluster(doc, query, { name: 'zwei' });
    expect(two.x).toBeGreaterThan(one.x);
    assignToCluster(doc, ids, one.id);
    expect(getCluster(doc, one.id)!.h).toBe(clusterSize(4).h);
    assignToCluster(doc, [ids[2]!, ids[3]!], two.id);
    expect(getCluster(doc, one.id)!.h).toBe(clusterSize(2).h);
    assignToCluster(doc, [ids[3]!], null);
    expect(getCard(doc, ids[3]!)!.clusterId).toBeUndefined();
    expect(listCards(doc).filter((c) => c.clusterId === two.id)).toHaveLength(1);
  });

  it('moving a cluster moves its cards; dissolving keeps the cards', () => {
    const { doc, ids } = boardWith('a', 'b');
    const c = createCluster(doc, query, { name: 'x', cardIds: ids });
    const before = getCard(doc, ids[1]!)!;
    moveCluster(doc, c.id, c.x + 100, c.y + 50);
    expect(getCard(doc, ids[1]!)).toMatchObject({ x: before.x + 100, y: before.y + 50 });
    dissolveCluster(doc, c.id);
    expect(listClusters(doc)).toEqual([]);
    expect(listCards(doc).map((x) => x.clusterId)).toEqual([undefined, undefined]);
    expect(getCard(doc, ids[1]!)).toMatchObject({ x: before.x + 100, y: before.y + 50 });
  });

  it('stacks duplicates on one card: they join its cluster and follow it', () => {
    const { doc, ids } = boardWith('Jobcenter', 'JobCenter', 'Jobcenter Nord', 'Schule');
    const [base, dup1, dup2, other] = ids as [string, string, string, string];
    const c = createCluster(doc, query, { name: 'Arbeit', cardIds: [base] });
    stackCard(doc, dup1, base);
    stackCard(doc, dup2, dup1); // stacking on a duplicate stacks on its base
    expect(stackOf(doc, base).map((x) => x.id)).toEqual([dup1, dup2]);
    expect(getCard(doc, dup2)).toMatchObject({ clusterId: c.id, stackedOn: base });
    const b = getCard(doc, base)!;
    expect(getCard(doc, dup1)).toMatchObject({ x: b.x + 8, y: b.y + 8 });
    // the stack counts as one place in the box
    expect(getCluster(doc, c.id)!.h).toBe(clusterSize(1).h);
    // moving the base card moves its stack
    const other2 = createCluster(doc, query, { name: 'Anderes', cardIds: [other] });
    assignToCluster(doc, [base], other2.id);
    expect(listCards(doc).filter((x) => x.clusterId === other2.id)).toHaveLength(4);
    unstackCard(doc, dup2);
    expect(getCard(doc, dup2)!.stackedOn).toBeUndefined();
    expect(getCard(doc, dup2)!.clusterId).toBe(other2.id);
    expect(() => stackCard(doc, base, base)).toThrow();
    expect(() => stackCard(doc, base, dup1)).toThrow();
  });

  it('finds the cluster under a drop point', () => {
    const { doc } = boardWith('a');
    const c = createCluster(doc, query, { name: 'x' });
    expect(clusterAt(doc, query.id, c.x + 5, c.y + 5)?.id).toBe(c.id);
    expect(clusterAt(doc, query.id, c.x - 5, c.y)).toBeNull();
    expect(clusterAt(doc, 'other-query', c.x + 5, c.y + 5)).toBeNull();
    expect(STEP_Y).toBe(164);
  });
});
