// A chain's printable page: a window of its own with the diagram (the same
// SVG) on a landscape page — A3 when the diagram is wide, else A4 — and the
// chain's elements and connections as tables below. Built here from the
// chain's data; nothing is loaded from anywhere.
import type { TFunction } from '../i18n/translate';
import type { Chain } from '@nws/shared';
import type { LegendLabels } from './legendLabels';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page's HTML (exported for the test). */
export function chainPrintHtml(chain: Chain, svg: string, labels: LegendLabels, t: TFunction): string {
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  const size = width > 1400 ? 'A3' : 'A4';
  const lane = (id: string) => chain.lanes.find((l) => l.id === id)?.organisation ?? '';
  const node = (id: string) => chain.nodes.find((n) => n.id === id)?.text || t('chains.untitled');
  const kind = (k: Chain['nodes'][number]['kind']) => labels[k];
  const rows = chain.nodes
    .map(
      (n) =>
        `<tr><td>${esc(lane(n.laneId))}</td><td>${esc(kind(n.kind))}</td><td>${esc(n.text)}${
          n.handover && (n.handover.what || n.handover.standard || n.handover.lead)
            ? `<br><small>${esc(t('chains.what'))}: ${esc(n.handover.what)} · ${esc(t('chains.standard'))}: ${esc(n.handover.standard)} · ${esc(t('chains.lead'))}: ${esc(n.handover.lead)}</small>`
            : ''
        }</td></tr>`,
    )
    .join('');
  const edges = chain.edges
    .map(
      (e) =>
        `<tr><td>${esc(node(e.from))}</td><td>${esc(node(e.to))}</td><td>${esc(e.label)}</td><td>${esc(e.interlocked ? labels.interlocked : labels.sequence)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="${t('chains.title') === 'Service chains' ? 'en' : 'de'}"><head><meta charset="utf-8"><title>${esc(chain.title)}</title>
<style>@page{size:${size} landscape;margin:12mm}body{font-family:system-ui,sans-serif;color:#1d2330}svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;margin-top:8mm;font-size:10pt}th,td{border:1px solid #c8ced8;padding:3px 6px;text-align:left;vertical-align:top}
h1{font-size:16pt}</style></head><body>
<h1>${esc(t('chains.title'))}: ${esc(chain.title)}</h1>
${chain.constellation ? `<p>${esc(t('chains.constellation'))}: ${esc(chain.constellation)}</p>` : ''}
${svg}
<table><caption>${esc(t('chains.nodes'))}</caption><thead><tr><th>${esc(t('protocolLabels.chains.lane'))}</th><th>${esc(t('protocolLabels.chains.kind'))}</th><th>${esc(t('protocolLabels.chains.text'))}</th></tr></thead><tbody>${rows}</tbody></table>
<table><caption>${esc(t('chains.edges'))}</caption><thead><tr><th>${esc(t('protocolLabels.chains.from'))}</th><th>${esc(t('protocolLabels.chains.to'))}</th><th>${esc(t('protocolLabels.chains.label'))}</th><th>${esc(t('protocolLabels.chains.connection'))}</th></tr></thead><tbody>${edges}</tbody></table>
</body></html>`;
}

/** Opens the printable page in a window of its own and starts printing. */
export function chainPrintPage(chain: Chain, svg: string, labels: LegendLabels, t: TFunction): void {
  const w = window.open('', '_blank');
  if (!w) return;
  w.document.open();
  w.document.write(chainPrintHtml(chain, svg, labels, t));
  w.document.close();
  w.addEventListener('load', () => w.print(), { once: true });
}
