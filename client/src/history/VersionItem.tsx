// One version in the history: when, why, what it held and what changed,
// with the names of what came and went, and its actions.
import { useTranslation } from '../i18n';
import { versionKinds, type VersionInfo } from '@nws/shared';
import { useFormatTime } from '../ui/formatTime';
import { countsText, diffText } from './versionText';

interface Props {
  version: VersionInfo;
  busy: boolean;
  onPreview: () => void;
  onRestoreAll: () => void;
}

/** Names shown per kind and direction at most; the counts say how many there are. */
const NAMES_MAX = 12;

export function VersionItem({ version: v, busy, onPreview, onRestoreAll }: Props) {
  const { t } = useTranslation();
  const when = useFormatTime()(v.createdAt);
  const named = versionKinds.flatMap((k) =>
    (['added', 'removed'] as const)
      .filter((which) => v.diff[k][which].length > 0)
      .map((which) => ({
        key: `${k}-${which}`,
        which,
        names: v.diff[k][which].slice(0, NAMES_MAX).map((e) => e.label || '—'),
      })),
  );
  return (
    <li className="version" data-testid="version" data-trigger={v.trigger}>
      <div className="version-head">
        <strong>{when}</strong> <span className="version-trigger">{t(`history.triggers.${v.trigger}`)}</span>
        {v.label && <span className="muted"> · {v.label}</span>}
      </div>
      <p className="small">{countsText(t, v.summary)}</p>
      <p className="small muted">{diffText(t, v.diff)}</p>
      {named.length > 0 && (
        <details className="small">
          <summary>{t('history.details')}</summary>
          <ul>
            {named.map((n) => (
              <li key={n.key}>
                {n.which === 'added' ? '+ ' : '− '}
                {n.names.join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row">
        <button
          type="button"
          className="small"
          onClick={onPreview}
          aria-label={t('history.previewLabel', { time: when })}
        >
          {t('history.preview')}
        </button>
        <button
          type="button"
          className="small secondary"
          disabled={busy}
          onClick={onRestoreAll}
          aria-label={t('history.restoreAllLabel', { time: when })}
        >
          {t('history.restoreAll')}
        </button>
      </div>
    </li>
  );
}
