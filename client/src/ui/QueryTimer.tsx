// The writing time left of a card query (shown to writers and the moderation).
import { useTranslation } from '../i18n';
import type { CardQuery } from '@nws/shared';
import { formatSeconds, useCountdown } from './countdown';

export function QueryTimer({ query }: { query: CardQuery }) {
  const { t } = useTranslation();
  const left = useCountdown(query.status === 'writing' ? query.timerEndsAt : null);
  if (left === null) return null;
  return (
    <p
      className={`timer ${left === 0 ? 'timer-up' : ''}`}
      role="timer"
      aria-live={left === 0 ? 'assertive' : 'off'}
      data-testid="query-timer"
    >
      {left === 0 ? t('query.timeUp') : t('query.timeLeft', { time: formatSeconds(left) })}
    </p>
  );
}
