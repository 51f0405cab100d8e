// A participant's own deleted cards, beside the board: shown only when
// there is something to take back.
import { useTranslation } from '../i18n';
import { BinList } from './BinList';
import { useBin } from './useBin';

export function BinPanel() {
  const { t } = useTranslation();
  const bin = useBin();
  if (!bin.entries?.length && !bin.error) return null;
  return (
    <section className="panel" aria-labelledby="bin-panel-title" data-testid="bin-panel">
      <h2 id="bin-panel-title">{t('history.bin.mine', { count: bin.entries?.length ?? 0 })}</h2>
      <BinList bin={bin} />
    </section>
  );
}
