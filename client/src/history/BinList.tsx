// The cards in the bin, each with who wrote it, when it was deleted and a
// button to take it back onto the board for everyone.
import { useTranslation } from '../i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormatTime } from '../ui/formatTime';
import type { Bin } from './useBin';

export function BinList({ bin }: { bin: Bin }) {
  const { t } = useTranslation();
  const time = useFormatTime();
  const { entries, restore, error, busy } = bin;
  return (
    <>
      <ErrorAlert code={error} />
      {entries?.length === 0 && <p className="muted small">{t('history.bin.empty')}</p>}
      <ul className="bin-list" data-testid="bin-list">
        {entries?.map((e) => (
          <li key={e.card.id} className="bin-entry" data-testid="bin-entry">
            <span className="bin-text">{e.card.text}</span>
            <span className="muted small">
              {e.authorName ?? t('history.bin.anonymous')} · {t('history.bin.deletedAt', { time: time(e.deletedAt) })}
            </span>
            <button
              type="button"
              className="small"
              disabled={busy}
              aria-label={t('history.bin.restoreLabel', { text: e.card.text })}
              onClick={() => void restore(e.card.id)}
            >
              {t('history.bin.restore')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
