// ELK's part of the chain layout: the columns. elkjs's layered algorithm
// (Sugiyama style: cycle breaking, layering by network simplex, crossing
// minimisation) assigns each node a layer, left to right, and an order within
// the layer; layout.ts then places the nodes in their lanes' bands itself.
// The bundled build runs without a web worker, in Node and in the browser; it
// is imported on first use, so that bundlers put it in a chunk of its own.
import type { ChainEdge, ChainNodeKind } from '@nws/shared';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

let elk: Promise<ELK> | null = null;

/** ELK, bundled (no web worker): one instance, loaded on first use so that it is a chunk of its own. */
function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const Ctor = m.default as unknown as { new (): ELK; default?: new () => ELK };
    return typeof Ctor.default === 'function' ? new Ctor.default() : new Ctor();
  });
  return elk;
}

const ELK_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.separateConnectedComponents': 'false',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.randomSeed': '1',
};

/** Column (ELK's layer) and rank within it for each node. */
export async function columnsOf(
  nodes: { id: string; kind: ChainNodeKind }[],
  edges: Pick<ChainEdge, 'id' | 'from' | 'to'>[],
  sizes: Map<string, { width: number; height: number }>,
): Promise<Map<string, { col: number; rank: number }>> {
  const graph: ElkNode = {
    id: 'chain',
    layoutOptions: ELK_OPTIONS,
    children: nodes.map((n) => ({
      id: n.id,
      width: sizes.get(n.id)!.width,
      height: sizes.get(n.id)!.height,
      // The start always in the first column, ends in the last.
      ...(n.kind === 'start' || n.kind === 'end'
        ? { layoutOptions: { 'elk.layered.layering.layerConstraint': n.kind === 'start' ? 'FIRST' : 'LAST' } }
        : {}),
    })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  };
  const laid = await (await loadElk()).layout(graph);
  // A layer's nodes share an x range; layers do not overlap.
  const placed = (laid.children ?? [])
    .map((c) => ({ id: c.id, x: c.x ?? 0, right: (c.x ?? 0) + (c.width ?? 0), y: c.y ?? 0 }))
    .sort((a, b) => a.x - b.x || a.y - b.y || a.id.localeCompare(b.id));
  const result = new Map<string, { col: number; rank: number }>();
  let col = -1;
  let right = -Infinity;
  for (const p of placed) {
    if (p.x >= right) {
      col++;
      right = p.right;
    } else right = Math.max(right, p.right);
    result.set(p.id, { col, rank: p.y });
  }
  return result;
}
