// The assignments (Arbeitsaufträge): what, who, by when, for which goal, where
// they came from (a resolution's words, or the protocol); overdue ones marked.
// The moderation records them — from a resolution or freely — and sets their
// status; in review mode (the first agenda step) the list is what counts.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { Assignment, MonitoringResponse } from '@nws/shared';
import { dayText } from '../documents/tables';
import type { Change } from './GoalMonitor';
import { WorkStatusSelect } from './StatusBadge';

/** A resolution an assignment can come from. */
export interface SourceResolution {
  workshopId: string;
  resolutionId: string;
  text: string;
}

interface Props {
  state: MonitoringResponse;
  change: Change | null;
  resolutions: SourceResolution[];
  /** Named people of the workshop (in a workshop); none on the network page. */
  people: string[];
  /** The workshop a free assignment is written down in (its protocol); null on the network page. */
  protocolOf: string | null;
}

export function AssignmentsPanel({ state, change, resolutions, people, protocolOf }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const list = state.assignments;
  const overdue = list.filter((a) => a.overdue).length;
  return (
    <section className="panel" aria-labelledby="assignments-title" data-testid="assignments">
      <h3 id="assignments-title">{t('monitoring.assignments.title')}</h3>
      <p className="muted small">
        {t('monitoring.assignments.intro')}{' '}
        {list.length > 0 && t('monitoring.assignments.count', { count: list.length })}
        {overdue > 0 && ` · ${t('monitoring.assignments.overdueCount', { count: overdue })}`}
      </p>
      {list.length === 0 ? (
        <p>{t('monitoring.assignments.none')}</p>
      ) : (
        <ul className="plain-list assignment-list">
          {list.map((a) => (
            <AssignmentItem key={a.id} a={a} change={change} lang={lang} />
          ))}
        </ul>
      )}
      {change && (
        <NewAssignment
          state={state}
          change={change}
          resolutions={resolutions}
          people={people}
          protocolOf={protocolOf}
        />
      )}
    </section>
  );
}

function AssignmentItem({ a, change, lang }: { a: Assignment; change: Change | null; lang: 'de' | 'en' }) {
  const { t } = useTranslation();
  return (
    <li className={`assignment${a.overdue ? ' overdue' : ''}`} data-testid="assignment" data-status={a.status}>
      <div>
        <strong>{a.what}</strong> — {a.organisation}
        {a.person && ` (${a.person})`} ·{' '}
        {a.due ? t('monitoring.assignments.dueOn', { date: dayText(a.due, lang) }) : t('monitoring.assignments.noDue')}
        {a.overdue && (
          <span className="status-badge status-off_track" data-testid="assignment-overdue">
            {t('monitoring.assignments.overdue')}
          </span>
        )}
      </div>
      {a.sourceText && <p className="muted small">{t('monitoring.assignments.source', { text: a.sourceText })}</p>}
      {a.note && <p className="small">{a.note}</p>}
      {change ? (
        <div className="mon-form">
          <WorkStatusSelect
            label={t('monitoring.assignments.status', { what: a.what })}
            value={a.status}
            onChange={(status) => change((api) => api.updateAssignment(a.id, { status }))}
          />
          <button
            type="button"
            className="secondary small"
            onClick={() => change((api) => api.removeAssignment(a.id))}
            aria-label={t('monitoring.assignments.remove', { what: a.what })}
          >
            {t('monitoring.remove')}
          </button>
        </div>
      ) : (
        <p className="small">{t(`monitoring.activityStatus.${a.status}`)}</p>
      )}
    </li>
  );
}

function NewAssignment({ state, change, resolutions, people, protocolOf }: Omit<Props, 'change'> & { change: Change }) {
  const { t } = useTranslation();
  const empty = { what: '', organisation: '', person: '', due: '', goalId: '', source: '' };
  const [f, setF] = useState(empty);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const goals = state.goalSystems.flatMap((s) => s.rows);
  const picked = resolutions.find((r) => `${r.workshopId}/${r.resolutionId}` === f.source);
  return (
    <form
      className="mon-form new-assignment"
      aria-label={t('monitoring.assignments.add')}
      onSubmit={async (e) => {
        e.preventDefault();
        const source = picked
          ? { kind: 'resolution' as const, workshopId: picked.workshopId, resolutionId: picked.resolutionId }
          : protocolOf
            ? { kind: 'protocol' as const, workshopId: protocolOf }
            : null;
        const ok = await change((api) =>
          api.addAssignment({
            what: f.what,
            organisation: f.organisation,
            person: f.person || null,
            due: f.due || null,
            goalId: f.goalId || null,
            source,
          }),
        );
        if (ok) setF(empty);
      }}
    >
      {resolutions.length > 0 && (
        <label className="wide">
          <span>{t('monitoring.assignments.fromResolution')}</span>
          <select
            value={f.source}
            onChange={(e) => {
              const r = resolutions.find((x) => `${x.workshopId}/${x.resolutionId}` === e.target.value);
              setF({ ...f, source: e.target.value, what: f.what || (r?.text.slice(0, 1000) ?? '') });
            }}
          >
            <option value="">{t('monitoring.assignments.noResolution')}</option>
            {resolutions.map((r) => (
              <option key={`${r.workshopId}/${r.resolutionId}`} value={`${r.workshopId}/${r.resolutionId}`}>
                {r.text.slice(0, 90)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="wide">
        <span>{t('monitoring.assignments.what')}</span>
        <input required maxLength={1000} value={f.what} onChange={set('what')} />
      </label>
      <label>
        <span>{t('monitoring.assignments.organisation')}</span>
        <input required maxLength={120} value={f.organisation} onChange={set('organisation')} />
      </label>
      {people.length > 0 && (
        <label>
          <span>{t('monitoring.assignments.person')}</span>
          <select value={f.person} onChange={set('person')}>
            <option value="">{t('monitoring.assignments.nobody')}</option>
            {people.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('monitoring.assignments.due')}</span>
        <input type="date" value={f.due} onChange={set('due')} />
      </label>
      <label className="wide">
        <span>{t('monitoring.assignments.goal')}</span>
        <select value={f.goalId} onChange={set('goalId')}>
          <option value="">{t('monitoring.assignments.noGoal')}</option>
          {goals.map((g) => (
            <option key={g.goalId} value={g.goalId}>
              {`${g.number} ${g.text}`.trim().slice(0, 90)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('monitoring.assignments.add')}</button>
    </form>
  );
}
