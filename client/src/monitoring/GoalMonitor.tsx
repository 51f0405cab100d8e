// One goal in the monitoring: its status (derived from its indicators, or set
// by hand with a reason), its measurable indicators — or, for an activity,
// its progress, responsible organisation and due day.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  GoalStatusSchema,
  IndicatorKindSchema,
  type GoalMonitoring,
  type MonitoredGoalSystem,
  type MonitoringResponse,
} from '@nws/shared';
import type { MonitoringApi } from './api';
import { IndicatorView } from './IndicatorView';
import { StatusBadge, WorkStatusSelect } from './StatusBadge';

/** Runs a change of the monitoring (resolves true on success); null where the caller only reads. */
export type Change = (fn: (api: MonitoringApi) => Promise<MonitoringResponse>) => Promise<boolean>;
type Row = MonitoredGoalSystem['rows'][number];

export function GoalMonitor(props: { row: Row; state: MonitoringResponse; change: Change | null }) {
  const { row, state, change } = props;
  const { t } = useTranslation();
  const g = state.goals.find((x) => x.goalId === row.goalId);
  if (!g) return null;
  const indicators = state.indicators.filter((i) => i.goalId === row.goalId);
  return (
    <li className={`goal-monitor level-${row.level}`} data-testid="goal-monitor" data-goal={row.goalId}>
      <div className="goal-monitor-head">
        <span className="goal-number">{row.number}</span>
        <span className="goal-monitor-text">{row.text || '—'}</span>
        {row.level === 'activity' ? (
          <span className={`status-badge work-${g.activity!.status}`} data-testid="activity-status">
            {t(`monitoring.activityStatus.${g.activity!.status}`)}
          </span>
        ) : (
          <StatusBadge status={g.status} testId="goal-status" />
        )}
      </div>
      {g.override && (
        <p className="muted small">
          {t('monitoring.overridden', { reason: g.override.reason, by: g.override.by })} ·{' '}
          {t('monitoring.derived', { status: t(`monitoring.status.${g.derived}`) })}
        </p>
      )}
      {row.level === 'activity' ? (
        <ActivityControls g={g} label={row.text} change={change} />
      ) : (
        <>
          {row.indicators.trim() && <p className="muted small">{t('monitoring.freeText', { text: row.indicators })}</p>}
          {indicators.length > 0 && (
            <ul className="plain-list indicators" aria-label={t('monitoring.indicators')}>
              {indicators.map((i) => (
                <IndicatorView key={i.id} indicator={i} today={state.today} change={change} />
              ))}
            </ul>
          )}
          {change && <AddIndicator row={row} change={change} />}
          {change && <Override g={g} change={change} />}
        </>
      )}
    </li>
  );
}

function ActivityControls({ g, label, change }: { g: GoalMonitoring; label: string; change: Change | null }) {
  const { t } = useTranslation();
  const a = g.activity!;
  const [organisation, setOrganisation] = useState(a.organisation);
  if (!change)
    return (
      <p className="small">
        {t('monitoring.responsible')}: {a.organisation || '—'}
        {a.due && ` · ${t('monitoring.activityDue')}: ${a.due}`}
      </p>
    );
  return (
    <div className="mon-form" role="group" aria-label={`${t('monitoring.activity')}: ${label}`}>
      <WorkStatusSelect
        label={t('monitoring.overrideStatus')}
        value={a.status}
        onChange={(status) => change((api) => api.activity(g.goalId, { status }))}
      />
      <label>
        <span>{t('monitoring.responsible')}</span>
        <input
          value={organisation}
          maxLength={120}
          onChange={(e) => setOrganisation(e.target.value)}
          onBlur={() =>
            organisation !== a.organisation &&
            change((api) => api.activity(g.goalId, { organisation: organisation.trim() }))
          }
        />
      </label>
      <label>
        <span>{t('monitoring.activityDue')}</span>
        <input
          type="date"
          value={a.due ?? ''}
          onChange={(e) => change((api) => api.activity(g.goalId, { due: e.target.value || null }))}
        />
      </label>
    </div>
  );
}

function AddIndicator({ row, change }: { row: Row; change: Change }) {
  const { t } = useTranslation();
  const first = row.indicators.split('\n').find((l) => l.trim()) ?? '';
  const [f, setF] = useState({
    label: first.trim().slice(0, 300),
    kind: 'quantity',
    unit: '',
    base: '',
    baseDate: '',
    target: '',
    due: '',
    source: row.sources.trim().slice(0, 300),
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
  return (
    <details className="mon-add">
      <summary>{t('monitoring.addIndicator')}</summary>
      <form
        className="mon-form"
        aria-label={t('monitoring.addIndicator')}
        onSubmit={async (e) => {
          e.preventDefault();
          const kind = IndicatorKindSchema.parse(f.kind);
          const ok = await change((api) =>
            api.addIndicator({
              goalId: row.goalId,
              label: f.label,
              kind,
              unit: f.unit,
              source: f.source,
              baseline: kind === 'quantity' && f.baseDate ? { value: num(f.base), date: f.baseDate } : null,
              target: f.due ? { value: kind === 'quantity' ? num(f.target) : null, due: f.due } : null,
            }),
          );
          if (ok) setF({ ...f, label: '', base: '', target: '' });
        }}
      >
        <label className="wide">
          <span>{t('monitoring.label')}</span>
          <input required maxLength={300} value={f.label} onChange={set('label')} />
        </label>
        <label>
          <span>{t('monitoring.kind')}</span>
          <select value={f.kind} onChange={set('kind')}>
            {IndicatorKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`monitoring.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {f.kind === 'quantity' && (
          <>
            <label>
              <span>{t('monitoring.unit')}</span>
              <input maxLength={40} value={f.unit} onChange={set('unit')} size={8} />
            </label>
            <label>
              <span>{t('monitoring.baseline')}</span>
              <input inputMode="decimal" value={f.base} onChange={set('base')} size={6} />
            </label>
            <label>
              <span>{t('monitoring.baselineDate')}</span>
              <input type="date" value={f.baseDate} onChange={set('baseDate')} required={f.base !== ''} />
            </label>
            <label>
              <span>{t('monitoring.target')}</span>
              <input inputMode="decimal" value={f.target} onChange={set('target')} size={6} />
            </label>
          </>
        )}
        <label>
          <span>{t('monitoring.due')}</span>
          <input type="date" value={f.due} onChange={set('due')} required={f.target !== ''} />
        </label>
        <label className="wide">
          <span>{t('monitoring.source')}</span>
          <input maxLength={300} value={f.source} onChange={set('source')} />
        </label>
        <button type="submit">{t('monitoring.add')}</button>
      </form>
    </details>
  );
}

function Override({ g, change }: { g: GoalMonitoring; change: Change }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(g.override?.status ?? 'at_risk');
  const [reason, setReason] = useState(g.override?.reason ?? '');
  return (
    <details className="mon-add">
      <summary>{t('monitoring.override')}</summary>
      <form
        className="mon-form"
        aria-label={t('monitoring.override')}
        onSubmit={(e) => {
          e.preventDefault();
          void change((api) => api.override(g.goalId, GoalStatusSchema.parse(status), reason));
        }}
      >
        <label>
          <span>{t('monitoring.overrideStatus')}</span>
          <select value={status} onChange={(e) => setStatus(GoalStatusSchema.parse(e.target.value))}>
            {GoalStatusSchema.options.map((s) => (
              <option key={s} value={s}>
                {t(`monitoring.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="wide">
          <span>{t('monitoring.overrideReason')}</span>
          <input required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit">{t('monitoring.overrideSave')}</button>
        {g.override && (
          <button type="button" className="secondary" onClick={() => change((api) => api.override(g.goalId, null))}>
            {t('monitoring.overrideClear')}
          </button>
        )}
      </form>
    </details>
  );
}
