// The service chain of the method's example, in our own words: a young
// mother with a pre-school child, new in town, wants to work. 12 nodes in 5
// lanes — from the youth migration service's first talk to the integration
// course, with the youth office's childcare place in parallel and an
// optional therapy. Used by the unit, layout and browser tests.
import type * as Y from 'yjs';
import { applyChainOp } from './chains.js';
import type { ChainNodeKind } from '../model/chain.js';

export const EXAMPLE_LANES = [
  'Jugendmigrationsdienst',
  'Jobcenter',
  'Jugendamt',
  'Sprachkursträger',
  'Beratungsstelle',
] as const;

/** [lane index, kind, text] in the order the group would add them. */
export const EXAMPLE_NODES: [number, ChainNodeKind, string][] = [
  [0, 'start', 'Mutter meldet sich beim Jugendmigrationsdienst'],
  [0, 'step', 'Erstgespräch und Fallmanagement-Einschätzung'],
  [0, 'step', 'Hilfeplan mit der Mutter'],
  [0, 'handover', 'Übergabe an das Jobcenter mit Hilfeplan'],
  [1, 'step', 'Profiling im Jobcenter'],
  [1, 'decision', 'Therapiebedarf?'],
  [4, 'step', 'Therapie in der Beratungsstelle'],
  [1, 'step', 'Eingliederungsvereinbarung'],
  [2, 'step', 'Kita-Platz für das Kind'],
  [3, 'step', 'Integrationskurs mit Kinderbetreuung'],
  [3, 'step', 'Sprachprüfung B1'],
  [3, 'end', 'Mutter ist in Arbeit oder Ausbildung'],
];

/** [from, to, label, interlocked] by node index. */
export const EXAMPLE_EDGES: [number, number, string, boolean][] = [
  [0, 1, '', false],
  [1, 2, '', true],
  [2, 3, '', false],
  [3, 4, '', true],
  [4, 5, '', false],
  [5, 6, 'ja', false],
  [5, 7, 'nein', false],
  [6, 7, '', false],
  [3, 8, '', false],
  [7, 9, '', true],
  [8, 9, '', true],
  [9, 10, '', false],
  [10, 11, '', false],
];

/** Builds the example chain in a document; returns its id and the node ids in EXAMPLE_NODES order. */
export function buildExampleChain(doc: Y.Doc, prefix = 'x'): { chainId: string; laneIds: string[]; nodeIds: string[] } {
  let n = 0;
  const newId = () => `${prefix}${++n}`;
  const chainId = applyChainOp(doc, { op: 'createChain', title: 'Junge Mutter mit Vorschulkind' }, newId).id!;
  const laneIds = EXAMPLE_LANES.map(
    (organisation) => applyChainOp(doc, { op: 'addLane', chainId, organisation }, newId).id!,
  );
  const nodeIds = EXAMPLE_NODES.map(
    ([lane, kind, text]) =>
      applyChainOp(doc, { op: 'addNode', chainId, laneId: laneIds[lane]!, kind, text }, newId).id!,
  );
  for (const [from, to, label, interlocked] of EXAMPLE_EDGES)
    applyChainOp(doc, { op: 'addEdge', chainId, from: nodeIds[from]!, to: nodeIds[to]!, label, interlocked }, newId);
  return { chainId, laneIds, nodeIds };
}
