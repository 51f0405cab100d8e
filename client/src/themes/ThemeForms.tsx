// Small forms of the themes workspace: take a cluster over into a case's
// store, add a theme to a store, add a theme from planning data.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { THEME_TITLE_MAX, type Case, type PlanningSource } from '@nws/shared';

export function PromoteForm({ cases, onPromote }: { cases: Case[]; onPromote: (caseId: string | null) => void }) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  return (
    <span className="inline-form">
      <label>
        <span className="visually-hidden">{t('themes.promoteTo')}</span>
        <select value={caseId} onChange={(e) => setCaseId(e.target.value)} aria-label={t('themes.promoteTo')}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          <option value="">{t('themes.noCase')}</option>
        </select>
      </label>
      <button type="button" className="small" onClick={() => onPromote(caseId || null)}>
        {t('themes.promote')}
      </button>
    </span>
  );
}

export function AddThemeForm({ onAdd }: { onAdd: (title: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        if (!title.trim()) return;
        onAdd(title);
        setTitle('');
      }}
    >
      <input
        aria-label={t('conf.recon.addTheme')}
        maxLength={THEME_TITLE_MAX}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <button type="submit" className="small secondary">
        {t('conf.recon.add')}
      </button>
    </form>
  );
}

export function PlanningForm({ onAdd }: { onAdd: (title: string, p: PlanningSource) => void }) {
  const { t } = useTranslation();
  const empty = {
    title: '',
    report: '',
    table: '',
    year: '',
    relation: 'confirms' as PlanningSource['relation'],
    note: '',
  };
  const [f, setF] = useState(empty);
  return (
    <details>
      <summary>{t('themes.addPlanning')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!f.title.trim() || !f.report.trim()) return;
          onAdd(f.title, {
            report: f.report.trim(),
            table: f.table.trim(),
            year: f.year ? Number(f.year) : null,
            relation: f.relation,
            note: f.note.trim(),
          });
          setF(empty);
        }}
      >
        {(['title', 'report', 'table'] as const).map((k) => (
          <label key={k} className="field">
            <span>{t(k === 'title' ? 'themes.planningTitle' : `themes.${k}`)}</span>
            <input
              required={k !== 'table'}
              maxLength={200}
              value={f[k]}
              onChange={(e) => setF({ ...f, [k]: e.target.value })}
            />
          </label>
        ))}
        <label className="field">
          <span>{t('themes.year')}</span>
          <input
            type="number"
            min={1900}
            max={2200}
            value={f.year}
            onChange={(e) => setF({ ...f, year: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('themes.relation')}</span>
          <select
            value={f.relation}
            onChange={(e) => setF({ ...f, relation: e.target.value as PlanningSource['relation'] })}
          >
            {(['confirms', 'adds', 'contradicts'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`themes.relations.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('themes.note')}</span>
          <textarea rows={2} maxLength={2000} value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} />
        </label>
        <button type="submit">{t('themes.addPlanning')}</button>
      </form>
    </details>
  );
}
