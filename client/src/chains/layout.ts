// The automatic layout of a service chain: swim lanes as horizontal bands
// (one per organisation, in lane order), the flow from left to right.
//
// ELK's layered algorithm (elkjs, loaded on first use) decides the columns:
// which layer each node goes in and the order of the nodes within a layer.
// Everything else is placed here: the columns' x, the lanes' bands (a band
// grows to stack the nodes that share a column in its lane), each node inside
// its band, and the edges, routed orthogonally in the gaps between columns
// (ELK's own routes no longer fit once the nodes are moved into their bands).
// Deterministic: the same chain gives the same layout.
import type { ChainEdge, ChainLane, ChainNode } from '@nws/shared';
import {
  headerWidthFor,
  laneLabelLines,
  NODE_FONT,
  NODE_LINE,
  sizeNode,
  textWidth,
  EDGE_LABEL_FONT,
  type NodeGeometry,
} from './layoutText';
import { GAP_RIGHT_PAD, planEdges, portOffsets, routeEdges, SLOT, slotsNeeded, type PlacedNode } from './layoutRoute';
import { columnsOf } from './layoutElk';
import type { ChainLayout, ChainLayoutLane, ChainLayoutNode, ChainLayoutOptions } from './layoutTypes';

export type * from './layoutTypes';

/** What the layout reads of a chain (a Chain will do). */
export interface LayoutInput {
  lanes: ChainLane[];
  nodes: Pick<ChainNode, 'id' | 'kind' | 'laneId' | 'text'>[];
  edges: ChainEdge[];
}
type LayoutNode = LayoutInput['nodes'][number];

/** Padding above and below a band's nodes; nodes stacked in one column of a lane; tracks for edges going around. */
const BAND_PAD = 16;
const STACK_GAP = 16;
const TRACK = 8;
const MIN_CONTENT = 48;
const MIN_BODY = 320;
const GAP_MIN = 48;
const OUTER_GAP_MIN = 20;
const GAP_LEFT_PAD = 16;

interface Band {
  y: number;
  height: number;
  contentBottom: number;
}

/** Stacks the lanes' bands top to bottom and each node's top inside its band. */
function placeBands(
  lanes: ChainLane[],
  nodes: LayoutNode[],
  sizes: Map<string, NodeGeometry>,
  cols: Map<string, { col: number; rank: number }>,
  headerLines: string[][],
  tracks: (lane: number) => number,
): { bands: Band[]; top: Map<string, number> } {
  const bands: Band[] = [];
  const top = new Map<string, number>();
  let y = 0;
  lanes.forEach((lane, li) => {
    const groups = new Map<number, LayoutNode[]>();
    for (const n of nodes.filter((n) => n.laneId === lane.id)) {
      const c = cols.get(n.id)!.col;
      groups.set(c, [...(groups.get(c) ?? []), n]);
    }
    const headerH = headerLines[li]!.length * NODE_LINE;
    // The lane's centre line (from the content's top): single nodes sit on it, stacks are centred on it.
    let axis = Math.ceil(Math.max(MIN_CONTENT, headerH) / 2);
    const stackH = (g: LayoutNode[]) => g.reduce((h, n) => h + sizes.get(n.id)!.height, 0) + STACK_GAP * (g.length - 1);
    for (const g of groups.values())
      axis = Math.max(axis, g.length === 1 ? sizes.get(g[0]!.id)!.axis : Math.ceil(stackH(g) / 2));
    const contentTop = y + BAND_PAD;
    let contentH = Math.max(MIN_CONTENT, headerH, 2 * axis);
    for (const g of groups.values()) {
      g.sort((a, b) => cols.get(a.id)!.rank - cols.get(b.id)!.rank || a.id.localeCompare(b.id));
      let t = g.length === 1 ? axis - sizes.get(g[0]!.id)!.axis : axis - Math.ceil(stackH(g) / 2);
      for (const n of g) {
        top.set(n.id, contentTop + t);
        t += sizes.get(n.id)!.height + STACK_GAP;
      }
      contentH = Math.max(contentH, t - STACK_GAP);
    }
    const height = BAND_PAD + contentH + BAND_PAD + tracks(li) * TRACK;
    bands.push({ y, height, contentBottom: contentTop + contentH });
    y += height;
  });
  return { bands, top };
}

/**
 * Lays a chain out: its lanes as bands, its nodes in columns from ELK and inside their bands, its edges routed
 * orthogonally. Nodes in a lane that no longer exists, and edges to missing nodes, loops and repeats, are left out.
 */
export async function layoutChain(chain: LayoutInput, opts: ChainLayoutOptions = {}): Promise<ChainLayout> {
  const headerWidth = headerWidthFor(
    chain.lanes.map((l) => l.organisation),
    opts.headerWidth ?? 156,
  );
  const laneIndex = new Map(chain.lanes.map((l, i) => [l.id, i]));
  const nodes = chain.nodes.filter((n) => laneIndex.has(n.laneId));
  const known = new Set(nodes.map((n) => n.id));
  const pairs = new Set<string>();
  const edges = chain.edges
    .filter((e) => e.from !== e.to && known.has(e.from) && known.has(e.to))
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((e) => !pairs.has(`${e.from}>${e.to}`) && pairs.add(`${e.from}>${e.to}`));
  const sizes = new Map(nodes.map((n) => [n.id, sizeNode(n.kind, n.text)]));
  const cols = nodes.length ? await columnsOf(nodes, edges, sizes) : new Map<string, { col: number; rank: number }>();
  const columns = nodes.length ? Math.max(...[...cols.values()].map((c) => c.col)) + 1 : 0;
  const headerLines = chain.lanes.map((l) => laneLabelLines(l.organisation, headerWidth));

  const placedAt = (top: Map<string, number>, colX: (c: number) => number, colW: (c: number) => number) =>
    new Map(
      nodes.map((n): [string, PlacedNode] => {
        const s = sizes.get(n.id)!;
        const col = cols.get(n.id)!.col;
        const box = {
          x: colX(col) + Math.floor((colW(col) - s.width) / 2),
          y: top.get(n.id)!,
          width: s.width,
          height: s.height,
        };
        const shape = { ...s.shape, x: box.x + s.shape.x, y: box.y + s.shape.y };
        return [n.id, { id: n.id, kind: n.kind, lane: laneIndex.get(n.laneId)!, col, box, shape }];
      }),
    );

  // First pass (no tracks, x not yet known): the ports and each edge's way. Neither depends on the
  // bands' extra tracks or the gaps' widths, only on the order of things.
  const first = placeBands(chain.lanes, nodes, sizes, cols, headerLines, () => 0);
  const provisional = placedAt(
    first.top,
    () => 0,
    () => 0,
  );
  const ports = portOffsets(edges, provisional);
  const plans = planEdges(edges, provisional, ports);

  // Columns and gaps from left to right.
  const colWidth = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...nodes.filter((n) => cols.get(n.id)!.col === c).map((n) => sizes.get(n.id)!.width)),
  );
  const slots = slotsNeeded(plans.values());
  const labelRoom = new Map<number, number>();
  for (const e of edges)
    if (e.label) {
      const c = cols.get(e.from)!.col;
      labelRoom.set(c, Math.max(labelRoom.get(c) ?? 0, Math.ceil(textWidth(e.label, EDGE_LABEL_FONT)) + 14));
    }
  const leftPad = (g: number) => Math.max(g < 0 ? 12 : GAP_LEFT_PAD, labelRoom.get(g) ?? 0);
  const gapWidth = (g: number) => {
    const n = slots.get(g) ?? 0;
    const min = g < 0 || g === columns - 1 ? OUTER_GAP_MIN : GAP_MIN;
    return Math.max(
      min,
      n ? leftPad(g) + (n - 1) * SLOT + GAP_RIGHT_PAD : 0,
      labelRoom.has(g) ? leftPad(g) + GAP_RIGHT_PAD : 0,
    );
  };
  const gapStart = new Map<number, number>();
  const colX: number[] = [];
  let x = headerWidth;
  for (let g = -1; g < columns; g++) {
    if (g >= 0) {
      colX.push(x);
      x += colWidth[g]!;
    }
    gapStart.set(g, x);
    x += gapWidth(g);
  }
  const width = Math.max(x, headerWidth + MIN_BODY);

  // Second pass: the bands with their tracks, the nodes in place, the edges routed.
  const trackCount = new Map<number, number>();
  for (const p of plans.values())
    if (p.kind === 'track') trackCount.set(p.lane, Math.max(trackCount.get(p.lane) ?? 0, p.track + 1));
  const { bands, top } = placeBands(chain.lanes, nodes, sizes, cols, headerLines, (l) => trackCount.get(l) ?? 0);
  const placed = placedAt(
    top,
    (c) => colX[c]!,
    (c) => colWidth[c]!,
  );
  const routes = routeEdges(edges, placed, ports, plans, {
    start: (g) => gapStart.get(g)!,
    width: gapWidth,
    leftPad,
    trackY: (lane, track) => bands[lane]!.contentBottom + TRACK + track * TRACK,
  });

  const lanes = chain.lanes.map((l, i): ChainLayoutLane => {
    const b = bands[i]!;
    const lines = headerLines[i]!;
    const textY = b.y + Math.round((b.height - lines.length * NODE_LINE) / 2) + 13;
    return {
      id: l.id,
      organisation: l.organisation,
      y: b.y,
      height: b.height,
      label: { x: 12, y: textY, anchor: 'start', lines, fontSize: NODE_FONT, lineHeight: NODE_LINE },
    };
  });
  const layoutNodes = nodes.map((n): ChainLayoutNode => {
    const p = placed.get(n.id)!;
    const label = sizes.get(n.id)!.label;
    return {
      id: n.id,
      kind: n.kind,
      laneId: n.laneId,
      text: n.text,
      column: p.col,
      ...p.box,
      shape: p.shape,
      label: { ...label, x: p.box.x + label.x, y: p.box.y + label.y },
    };
  });
  return {
    width,
    height: bands.at(-1) ? bands.at(-1)!.y + bands.at(-1)!.height : 0,
    headerWidth,
    columns,
    lanes,
    nodes: layoutNodes,
    edges: edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      label: e.label,
      interlocked: e.interlocked,
      ...routes.get(e.id)!,
    })),
  };
}
