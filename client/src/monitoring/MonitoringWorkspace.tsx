// Monitoring the goal system (METHOD.md sections 3 and 4) as one surface: on
// the network page for the coordinator (every goal system of the network), in
// a workshop's tab for its moderation (records) and participants (read). The
// planning matrix with status colours, latest values against targets, a
// trend per quantitative indicator, the goals neglected in practice, the
// assignments, and the documents. Its own chunk: nobody's first load carries it.
import './texts';
import './monitoring.css';
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { TFunction } from '../i18n/translate';
import { StakeholderStateResponseSchema } from '@nws/shared';
import { request } from '../api';
import { analysisBase } from '../stakeholders/useStakeholders';
import { reportLabels } from '../i18n/labels';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { ReportDecision } from '../documents/statusReport';
import type { Sheet } from '../documents/xlsx';
import type { MonitoringPlace } from './api';
import { useMonitoring } from './useMonitoring';
import { GoalMonitor } from './GoalMonitor';
import { AssignmentsPanel, type SourceResolution } from './AssignmentsPanel';
import { MonitoringDocuments } from './MonitoringDocuments';
import { MatrixStatus } from './MatrixStatus';

export interface MonitoringProps {
  place: MonitoringPlace;
  token: string;
  name: string;
  decisions: ReportDecision[];
  resolutions: SourceResolution[];
  people?: string[];
  extraSheets?: () => Promise<Sheet[]> | Sheet[];
  /** Only the assignments, to go through them (the review step at a workshop's start). */
  review?: boolean;
}

export default function MonitoringWorkspace(props: MonitoringProps) {
  const { place, token, name, decisions, resolutions, people = [], extraSheets, review = false } = props;
  const { t } = useTranslation();
  const { state, change, run, error, busy } = useMonitoring(place, token);
  if (!state)
    return (
      <p className="panel" aria-busy="true">
        {t('monitoring.loading')}
      </p>
    );
  const edit = state.canEdit ? change : null;
  const protocolOf = place.kind === 'workshop' ? place.workshopId : null;
  const assignments = (
    <AssignmentsPanel state={state} change={edit} resolutions={resolutions} people={people} protocolOf={protocolOf} />
  );
  if (review)
    return (
      // The step's banner above carries the question ("Was ist aus den Aufträgen geworden?") and its purpose.
      <div className="workspace monitoring" data-testid="assignment-review">
        <ErrorAlert code={error} />
        {assignments}
      </div>
    );
  const rows = new Map(state.goalSystems.flatMap((s) => s.rows.map((r) => [r.goalId, r])));
  const neglected = state.goals.filter((g) => g.neglected).map((g) => rows.get(g.goalId)!);
  return (
    <section
      className="workspace monitoring"
      aria-labelledby="monitoring-title"
      aria-busy={busy}
      data-testid="monitoring"
    >
      <h2 id="monitoring-title">{t('monitoring.title')}</h2>
      <p className="muted">{t('monitoring.intro')}</p>
      {!state.canEdit && <p className="muted small">{t('monitoring.readOnly')}</p>}
      <ErrorAlert code={error} />
      {state.goalSystems.length === 0 && <p>{t('monitoring.noGoals')}</p>}
      {state.goalSystems.map((s) => (
        <section key={s.workshopId} className="panel" aria-label={t('monitoring.system', { workshop: s.workshopName })}>
          <h3>{t('monitoring.system', { workshop: s.workshopName })}</h3>
          <MatrixStatus system={s} state={state} />
          <h4>{t('monitoring.details')}</h4>
          <ul className="plain-list goal-monitors">
            {s.rows.map((r) => (
              <GoalMonitor key={r.goalId} row={r} state={state} change={edit} />
            ))}
          </ul>
        </section>
      ))}
      <section className="panel" aria-labelledby="neglected-title" data-testid="neglected">
        <h3 id="neglected-title">{t('monitoring.neglected')}</h3>
        <p className="muted small">{t('monitoring.neglectedIntro', { count: state.neglectDays })}</p>
        {neglected.length === 0 ? (
          <p>{t('monitoring.neglectedNone')}</p>
        ) : (
          <ul>
            {neglected.map((r) => (
              <li key={r.goalId}>
                {r.number} {r.text}
              </li>
            ))}
          </ul>
        )}
        {edit && <NeglectDays days={state.neglectDays} onSave={(d) => edit((api) => api.settings(d))} />}
      </section>
      {assignments}
      <MonitoringDocuments
        state={state}
        name={name}
        decisions={decisions}
        extraSheets={async () => [...((await extraSheets?.()) ?? []), ...(await stakeholderSheets(place, token, t))]}
        run={run}
      />
    </section>
  );
}

/** The stakeholder analysis (if there is one) as a sheet of the workbook. */
async function stakeholderSheets(place: MonitoringPlace, token: string, t: TFunction): Promise<Sheet[]> {
  const { state } = await request(StakeholderStateResponseSchema, analysisBase(place), { token });
  if (state.rows.length === 0) return [];
  const { stakeholderSheet } = await import('../documents/tables');
  return [stakeholderSheet(state, reportLabels(t))];
}

function NeglectDays({ days, onSave }: { days: number; onSave: (d: number) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(days));
  return (
    <form
      className="mon-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(Number(value));
      }}
    >
      <label>
        <span>{t('monitoring.neglectDays')}</span>
        <input type="number" min={7} max={730} required value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="secondary">
        {t('monitoring.neglectSave')}
      </button>
    </form>
  );
}
