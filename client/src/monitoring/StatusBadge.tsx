// A goal's or an indicator's status: a word and a colour (never the colour
// alone); and the choice of an activity's or an assignment's progress.
import { useTranslation } from '../i18n';
import { WorkStatusSchema, type GoalStatus, type WorkStatus } from '@nws/shared';

export function StatusBadge({ status, testId }: { status: GoalStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`} data-status={status} data-testid={testId}>
      {t(`monitoring.status.${status}`)}
    </span>
  );
}

/** Open, in progress, done, dropped: a labelled choice. */
export function WorkStatusSelect(props: { label: string; value: WorkStatus; onChange: (s: WorkStatus) => unknown }) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(WorkStatusSchema.parse(e.target.value))}>
        {WorkStatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {t(`monitoring.activityStatus.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
