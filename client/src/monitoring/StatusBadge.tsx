// A goal's or an indicator's status: a word and a colour (never the colour alone).
import { useTranslation } from 'react-i18next';
import type { GoalStatus } from '@nws/shared';

export function StatusBadge({ status, testId }: { status: GoalStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status} data-testid={testId}>
      {t(`monitoring.status.${status}`)}
    </span>
  );
}
