// Saved states of the stakeholder analysis ("Stand festhalten") and the
// side-by-side comparison of two of them (or of one with the current state):
// rows added and removed, cells changed, the significance's changes marked.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import {
  compareStakeholderStates,
  type StakeholderComparison,
  type StakeholderState,
  type StakeholderVersion,
} from '@nws/shared';
import type { AnalysisApi } from './api';

const CURRENT = 'current';

interface Props {
  api: AnalysisApi;
  current: StakeholderState;
  /** May save states (the coordinator, a workshop's moderation). */
  canSave: boolean;
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
}

export function StakeholderStates({ api, current, canSave, run }: Props) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<StakeholderVersion[]>([]);
  const [label, setLabel] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(CURRENT);
  const [comparison, setComparison] = useState<{ cmp: StakeholderComparison; from: string; to: string } | null>(null);
  const date = (ms: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const labelOf = (v: StakeholderVersion) => v.label || t('stakeholders.untitled', { date: date(v.createdAt) });
  const reload = useCallback(() => run(async () => setVersions((await api.versions()).versions)), [api, run]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    if (!from && versions[0]) setFrom(versions[0].id);
  }, [versions, from]);

  const stateOf = async (id: string) => (id === CURRENT ? current : (await api.version(id)).state);
  const nameOf = (id: string) => {
    const v = versions.find((x) => x.id === id);
    return v ? labelOf(v) : t('stakeholders.current');
  };

  return (
    <section className="panel" aria-labelledby="stakeholder-states-title" data-testid="stakeholder-states">
      <h3 id="stakeholder-states-title">{t('stakeholders.states')}</h3>
      <p className="muted small">{t('stakeholders.statesIntro')}</p>
      {canSave && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const made = await api.saveVersion(label.trim());
              setSaved(labelOf(made.version));
              setLabel('');
              await reload();
            });
          }}
        >
          <input
            aria-label={t('stakeholders.saveLabel')}
            placeholder={t('stakeholders.saveLabel')}
            value={label}
            maxLength={120}
            onChange={(e) => setLabel(e.target.value)}
            data-testid="state-label"
          />
          <button type="submit" data-testid="save-state">
            {t('stakeholders.save')}
          </button>
        </form>
      )}
      <p role="status" className="small">
        {saved && t('stakeholders.saved', { label: saved })}
      </p>
      {versions.length === 0 ? (
        <p>{t('stakeholders.noStates')}</p>
      ) : (
        <>
          <ul className="plain-list">
            {versions.map((v) => (
              <li key={v.id} data-testid="saved-state">
                <strong>{labelOf(v)}</strong>{' '}
                <span className="muted small">
                  {date(v.createdAt)} · {v.createdBy} · {t('stakeholders.rowCount', { count: v.rows })}
                </span>
              </li>
            ))}
          </ul>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                const [a, b] = await Promise.all([stateOf(from), stateOf(to)]);
                setComparison({ cmp: compareStakeholderStates(a, b), from: nameOf(from), to: nameOf(to) });
              });
            }}
          >
            <label>
              {t('stakeholders.compareFrom')}
              <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="compare-from">
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {labelOf(v)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('stakeholders.compareTo')}
              <select value={to} onChange={(e) => setTo(e.target.value)} data-testid="compare-to">
                <option value={CURRENT}>{t('stakeholders.current')}</option>
                {versions.map((v) => (
                  <option key={v.id} value={v.id}>
                    {labelOf(v)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary" data-testid="compare">
              {t('stakeholders.compare')}
            </button>
          </form>
        </>
      )}
      {comparison && <ComparisonView {...comparison} onClose={() => setComparison(null)} />}
    </section>
  );
}

function ComparisonView({
  cmp,
  from,
  to,
  onClose,
}: {
  cmp: StakeholderComparison;
  from: string;
  to: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const sig = (s: string | null) => (s ? t(`stakeholders.significance.${s as 'involved'}`) : '—');
  return (
    <div className="stakeholder-compare" data-testid="stakeholder-compare">
      <h4>{t('stakeholders.compareTitle', { from, to })}</h4>
      <p data-testid="compare-counts">
        {t('stakeholders.counts', { ...cmp.counts, significance: cmp.counts.significanceChanged })}
      </p>
      {cmp.columns.some((c) => c.change !== 'same') && (
        <ul className="plain-list small">
          {cmp.columns
            .filter((c) => c.change !== 'same')
            .map((c) => (
              <li key={c.id}>
                <strong>{c.after ?? c.before}</strong>:{' '}
                {t(`stakeholders.columnChange.${c.change as 'added'}`, { before: c.before ?? '' })}
              </li>
            ))}
        </ul>
      )}
      <div className="grid-scroll">
        <table className="perspective-grid compare-table">
          <thead>
            <tr>
              <th scope="col">{t('stakeholders.organisation')}</th>
              <th scope="col">{t('stakeholders.before')}</th>
              <th scope="col">{t('stakeholders.after')}</th>
            </tr>
          </thead>
          <tbody>
            {cmp.rows.map((r) => (
              <tr key={r.id} className={`change-${r.change}`} data-testid="compare-row" data-change={r.change}>
                <th scope="row">
                  {r.organisation} <span className="change-badge">{t(`stakeholders.change.${r.change}`)}</span>
                </th>
                {(['before', 'after'] as const).map((side) => (
                  <td key={side}>
                    <p className={r.significance.changed ? 'significance-changed' : ''} data-testid={`sig-${side}`}>
                      <span className="muted small">{t('stakeholders.significanceLabel')}: </span>
                      {sig(r.significance[side])}
                    </p>
                    {r.cells.map((c) => (
                      <p key={c.columnId} className={c.changed ? 'cell-changed' : ''}>
                        <span className="muted small">{c.title}: </span>
                        {c[side] ?? '—'}
                      </p>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="secondary" onClick={onClose}>
        {t('stakeholders.closeCompare')}
      </button>
    </div>
  );
}
