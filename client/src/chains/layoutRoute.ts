// Orthogonal edge routing for the chain layout, after the nodes sit in their
// lanes' bands. Every edge leaves its source's right side and enters its
// target's left side. Vertical segments run only in the gaps between columns
// (which hold no nodes), each edge in its own slot of a gap; horizontal ones
// at a port's height (where no node is in the way) or, for edges going back
// or around, on a track in the bottom padding of the source's lane (which
// holds no nodes either).
import type { ChainNodeKind } from '@nws/shared';
import type { Box, Point } from './layoutTypes';

export interface PlacedNode {
  id: string;
  kind: ChainNodeKind;
  lane: number;
  col: number;
  /** Footprint and symbol, absolute. */
  box: Box;
  shape: Box;
}

export interface RouteEdge {
  id: string;
  from: string;
  to: string;
  label: string;
}

export type Plan =
  | { kind: 'direct' }
  | { kind: 'gap'; gap: number }
  | { kind: 'track'; gapA: number; gapB: number; lane: number; track: number };

/** Vertical offsets of an edge's ports from its source's and target's centre lines. */
export interface PortOffsets {
  out: number;
  in: number;
}

/** Gap g lies between column g and g + 1 (-1: before the first column). */
export interface GapGeometry {
  start: (g: number) => number;
  width: (g: number) => number;
  leftPad: (g: number) => number;
  trackY: (lane: number, track: number) => number;
}

export const SLOT = 12;
export const GAP_RIGHT_PAD = 16;
const CLEARANCE = 4;

const centreY = (n: PlacedNode) => n.shape.y + n.shape.height / 2;

function spread(count: number, span: number): number[] {
  if (count <= 1) return count ? [0] : [];
  const step = Math.min(20, (2 * span) / (count - 1));
  return Array.from({ length: count }, (_, i) => Math.round((i - (count - 1) / 2) * step));
}

function portSpan(n: PlacedNode): number {
  if (n.kind === 'start' || n.kind === 'end') return 12;
  if (n.kind === 'decision') return n.shape.height / 4;
  return Math.max(0, n.shape.height / 2 - 8);
}

/** Spreads a node's outgoing (and incoming) edges over its right (left) side, ordered by the other end's height. */
export function portOffsets(edges: RouteEdge[], nodes: Map<string, PlacedNode>): Map<string, PortOffsets> {
  const result = new Map(edges.map((e) => [e.id, { out: 0, in: 0 }]));
  const order = (other: (e: RouteEdge) => PlacedNode) => (a: RouteEdge, b: RouteEdge) =>
    centreY(other(a)) - centreY(other(b)) || other(a).col - other(b).col || a.id.localeCompare(b.id);
  for (const n of nodes.values()) {
    const outs = edges.filter((e) => e.from === n.id).sort(order((e) => nodes.get(e.to)!));
    const ins = edges.filter((e) => e.to === n.id).sort(order((e) => nodes.get(e.from)!));
    spread(outs.length, portSpan(n)).forEach((dy, i) => (result.get(outs[i]!.id)!.out = dy));
    spread(ins.length, portSpan(n)).forEach((dy, i) => (result.get(ins[i]!.id)!.in = dy));
  }
  return result;
}

/** Chooses each edge's way (edges in id order; track numbers per lane in that order). */
export function planEdges(
  edges: RouteEdge[],
  nodes: Map<string, PlacedNode>,
  ports: Map<string, PortOffsets>,
): Map<string, Plan> {
  const all = [...nodes.values()];
  const free = (y: number, c1: number, c2: number) =>
    !all.some((n) => n.col > c1 && n.col < c2 && y >= n.box.y - CLEARANCE && y <= n.box.y + n.box.height + CLEARANCE);
  const tracks = new Map<number, number>();
  const plans = new Map<string, Plan>();
  for (const e of edges) {
    const s = nodes.get(e.from)!;
    const t = nodes.get(e.to)!;
    const sy = centreY(s) + ports.get(e.id)!.out;
    const ty = centreY(t) + ports.get(e.id)!.in;
    let plan: Plan;
    if (t.col > s.col && sy === ty && free(sy, s.col, t.col)) plan = { kind: 'direct' };
    else if (t.col === s.col + 1) plan = { kind: 'gap', gap: s.col };
    else if (t.col > s.col && free(sy, s.col, t.col)) plan = { kind: 'gap', gap: t.col - 1 };
    else if (t.col > s.col && free(ty, s.col, t.col)) plan = { kind: 'gap', gap: s.col };
    else {
      const track = tracks.get(s.lane) ?? 0;
      tracks.set(s.lane, track + 1);
      plan = { kind: 'track', gapA: s.col, gapB: t.col - 1, lane: s.lane, track };
    }
    plans.set(e.id, plan);
  }
  return plans;
}

/** The gaps each plan needs a vertical slot in. */
export function slotsNeeded(plans: Iterable<Plan>): Map<number, number> {
  const count = new Map<number, number>();
  const add = (g: number) => count.set(g, (count.get(g) ?? 0) + 1);
  for (const p of plans) {
    if (p.kind === 'gap') add(p.gap);
    if (p.kind === 'track') {
      add(p.gapA);
      add(p.gapB);
    }
  }
  return count;
}

/** Where a horizontal at dy from the symbol's centre line meets its left (side -1) or right (side 1) border. */
function borderX(n: PlacedNode, dy: number, side: 1 | -1): number {
  const s = n.shape;
  const half = s.width / 2;
  const cx = s.x + half;
  if (n.kind === 'start' || n.kind === 'end') return cx + side * Math.sqrt(Math.max(0, half * half - dy * dy));
  if (n.kind === 'decision') return cx + side * half * (1 - Math.abs(dy) / (s.height / 2));
  return side > 0 ? s.x + s.width : s.x;
}

/** Drops repeated points and bends that are none (three points on one line). */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out.at(-2);
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y)))
      out.pop();
    out.push(p);
  }
  return out;
}

interface Vertical {
  edge: string;
  gap: number;
  y1: number;
  y2: number;
  /** 0: going back (leaves the gap to the left), 1: down, 2: up, 3: coming back (arrives from the right). */
  group: number;
}

/** The polylines and label positions, with the final node positions and gap geometry. */
export function routeEdges(
  edges: RouteEdge[],
  nodes: Map<string, PlacedNode>,
  ports: Map<string, PortOffsets>,
  plans: Map<string, Plan>,
  gaps: GapGeometry,
): Map<string, { points: Point[]; labelAt: Point | null }> {
  const ends = (e: RouteEdge) => {
    const s = nodes.get(e.from)!;
    const t = nodes.get(e.to)!;
    const { out, in: inn } = ports.get(e.id)!;
    const sy = centreY(s) + out;
    const ty = centreY(t) + inn;
    return { S: { x: borderX(s, out, 1), y: sy }, T: { x: borderX(t, inn, -1), y: ty }, out };
  };
  const verticals: Vertical[] = [];
  for (const e of edges) {
    const plan = plans.get(e.id)!;
    const { S, T } = ends(e);
    if (plan.kind === 'gap') verticals.push({ edge: e.id, gap: plan.gap, y1: S.y, y2: T.y, group: T.y >= S.y ? 1 : 2 });
    if (plan.kind === 'track') {
      const y = gaps.trackY(plan.lane, plan.track);
      verticals.push({ edge: e.id, gap: plan.gapA, y1: S.y, y2: y, group: 0 });
      verticals.push({ edge: e.id, gap: plan.gapB, y1: y, y2: T.y, group: 3 });
    }
  }
  const slotX = new Map<string, number>();
  const byGap = new Map<number, Vertical[]>();
  for (const v of verticals) byGap.set(v.gap, [...(byGap.get(v.gap) ?? []), v]);
  for (const [gap, list] of byGap) {
    // Fewest crossings for edges going down: the lower start to the left; going up: the higher start.
    list.sort(
      (a, b) =>
        a.group - b.group || (a.group === 1 ? b.y1 - a.y1 : a.y1 - b.y1) || a.y2 - b.y2 || a.edge.localeCompare(b.edge),
    );
    const room = gaps.width(gap) - gaps.leftPad(gap) - GAP_RIGHT_PAD - (list.length - 1) * SLOT;
    const first = gaps.start(gap) + gaps.leftPad(gap) + Math.max(0, Math.floor(room / 2));
    list.forEach((v, i) => slotX.set(`${v.edge}@${gap}`, first + i * SLOT));
  }
  const result = new Map<string, { points: Point[]; labelAt: Point | null }>();
  for (const e of edges) {
    const plan = plans.get(e.id)!;
    const { S, T, out } = ends(e);
    let points: Point[];
    if (plan.kind === 'direct') points = [S, T];
    else if (plan.kind === 'gap') {
      const x = slotX.get(`${e.id}@${plan.gap}`)!;
      points = [S, { x, y: S.y }, { x, y: T.y }, T];
    } else {
      const xa = slotX.get(`${e.id}@${plan.gapA}`)!;
      const xb = slotX.get(`${e.id}@${plan.gapB}`)!;
      const y = gaps.trackY(plan.lane, plan.track);
      points = [S, { x: xa, y: S.y }, { x: xa, y }, { x: xb, y }, { x: xb, y: T.y }, T];
    }
    points = simplify(points);
    const labelAt = e.label ? { x: S.x + 6, y: out > 0 ? S.y + 13 : S.y - 5 } : null;
    result.set(e.id, { points, labelAt });
  }
  return result;
}
