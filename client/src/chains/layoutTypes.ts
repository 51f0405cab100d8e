// The geometry of a laid-out service chain (layout.ts computes it, the SVG
// components draw it). All coordinates in SVG user units, origin top left;
// the flow runs left to right, one horizontal band per lane.
import type { ChainNodeKind } from '@nws/shared';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Lines of text: `x` is the anchor (centre for 'middle', left edge for 'start'), `y` the first line's baseline. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: 'start' | 'middle';
  lines: string[];
  fontSize: number;
  lineHeight: number;
}

export interface ChainLayoutLane {
  id: string;
  organisation: string;
  /** The band: full width, from y to y + height. */
  y: number;
  height: number;
  /** The organisation's name in the header column (x 0 … headerWidth). */
  label: TextBlock;
}

export interface ChainLayoutNode extends Box {
  /** x, y, width, height: the node's whole footprint (symbol and its text), inside its lane's band. */
  id: string;
  kind: ChainNodeKind;
  laneId: string;
  text: string;
  /** The column (layer) from left to right. */
  column: number;
  /** The drawn symbol: the circle's (start, end) or diamond's (decision) bounding box, or the box. */
  shape: Box;
  label: TextBlock;
}

export interface ChainLayoutEdge {
  id: string;
  from: string;
  to: string;
  label: string;
  interlocked: boolean;
  /** Orthogonal polyline from the source's border to the target's border (the arrowhead's tip). */
  points: Point[];
  /** Where the branch label starts (text-anchor start, baseline), or null without a label. */
  labelAt: Point | null;
}

export interface ChainLayout {
  width: number;
  height: number;
  headerWidth: number;
  columns: number;
  lanes: ChainLayoutLane[];
  nodes: ChainLayoutNode[];
  edges: ChainLayoutEdge[];
}

export interface ChainLayoutOptions {
  /** Least width of the header column with the organisations' names (default 156; wider for a long word, up to 240). */
  headerWidth?: number;
}
