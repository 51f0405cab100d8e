// The drawing's pieces, shared by the diagram and its legend: arrowheads,
// the node symbols (start and end circles, step box, decision diamond,
// hand-over box with a double border and an arrow mark), edges and lines of
// text. Attributes only (no stylesheet), so that an exported SVG looks the same.
import type { ChainNodeKind } from '@nws/shared';
import type { Box, Point, TextBlock } from './layoutTypes';

export const FONT_FAMILY = 'system-ui, sans-serif';
export const INK = '#1f2a37';
export const colors = {
  background: '#ffffff',
  bands: ['#f6f8fb', '#ffffff'],
  headers: ['#e9eef5', '#f1f4f8'],
  rule: '#cfd7e2',
  event: { fill: '#e3f3e3', stroke: '#2f7a3a' },
  step: { fill: '#ffffff', stroke: '#5b6b7d' },
  decision: { fill: '#fff3d6', stroke: '#a86f00' },
  handover: { fill: '#e8effc', stroke: '#2f5fa8' },
  sequence: '#44505e',
  interlocked: '#7a2e8e',
};

/** The path stops this far before the target; the arrowhead reaches it. */
const ARROW = 9;

export const markerIds = (uid: string) => ({ sequence: `${uid}-arrow`, interlocked: `${uid}-arrow-interlocked` });

export function DiagramDefs({ uid }: { uid: string }) {
  const ids = markerIds(uid);
  return (
    <defs>
      <marker
        id={ids.sequence}
        viewBox="0 0 10 8"
        refX="1"
        refY="4"
        markerWidth="10"
        markerHeight="8"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M0,0 L10,4 L0,8 z" fill={colors.sequence} />
      </marker>
      <marker
        id={ids.interlocked}
        viewBox="0 0 12 12"
        refX="3"
        refY="6"
        markerWidth="12"
        markerHeight="12"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M0,0 L12,6 L0,12 z" fill={colors.interlocked} />
      </marker>
    </defs>
  );
}

/** A node's symbol drawn into its box (the circle's or diamond's bounding box). */
export function NodeSymbol({ kind, box }: { kind: ChainNodeKind; box: Box }) {
  const { x, y, width: w, height: h } = box;
  const cx = x + w / 2;
  const cy = y + h / 2;
  if (kind === 'start' || kind === 'end') {
    // The end as in BPMN: a thick border.
    const thick = kind === 'end' ? Math.max(2, w / 14) : 1.5;
    return (
      <circle
        cx={cx}
        cy={cy}
        r={w / 2 - (kind === 'end' ? thick / 2 : 0)}
        fill={colors.event.fill}
        stroke={colors.event.stroke}
        strokeWidth={thick}
      />
    );
  }
  if (kind === 'decision')
    return (
      <polygon
        points={`${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}`}
        fill={colors.decision.fill}
        stroke={colors.decision.stroke}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
    );
  if (kind === 'handover') {
    const inset = Math.min(4, h / 6);
    const r = x + w - inset;
    return (
      <g stroke={colors.handover.stroke}>
        <rect x={x} y={y} width={w} height={h} rx={3} fill={colors.handover.fill} strokeWidth={1.5} />
        <rect
          x={x + inset}
          y={y + inset}
          width={w - 2 * inset}
          height={h - 2 * inset}
          rx={2}
          fill="none"
          strokeWidth={1}
        />
        <path d={`M${r - 15},${cy} H${r - 7}`} strokeWidth={2} />
        <path
          d={`M${r - 9},${cy - 4} L${r - 4},${cy} L${r - 9},${cy + 4} z`}
          fill={colors.handover.stroke}
          strokeWidth={1}
        />
      </g>
    );
  }
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      rx={Math.min(8, h / 3)}
      fill={colors.step.fill}
      stroke={colors.step.stroke}
      strokeWidth={1.5}
    />
  );
}

/** The polyline as a path, its last segment shortened so that the arrowhead's tip lands on the end point. */
function pathData(points: Point[]): string {
  const pts = points.map((p) => ({ ...p }));
  const last = pts.at(-1);
  const before = pts.at(-2);
  if (last && before) {
    const cut = Math.min(ARROW, Math.abs(last.x - before.x) + Math.abs(last.y - before.y));
    last.x -= Math.sign(last.x - before.x) * cut;
    last.y -= Math.sign(last.y - before.y) * cut;
  }
  const r = (v: number) => Math.round(v * 10) / 10;
  return pts.map((p, i) => `${i ? 'L' : 'M'}${r(p.x)},${r(p.y)}`).join(' ');
}

/** An edge: a plain line (sequence) or, when interlocked, a double line with a larger arrowhead. */
export function EdgeStroke({ points, interlocked, uid }: { points: Point[]; interlocked: boolean; uid: string }) {
  const d = pathData(points);
  const ids = markerIds(uid);
  if (!interlocked)
    return (
      <path
        d={d}
        fill="none"
        stroke={colors.sequence}
        strokeWidth={1.5}
        strokeLinejoin="round"
        markerEnd={`url(#${ids.sequence})`}
      />
    );
  return (
    <g fill="none">
      <path d={d} stroke={colors.interlocked} strokeWidth={5} markerEnd={`url(#${ids.interlocked})`} />
      <path d={d} stroke={colors.background} strokeWidth={1.6} />
    </g>
  );
}

/** Lines of text, one tspan each. */
export function TextLines({ block, weight, fill = INK }: { block: TextBlock; weight?: number; fill?: string }) {
  if (!block.lines.length) return null;
  return (
    <text x={block.x} y={block.y} textAnchor={block.anchor} fontSize={block.fontSize} fontWeight={weight} fill={fill}>
      {block.lines.map((line, i) => (
        <tspan key={i} x={block.x} y={block.y + i * block.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
