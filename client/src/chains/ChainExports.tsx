// A chain's exports: the diagram as SVG (the same drawing, standalone), as
// PNG (drawn from that SVG on a canvas, here in the browser) and a printable
// page in landscape (A4 or A3) with the diagram and the chain's elements and
// connections as tables. Nothing leaves the browser but the downloaded file.
import { useTranslation } from '../i18n';
import type { Chain } from '@nws/shared';
import { downloadBlob, slug } from '../ui/download';
import type { LegendLabels } from './legendLabels';
import { chainPrintPage } from './chainPrint';

/** The chain's drawn diagram as standalone SVG markup. */
export function chainSvg(chainId: string): string | null {
  const svg = document.querySelector(`[data-chain="${CSS.escape(chainId)}"] [data-testid="chain-diagram"] svg`);
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // A standalone file names its namespace; the drawn element knows it (no address written in the client).
  copy.setAttribute('xmlns', svg.namespaceURI ?? '');
  return new XMLSerializer().serializeToString(copy);
}

async function svgToPng(markup: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChainExports({ chain, labels }: { chain: Chain; labels: LegendLabels }) {
  const { t } = useTranslation();
  const base = slug(chain.title);
  const svg = () => chainSvg(chain.id);
  return (
    <div className="button-row" role="group" aria-label={t('chains.exports')} data-testid="chain-exports">
      <span className="muted small">{t('chains.exports')}:</span>
      <button
        type="button"
        className="secondary small"
        data-testid="export-svg"
        onClick={() => {
          const markup = svg();
          if (markup) downloadBlob(`${base}.svg`, new Blob([markup], { type: 'image/svg+xml' }));
        }}
      >
        {t('chains.svg')}
      </button>
      <button
        type="button"
        className="secondary small"
        data-testid="export-png"
        onClick={() => {
          const markup = svg();
          if (markup) void svgToPng(markup).then((png) => downloadBlob(`${base}.png`, png));
        }}
      >
        {t('chains.png')}
      </button>
      <button
        type="button"
        className="secondary small"
        data-testid="export-print"
        onClick={() => {
          const markup = svg();
          if (markup) chainPrintPage(chain, markup, labels, t);
        }}
      >
        {t('chains.print')}
      </button>
    </div>
  );
}
