// Service chains in the result protocol's Markdown: per chain its case
// constellation, its elements (lane, kind, text; a hand-over's details) and
// its connections as tables. (The printable page draws the diagram itself.)
import type { Chain, ChainNodeKind } from '../model/chain.js';
import { mdCell, mdParagraph, mdText } from './markdown.js';

export interface ChainLabels {
  title: string;
  constellation: string;
  lane: string;
  kind: string;
  text: string;
  from: string;
  to: string;
  label: string;
  connection: string;
  kinds: Record<ChainNodeKind, string>;
  interlocked: string;
  sequence: string;
  handover: string;
}

const row = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
const head = (cells: string[]) => [row(cells), `|${cells.map(() => ' --- ').join('|')}|`];

export function chainsToMarkdown(chains: Chain[], l: ChainLabels): string {
  if (chains.length === 0) return '';
  const out = [`## ${mdText(l.title)}`, ''];
  for (const c of chains) {
    const lane = (id: string) => c.lanes.find((x) => x.id === id)?.organisation ?? '';
    const text = (id: string) => c.nodes.find((n) => n.id === id)?.text ?? '';
    out.push(`### ${mdText(c.title)}`, '', `**${mdText(l.constellation)}:** ${mdParagraph(c.constellation)}`, '');
    out.push(
      ...head([l.lane, l.kind, l.text]),
      ...c.nodes.map((n) =>
        row([
          lane(n.laneId),
          l.kinds[n.kind],
          n.handover && (n.handover.what || n.handover.standard || n.handover.lead)
            ? `${n.text}\n${l.handover}: ${[n.handover.what, n.handover.standard, n.handover.lead].filter(Boolean).join(' · ')}`
            : n.text,
        ]),
      ),
      '',
    );
    out.push(
      ...head([l.from, l.to, l.label, l.connection]),
      ...c.edges.map((e) => row([text(e.from), text(e.to), e.label, e.interlocked ? l.interlocked : l.sequence])),
      '',
    );
  }
  return out.join('\n');
}
