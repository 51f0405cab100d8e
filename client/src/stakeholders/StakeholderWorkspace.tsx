// The stakeholder analysis (Beteiligtenanalyse) as one surface: on the
// network page for the coordinator, in a workshop's tab for its moderation
// and participants, large and read-only on the shared screen, and as a form
// of one's own row on the phone. Its own chunk: nobody's first load carries it.
import './texts';
import './stakeholders.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import { rowIdOf, significances, type Significance } from '@nws/shared';
import { useCommand } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { analysisApi } from './api';
import { StakeholderExports } from './StakeholderExports';
import { StakeholderStates } from './StakeholderStates';
import { StakeholderTable } from './StakeholderTable';
import { analysisBase, useStakeholderDoc, useStakeholderState, type AnalysisPlace } from './useStakeholders';
import { StakeholderPhone } from './StakeholderPhone';

export interface WorkspaceProps {
  place: AnalysisPlace;
  token: string;
  /** May change columns and rows and save states (coordinator, moderation). */
  structure: boolean;
  /** A participant's organisation: their row, made for them if missing. */
  organisation: string | null;
  /** The network's coordinator: rows can come from the partner register. */
  register?: boolean;
  /** What exports are named after. */
  name: string;
  /** Large and read-only (the shared screen), or one's own row as a form (the phone). */
  mode?: 'full' | 'screen' | 'phone';
  /** The moderation's switch for the shared screen (in a workshop). */
  screenSwitch?: { on: boolean; set: (on: boolean) => Promise<unknown> };
}

export default function StakeholderWorkspace(props: WorkspaceProps) {
  const { place, token, structure, organisation, register = false, name, mode = 'full', screenSwitch } = props;
  const { t } = useTranslation();
  const conn = useStakeholderDoc(place, token);
  const state = useStakeholderState(conn);
  const api = useMemo(() => analysisApi(analysisBase(place), token), [place, token]);
  const { run, error } = useCommand();
  const ownRowId = organisation?.trim() ? rowIdOf(organisation) : null;
  const missingOwnRow = !!state && !!ownRowId && mode !== 'screen' && !state.rows.some((r) => r.id === ownRowId);
  useEffect(() => {
    // A participant fills their own organisation's row: ask the server for it once the analysis is here.
    if (missingOwnRow && !structure) void api.ownRow().catch(() => undefined);
  }, [missingOwnRow, structure, api]);

  if (!conn || !state)
    return (
      <p className="panel" aria-busy="true">
        {t('stakeholders.loading')}
      </p>
    );
  const alert = <ErrorAlert code={error} />;
  if (mode === 'phone')
    return (
      <>
        {alert}
        <StakeholderPhone doc={conn.doc} state={state} ownRowId={ownRowId} />
      </>
    );
  const commands = structure && mode === 'full' ? api : null;
  return (
    <section
      className={`panel stakeholders stakeholders-${mode}`}
      aria-labelledby="stakeholders-title"
      data-testid="stakeholders"
    >
      <h2 id="stakeholders-title">{t('stakeholders.title')}</h2>
      {mode === 'full' && <p className="muted small">{t('stakeholders.intro')}</p>}
      {screenSwitch && (
        <p className="button-row">
          <button
            type="button"
            className={screenSwitch.on ? 'secondary' : ''}
            aria-pressed={screenSwitch.on}
            data-testid="stakeholders-screen"
            onClick={() => void run(() => screenSwitch.set(!screenSwitch.on))}
          >
            {screenSwitch.on ? t('stakeholders.offScreen') : t('stakeholders.onScreen')}
          </button>
          {screenSwitch.on && <span className="muted small">{t('stakeholders.onScreenNow')}</span>}
        </p>
      )}
      {alert}
      <StakeholderTable
        doc={conn.doc}
        state={state}
        commands={commands}
        ownRowId={ownRowId}
        readOnly={mode === 'screen'}
        run={run}
      />
      {commands && <StructureForms commands={commands} register={register} run={run} />}
      {mode === 'full' && (
        <>
          <StakeholderExports state={state} api={api} name={name} run={run} />
          {structure && <StakeholderStates api={api} current={state} canSave={structure} run={run} />}
        </>
      )}
    </section>
  );
}

function StructureForms(props: {
  commands: ReturnType<typeof analysisApi>;
  register: boolean;
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { commands, register, run } = props;
  const { t } = useTranslation();
  const [org, setOrg] = useState('');
  const [significance, setSignificance] = useState<Significance>('involved');
  const [column, setColumn] = useState('');
  return (
    <div className="stakeholder-forms">
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (org.trim()) void run(() => commands.addRow(org.trim(), significance)).then((ok) => ok && setOrg(''));
        }}
      >
        <input
          aria-label={t('stakeholders.rowName')}
          placeholder={t('stakeholders.rowName')}
          value={org}
          maxLength={120}
          onChange={(e) => setOrg(e.target.value)}
          data-testid="row-name"
        />
        <select
          aria-label={t('stakeholders.significanceLabel')}
          value={significance}
          onChange={(e) => setSignificance(e.target.value as Significance)}
        >
          {significances.map((s) => (
            <option key={s} value={s}>
              {t(`stakeholders.significance.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" data-testid="add-row">
          {t('stakeholders.addRow')}
        </button>
      </form>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (column.trim()) void run(() => commands.addColumn(column.trim())).then((ok) => ok && setColumn(''));
        }}
      >
        <input
          aria-label={t('stakeholders.columnTitle')}
          placeholder={t('stakeholders.columnTitle')}
          value={column}
          maxLength={80}
          onChange={(e) => setColumn(e.target.value)}
          data-testid="column-name"
        />
        <button type="submit" className="secondary" data-testid="add-column">
          {t('stakeholders.addColumn')}
        </button>
      </form>
      {register && (
        <button
          type="button"
          className="secondary"
          data-testid="rows-from-register"
          onClick={() => void run(() => commands.fromRegister())}
        >
          {t('stakeholders.fromRegister')}
        </button>
      )}
    </div>
  );
}
