// The planning matrix at a glance, with status colours: every goal with its
// level and number, its indicators' latest values against their targets,
// and its status (an activity: its progress and who is responsible).
import { useTranslation } from '../i18n';
import type { MonitoredGoalSystem, MonitoringResponse } from '@nws/shared';
import { dayText, numberText } from '../documents/tables';
import { StatusBadge } from './StatusBadge';

export function MatrixStatus({ system, state }: { system: MonitoredGoalSystem; state: MonitoringResponse }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const goals = new Map(state.goals.map((g) => [g.goalId, g]));
  const latest = (goalId: string) =>
    state.indicators
      .filter((i) => i.goalId === goalId)
      .map((i) => {
        const last = i.values.at(-1);
        const shown = !last
          ? '—'
          : last.value !== null
            ? `${numberText(last.value, lang)} ${i.unit}`.trim()
            : last.assessment
              ? t(`monitoring.assessments.${last.assessment}`)
              : '—';
        const target =
          i.target && i.target.value !== null ? ` / ${numberText(i.target.value, lang)} ${i.unit}`.trimEnd() : '';
        const due = i.target ? ` (${dayText(i.target.due, lang)})` : '';
        return `${i.label}: ${shown}${target}${due}`;
      });
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('monitoring.matrix')}>
      <table className="protocol-table matrix-status" data-testid="matrix-status">
        <caption className="visually-hidden">{t('monitoring.matrix')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.matrixNumber')}</th>
            <th scope="col">{t('monitoring.matrixGoal')}</th>
            <th scope="col">{t('monitoring.matrixValues')}</th>
            <th scope="col">{t('monitoring.overrideStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {system.rows.map((r) => {
            const g = goals.get(r.goalId);
            return (
              <tr key={r.goalId} className={`level-${r.level}`}>
                <td>{r.number}</td>
                <td>{r.text}</td>
                <td>
                  {r.level === 'activity'
                    ? g?.activity?.organisation || '—'
                    : latest(r.goalId).map((l) => <div key={l}>{l}</div>)}
                </td>
                <td>
                  {r.level === 'activity' && g?.activity ? (
                    <span className={`status-badge work-${g.activity.status}`}>
                      {t(`monitoring.activityStatus.${g.activity.status}`)}
                    </span>
                  ) : (
                    g && <StatusBadge status={g.status} />
                  )}
                  {g?.neglected && <span className="muted small"> · {t('monitoring.neglected')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
