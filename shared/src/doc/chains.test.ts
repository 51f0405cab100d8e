import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChainOp, chainsUsingActivity, chainText, chainTextKey, readChains, validateChain } from './chains.js';
import { buildExampleChain, EXAMPLE_EDGES, EXAMPLE_NODES } from './chains.fixture.js';
import { applyTextEdit } from './caseArtefacts.js';

let n = 0;
const newId = () => `id${++n}`;

function emptyChain() {
  const doc = new Y.Doc();
  const chainId = applyChainOp(doc, { op: 'createChain', title: 'Kette' }, newId).id!;
  const lane = (organisation: string) => applyChainOp(doc, { op: 'addLane', chainId, organisation }, newId).id!;
  const node = (laneId: string, kind: 'start' | 'step' | 'decision' | 'handover' | 'end', text = '') =>
    applyChainOp(doc, { op: 'addNode', chainId, laneId, kind, text }, newId).id!;
  const edge = (from: string, to: string, label = '') =>
    applyChainOp(doc, { op: 'addEdge', chainId, from, to, label }, newId).id!;
  const chain = () => readChains(doc).find((c) => c.id === chainId)!;
  return { doc, chainId, lane, node, edge, chain };
}

describe('chain operations', () => {
  it('adds lanes, nodes and edges; the example has 12 nodes in 5 lanes', () => {
    const doc = new Y.Doc();
    buildExampleChain(doc);
    const [chain] = readChains(doc);
    expect(chain!.lanes).toHaveLength(5);
    expect(chain!.nodes).toHaveLength(EXAMPLE_NODES.length);
    expect(chain!.edges).toHaveLength(EXAMPLE_EDGES.length);
    expect(chain!.nodes[0]).toMatchObject({ kind: 'start', text: 'Mutter meldet sich beim Jugendmigrationsdienst' });
    expect(chain!.nodes[3]!.handover).toEqual({ what: '', standard: '', lead: '' });
    expect(chain!.edges.filter((e) => e.interlocked)).toHaveLength(4);
    expect(validateChain(chain!)).toEqual([]);
  });

  it('moves a node between lanes, and deleting a lane takes its nodes, their edges and texts', () => {
    const { doc, chainId, lane, node, edge, chain } = emptyChain();
    const a = lane('Jobcenter');
    const b = lane('Jugendamt');
    const s = node(a, 'start', 'Anfang');
    const x = node(a, 'step', 'Beratung');
    const e = node(b, 'end', 'Ende');
    edge(s, x);
    edge(x, e);
    applyChainOp(doc, { op: 'moveNode', chainId, nodeId: x, laneId: b }, newId);
    expect(chain().nodes.find((k) => k.id === x)!.laneId).toBe(b);
    applyChainOp(doc, { op: 'removeLane', chainId, laneId: b }, newId);
    expect(chain().lanes.map((l) => l.organisation)).toEqual(['Jobcenter']);
    expect(chain().nodes.map((k) => k.id)).toEqual([s]);
    expect(chain().edges).toEqual([]);
    expect(chainText(doc, chainTextKey.node(chainId, x))).toBeNull();
    expect(() => applyChainOp(doc, { op: 'moveNode', chainId, nodeId: s, laneId: b }, newId)).toThrow(/no such lane/);
  });

  it('reorders lanes and refuses a second lane of the same organisation', () => {
    const { doc, chainId, lane, chain } = emptyChain();
    lane('A');
    lane('B');
    const c = lane('C');
    applyChainOp(doc, { op: 'moveLane', chainId, laneId: c, index: 0 }, newId);
    expect(chain().lanes.map((l) => l.organisation)).toEqual(['C', 'A', 'B']);
    expect(() => lane('c')).toThrow(/lane already/);
  });

  it('links and unlinks a goal-system activity; the goal system finds the chains that use it', () => {
    const { doc, chainId, lane, node, chain } = emptyChain();
    const step = node(lane('Jobcenter'), 'step', 'Profiling');
    const activity = { workshopId: 'w1', goalId: 'g7' };
    applyChainOp(doc, { op: 'linkActivity', chainId, nodeId: step, activity }, newId);
    expect(chainsUsingActivity(readChains(doc), 'w1', 'g7').map((u) => u.node.id)).toEqual([step]);
    applyChainOp(doc, { op: 'linkActivity', chainId, nodeId: step, activity: null }, newId);
    expect(chain().nodes[0]!.activity).toBeNull();
    expect(chainsUsingActivity(readChains(doc), 'w1', 'g7')).toEqual([]);
  });
});

describe('chain validation', () => {
  it('edges only between existing nodes, none into a start or out of an end, no loop on one node, one start', () => {
    const { doc, chainId, lane, node, edge } = emptyChain();
    const l = lane('Jobcenter');
    const s = node(l, 'start');
    const e = node(l, 'end');
    expect(() => edge(s, 'nope')).toThrow(/no such node/);
    const x = node(l, 'step');
    expect(() => edge(e, x)).toThrow(/out of an end/);
    expect(() => edge(x, s)).toThrow(/into a start/);
    expect(() => edge(x, x)).toThrow(/two nodes/);
    expect(() => node(l, 'start')).toThrow(/one start/);
    edge(s, x);
    expect(() => edge(s, x)).toThrow(/joined already/);
    expect(() => applyChainOp(doc, { op: 'setKind', chainId, nodeId: x, kind: 'start' }, newId)).toThrow(/one start/);
    expect(() => applyChainOp(doc, { op: 'addNode', chainId, laneId: l, kind: 'circle' as 'step' }, newId)).toThrow();
  });

  it('names a missing start or end, an end cut off from the start, and nodes nothing leads to', () => {
    const { lane, node, edge, chain } = emptyChain();
    expect(validateChain(chain())).toEqual([{ kind: 'noStart' }, { kind: 'noEnd' }]);
    const l = lane('Jobcenter');
    const s = node(l, 'start');
    const a = node(l, 'step');
    const e = node(l, 'end');
    edge(s, a);
    expect(validateChain(chain())).toEqual([{ kind: 'endUnreachable', nodeIds: [e] }]);
    const lost = node(l, 'step');
    edge(a, e);
    expect(validateChain(chain())).toEqual([{ kind: 'unreachable', nodeIds: [lost] }]);
  });
});

describe('editing at once', () => {
  it('bare replicas converge: structure on one, typing on both, a node removed while typed into', () => {
    const a = new Y.Doc();
    const { chainId, laneIds, nodeIds } = buildExampleChain(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyChainOp(a, { op: 'moveNode', chainId, nodeId: nodeIds[8]!, laneId: laneIds[3]! }, newId);
    applyChainOp(a, { op: 'removeNode', chainId, nodeId: nodeIds[6]! }, newId);
    applyChainOp(b, { op: 'addNode', chainId, laneId: laneIds[2]!, kind: 'step', text: 'Elterngespräch' }, newId);
    applyTextEdit(chainText(b, chainTextKey.node(chainId, nodeIds[1]!))!, 'Erstgespräch mit Dolmetscherin');
    applyTextEdit(chainText(b, chainTextKey.node(chainId, nodeIds[6]!))!, 'Therapie (wird entfernt)');
    applyTextEdit(chainText(a, chainTextKey.constellation(chainId))!, 'Mutter, Kind 4 Jahre');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    const [ca] = readChains(a);
    expect(readChains(b)).toEqual(readChains(a));
    expect(ca!.nodes.some((k) => k.id === nodeIds[6])).toBe(false);
    expect(ca!.nodes.find((k) => k.id === nodeIds[1])!.text).toBe('Erstgespräch mit Dolmetscherin');
    expect(ca!.nodes.find((k) => k.id === nodeIds[8])!.laneId).toBe(laneIds[3]);
    expect(ca!.nodes.some((k) => k.text === 'Elterngespräch')).toBe(true);
    expect(ca!.constellation).toBe('Mutter, Kind 4 Jahre');
    expect(ca!.edges.some((e) => e.from === nodeIds[6] || e.to === nodeIds[6])).toBe(false);
  });
});
