// One measurable indicator: its latest value against its target, the trend
// (quantities), every value as a table, and — for the moderation — a form to
// record a value (a number, or an assessment for quality and date indicators).
import { useState } from 'react';
import { useTranslation } from '../i18n';
import { AssessmentSchema, type Indicator } from '@nws/shared';
import { dayText, numberText } from '../documents/tables';
import { StatusBadge } from './StatusBadge';
import { TrendChart } from './TrendChart';
import type { Change } from './GoalMonitor';

export function IndicatorView({
  indicator: i,
  today,
  change,
}: {
  indicator: Indicator;
  today: string;
  change: Change | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const amount = (v: number | null) => (v === null ? '—' : `${numberText(v, lang)} ${i.unit}`.trim());
  const shown = (v: Indicator['values'][number]) =>
    v.value !== null ? amount(v.value) : v.assessment ? t(`monitoring.assessments.${v.assessment}`) : '—';
  const last = i.values.at(-1);
  const target = i.target ? (i.kind === 'quantity' ? amount(i.target.value) : t('monitoring.kinds.date')) : null;
  const due = i.target ? dayText(i.target.due, lang) : '—';
  return (
    <li className="indicator" data-testid="indicator">
      <div className="indicator-head">
        <strong>{i.label}</strong> <span className="muted small">({t(`monitoring.kinds.${i.kind}`)})</span>{' '}
        <StatusBadge status={i.status} testId="indicator-status" />
      </div>
      <p className="small">
        {last
          ? t('monitoring.latest', {
              value: shown(last),
              date: dayText(last.date, lang),
              target: target ?? t('monitoring.noTarget'),
              due,
            })
          : t('monitoring.latestNone', { target: target ?? t('monitoring.noTarget'), due })}
        {i.source && (
          <span className="muted">
            {' '}
            · {t('monitoring.source')}: {i.source}
          </span>
        )}
      </p>
      <div className="indicator-body">
        {i.kind === 'quantity' && i.values.length > 0 && (
          <TrendChart indicator={i} label={t('monitoring.chart', { label: i.label })} />
        )}
        {i.values.length > 0 && (
          <details className="values-table">
            <summary>
              {t('monitoring.valuesTable')} ({t('monitoring.values', { count: i.values.length })})
            </summary>
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('monitoring.valuesOf', { label: i.label })}
            >
              <table className="protocol-table" data-testid="values-table">
                <thead>
                  <tr>
                    <th scope="col">{t('monitoring.date')}</th>
                    <th scope="col">{i.kind === 'quantity' ? t('monitoring.value') : t('monitoring.assessment')}</th>
                    <th scope="col">{t('monitoring.comment')}</th>
                    <th scope="col">{t('monitoring.recordedBy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {i.values.map((v) => (
                    <tr key={v.id}>
                      <td>{dayText(v.date, lang)}</td>
                      <td>{shown(v)}</td>
                      <td>{v.comment}</td>
                      <td>{v.recordedBy}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </div>
      {change && <RecordValue indicator={i} today={today} change={change} />}
    </li>
  );
}

function RecordValue({ indicator: i, today, change }: { indicator: Indicator; today: string; change: Change }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [assessment, setAssessment] = useState(i.kind === 'date' ? 'reached' : 'on_track');
  const [comment, setComment] = useState('');
  return (
    <form
      className="mon-form"
      aria-label={t('monitoring.recordFor', { label: i.label })}
      onSubmit={async (e) => {
        e.preventDefault();
        const number = Number(value.replace(',', '.'));
        const body =
          i.kind === 'quantity'
            ? { date, value: number, comment }
            : { date, assessment: AssessmentSchema.parse(assessment), comment };
        if (i.kind === 'quantity' && (value.trim() === '' || !Number.isFinite(number))) return;
        if (await change((api) => api.addValue(i.id, body))) {
          setValue('');
          setComment('');
        }
      }}
    >
      <label>
        <span>{t('monitoring.date')}</span>
        <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      {i.kind === 'quantity' ? (
        <label>
          <span>
            {t('monitoring.value')}
            {i.unit && ` (${i.unit})`}
          </span>
          <input inputMode="decimal" required value={value} onChange={(e) => setValue(e.target.value)} size={8} />
        </label>
      ) : (
        <label>
          <span>{t('monitoring.assessment')}</span>
          <select value={assessment} onChange={(e) => setAssessment(e.target.value)}>
            {(i.kind === 'date' ? (['reached'] as const) : AssessmentSchema.options).map((a) => (
              <option key={a} value={a}>
                {t(`monitoring.assessments.${a}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('monitoring.comment')}</span>
        <input value={comment} maxLength={1000} onChange={(e) => setComment(e.target.value)} />
      </label>
      <button type="submit">{t('monitoring.record')}</button>
    </form>
  );
}
