// A service chain drawn as swim lanes: one band per organisation, the flow
// from left to right, laid out automatically (layout.ts). The SVG carries
// everything it needs (attributes only, its own markers, a white ground and,
// given the legend's words, the legend), so that serialising the element
// gives a standalone file that looks the same.
import { useEffect, useId, useState, type Ref } from 'react';
import type { Chain } from '@nws/shared';
import { layoutChain, type ChainLayout, type LayoutInput } from './layout';
import { colors, DiagramDefs, EdgeStroke, FONT_FAMILY, INK, NodeSymbol, TextLines } from './diagramParts';
import { LegendItems, legendLayout, type DiagramLabels } from './diagramLegend';
import { EDGE_LABEL_FONT } from './layoutText';

export type { DiagramLabels } from './diagramLegend';

/** What the layout depends on, as a string: the chain is re-read (a new object) on every change of its document. */
function layoutKey(chain: LayoutInput): string {
  return JSON.stringify({
    lanes: chain.lanes.map(({ id, organisation }) => ({ id, organisation })),
    nodes: chain.nodes.map(({ id, kind, laneId, text }) => ({ id, kind, laneId, text })),
    edges: chain.edges.map(({ id, from, to, label, interlocked }) => ({ id, from, to, label, interlocked })),
  });
}

/** The chain's layout, recomputed when its lanes, nodes or edges change (null until the first is ready). */
export function useChainLayout(chain: LayoutInput): ChainLayout | null {
  const key = layoutKey(chain);
  const [state, setState] = useState<{ key: string; layout: ChainLayout } | null>(null);
  useEffect(() => {
    let live = true;
    layoutChain(JSON.parse(key) as LayoutInput).then(
      (layout) => {
        if (live) setState({ key, layout });
      },
      (err: unknown) => {
        console.error('chain layout failed', err);
        if (live) setState(null);
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state?.layout ?? null;
}

/** The text alternative: the case constellation, then each lane's organisation with its nodes' texts. */
function description(constellation: string, layout: ChainLayout): string {
  const lanes = layout.lanes.map((lane) => {
    const texts = layout.nodes
      .filter((n) => n.laneId === lane.id && n.text.trim())
      .sort((a, b) => a.column - b.column)
      .map((n) => n.text.trim());
    return texts.length ? `${lane.organisation}: ${texts.join(', ')}` : lane.organisation;
  });
  return [constellation.trim(), ...lanes].filter(Boolean).join('; ');
}

function Lanes({ layout }: { layout: ChainLayout }) {
  return (
    <g>
      {layout.lanes.map((lane, i) => (
        <g key={lane.id} data-lane={lane.id}>
          <rect x={0} y={lane.y} width={layout.width} height={lane.height} fill={colors.bands[i % 2]} />
          <rect x={0} y={lane.y} width={layout.headerWidth} height={lane.height} fill={colors.headers[i % 2]} />
          <line
            x1={0}
            x2={layout.width}
            y1={lane.y + lane.height - 0.5}
            y2={lane.y + lane.height - 0.5}
            stroke={colors.rule}
          />
          <TextLines block={lane.label} weight={600} />
        </g>
      ))}
      {layout.lanes.length > 0 && (
        <line
          x1={layout.headerWidth - 0.5}
          x2={layout.headerWidth - 0.5}
          y1={0}
          y2={layout.height}
          stroke={colors.rule}
        />
      )}
    </g>
  );
}

function Nodes({ layout }: { layout: ChainLayout }) {
  return (
    <g>
      {layout.nodes.map((n) => (
        <g key={n.id} data-node={n.id} data-kind={n.kind}>
          <title>{n.text}</title>
          <NodeSymbol kind={n.kind} box={n.shape} />
          <TextLines block={n.label} />
        </g>
      ))}
    </g>
  );
}

function Edges({ layout, uid }: { layout: ChainLayout; uid: string }) {
  return (
    <g>
      {layout.edges.map((e) => (
        <g key={e.id} data-edge={e.id} data-interlocked={e.interlocked || undefined}>
          <EdgeStroke points={e.points} interlocked={e.interlocked} uid={uid} />
        </g>
      ))}
      {layout.edges.map(
        (e) =>
          e.labelAt && (
            <text
              key={e.id}
              x={e.labelAt.x}
              y={e.labelAt.y}
              fontSize={EDGE_LABEL_FONT}
              fill={INK}
              stroke={colors.background}
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {e.label}
            </text>
          ),
      )}
    </g>
  );
}

export interface ChainSvgProps {
  layout: ChainLayout;
  chain: Pick<Chain, 'title' | 'constellation'>;
  /** The accessible name (default: the chain's title). */
  title?: string;
  /** The legend's words; without them the SVG has no legend. */
  labels?: DiagramLabels;
  svgRef?: Ref<SVGSVGElement>;
}

/** The diagram as one standalone SVG element (serialise it for an export). */
export function ChainSvg({ layout, chain, title, labels, svgRef }: ChainSvgProps) {
  const uid = `chain${useId().replace(/[^\w-]/g, '')}`;
  const legend = labels ? legendLayout(labels, Math.max(layout.width, 360)) : null;
  const width = Math.max(layout.width, legend?.width ?? 0);
  const height = layout.height + (legend?.height ?? 0);
  return (
    <svg
      ref={svgRef}
      role="img"
      aria-labelledby={`${uid}-title`}
      aria-describedby={`${uid}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
    >
      <title id={`${uid}-title`}>{title ?? chain.title}</title>
      <desc id={`${uid}-desc`}>{description(chain.constellation, layout)}</desc>
      <DiagramDefs uid={uid} />
      <rect x={0} y={0} width={width} height={height} fill={colors.background} />
      <Lanes layout={layout} />
      <Edges layout={layout} uid={uid} />
      <Nodes layout={layout} />
      {labels && legend && <LegendItems labels={labels} placement={legend} top={layout.height} uid={uid} />}
    </svg>
  );
}

export interface ChainDiagramProps {
  chain: Chain;
  title?: string;
  labels?: DiagramLabels;
  svgRef?: Ref<SVGSVGElement>;
}

/** The chain's diagram, laid out in the background and redrawn when the chain changes. */
export function ChainDiagram({ chain, title, labels, svgRef }: ChainDiagramProps) {
  const layout = useChainLayout(chain);
  if (!layout) return <div aria-busy="true" style={{ minHeight: 96 }} />;
  return <ChainSvg layout={layout} chain={chain} title={title} labels={labels} svgRef={svgRef} />;
}
