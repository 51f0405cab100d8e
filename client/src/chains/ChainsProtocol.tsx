// The service chains in the result protocol's printable page: per chain its
// constellation and its diagram as inline SVG (the tables are in the
// Markdown). Its own chunk with the layout library, loaded with the protocol.
import './texts';
import { useTranslation } from '../i18n';
import type { Chain } from '@nws/shared';
import { ChainDiagram } from './ChainDiagram';
import { useLegendLabels } from './legendLabels';

export default function ChainsProtocol({ chains }: { chains: Chain[] }) {
  const { t } = useTranslation();
  const labels = useLegendLabels();
  if (chains.length === 0) return null;
  return (
    <section className="protocol-chains" data-testid="protocol-chains">
      <h2>{t('chains.title')}</h2>
      {chains.map((c) => (
        <div key={c.id} className="protocol-chain">
          <h3>{c.title}</h3>
          {c.constellation && (
            <p>
              {t('chains.constellation')}: {c.constellation}
            </p>
          )}
          <ChainDiagram chain={c} labels={labels} />
        </div>
      ))}
    </section>
  );
}
