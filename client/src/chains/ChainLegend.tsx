// The diagram's legend on its own: the node symbols and the two kinds of
// edge, with the caller's words (i18n texts).
import { useId } from 'react';
import { DiagramDefs, FONT_FAMILY } from './diagramParts';
import { LegendItems, legendLayout, type DiagramLabels } from './diagramLegend';

export type { DiagramLabels } from './diagramLegend';

export function ChainLegend({ labels, maxWidth = 720 }: { labels: DiagramLabels; maxWidth?: number }) {
  const uid = `legend${useId().replace(/[^\w-]/g, '')}`;
  const placement = legendLayout(labels, maxWidth);
  const words = [labels.start, labels.step, labels.decision, labels.handover, labels.end, labels.sequence];
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={[...words, labels.interlocked].join(', ')}
      width={placement.width}
      height={placement.height}
      viewBox={`0 0 ${placement.width} ${placement.height}`}
      fontFamily={FONT_FAMILY}
    >
      <DiagramDefs uid={uid} />
      <LegendItems labels={labels} placement={placement} top={0} uid={uid} />
    </svg>
  );
}
