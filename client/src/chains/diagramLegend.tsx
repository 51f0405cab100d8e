// The legend's entries (start, step, decision, hand-over, end, sequence and
// interlocked edge), drawn with the diagram's own symbols, in rows that wrap
// at a given width. Used inside the diagram's SVG (so that an export carries
// it).
import type { ChainNodeKind } from '@nws/shared';
import { EdgeStroke, NodeSymbol, TextLines } from './diagramParts';
import { textWidth } from './layoutText';

/** The legend's words, in the reader's language (the caller's i18n texts). */
export interface DiagramLabels {
  start: string;
  step: string;
  decision: string;
  handover: string;
  end: string;
  sequence: string;
  interlocked: string;
}

const ENTRIES = ['start', 'step', 'decision', 'handover', 'end', 'sequence', 'interlocked'] as const;
type Entry = (typeof ENTRIES)[number];

const SYMBOL: Record<Entry, { width: number; height: number }> = {
  start: { width: 20, height: 20 },
  step: { width: 34, height: 22 },
  decision: { width: 36, height: 22 },
  handover: { width: 40, height: 24 },
  end: { width: 20, height: 20 },
  sequence: { width: 38, height: 12 },
  interlocked: { width: 38, height: 12 },
};

const FONT = 12;
const ROW = 32;
const GAP = 20;
const PAD = 12;

export interface LegendPlacement {
  width: number;
  height: number;
  entries: { entry: Entry; x: number; y: number }[];
}

/** Places the entries in rows of at most maxWidth; y is a row's centre line. */
export function legendLayout(labels: DiagramLabels, maxWidth: number): LegendPlacement {
  const entries: LegendPlacement['entries'] = [];
  let x = PAD;
  let row = 0;
  let width = 0;
  for (const entry of ENTRIES) {
    const w = SYMBOL[entry].width + 6 + Math.ceil(textWidth(labels[entry], FONT));
    if (x > PAD && x + w > maxWidth - PAD) {
      row++;
      x = PAD;
    }
    entries.push({ entry, x, y: PAD + row * ROW + ROW / 2 });
    width = Math.max(width, x + w + PAD);
    x += w + GAP;
  }
  return { width, height: 2 * PAD + (row + 1) * ROW, entries };
}

/** The entries at their places, shifted down by top. */
export function LegendItems({
  labels,
  placement,
  top,
  uid,
}: {
  labels: DiagramLabels;
  placement: LegendPlacement;
  top: number;
  uid: string;
}) {
  return (
    <g>
      {placement.entries.map(({ entry, x, y }) => {
        const size = SYMBOL[entry];
        const cy = top + y;
        const symbol =
          entry === 'sequence' || entry === 'interlocked' ? (
            <EdgeStroke
              points={[
                { x, y: cy },
                { x: x + size.width, y: cy },
              ]}
              interlocked={entry === 'interlocked'}
              uid={uid}
            />
          ) : (
            <NodeSymbol
              kind={entry satisfies ChainNodeKind}
              box={{ x, y: cy - size.height / 2, width: size.width, height: size.height }}
            />
          );
        return (
          <g key={entry}>
            {symbol}
            <TextLines
              block={{
                x: x + size.width + 6,
                y: cy + 4,
                anchor: 'start',
                lines: [labels[entry]],
                fontSize: FONT,
                lineHeight: FONT,
              }}
            />
          </g>
        );
      })}
    </g>
  );
}
