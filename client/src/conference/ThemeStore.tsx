// A case's theme store (listed, added, removed), and the two steps that fill
// stores: the reconstruction of one case and the themes of all cases.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  addTheme,
  listThemes,
  reconstructionKeys,
  removeTheme,
  sharedText,
  THEME_TITLE_MAX,
  type Case,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CollabTextarea } from '../ui/CollabTextarea';
import { useArtefactsVersion } from './useArtefacts';

function ThemeStore({ caseId }: { caseId: string | null }) {
  const { t } = useTranslation();
  const { readOnly, isModerator } = useWorkshop();
  const board = useBoardConnection().doc;
  useArtefactsVersion(board);
  const themes = listThemes(board, caseId);
  const [title, setTitle] = useState('');
  return (
    <div className="theme-store" data-testid="theme-store">
      {themes.length === 0 ? (
        <p className="muted">{t('conf.recon.noThemes')}</p>
      ) : (
        <ul>
          {themes.map((th) => (
            <li key={th.id} data-testid="theme">
              {th.title}{' '}
              {!readOnly && isModerator && (
                <button type="button" className="small secondary" onClick={() => removeTheme(board, th.id)}>
                  {t('conf.recon.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return;
            addTheme(board, { title, caseId, source: caseId ? 'reconstruction' : 'manual' });
            setTitle('');
          }}
        >
          <label htmlFor={`theme-${caseId ?? 'x'}`} className="visually-hidden">
            {t('conf.recon.addTheme')}
          </label>
          <input
            id={`theme-${caseId ?? 'x'}`}
            maxLength={THEME_TITLE_MAX}
            placeholder={t('conf.recon.themePlaceholder')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <button type="submit">{t('conf.recon.addTheme')}</button>
        </form>
      )}
    </div>
  );
}

export function ReconstructionView({ kase }: { kase: Case }) {
  const { t } = useTranslation();
  const { readOnly } = useWorkshop();
  const board = useBoardConnection().doc;
  useArtefactsVersion(board);
  const keys = reconstructionKeys(kase.id);
  const field = (key: string, label: string) => (
    <label className="field">
      <span>{label}</span>
      <CollabTextarea text={sharedText(board, key)} label={label} readOnly={readOnly} rows={5} />
    </label>
  );
  return (
    <section className="panel artefact" data-testid="artefact-reconstruction">
      {field(keys.webOfEffects, t('conf.recon.web'))}
      {field(keys.situation, t('conf.recon.situation'))}
      {field(keys.disagreements, t('conf.recon.disagreements'))}
      <h3>{t('conf.recon.themes')}</h3>
      <ThemeStore caseId={kase.id} />
    </section>
  );
}

export function ThemesView({ cases }: { cases: Case[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel artefact" data-testid="artefact-themes">
      <h3>{t('conf.themesView.byCase')}</h3>
      {cases.map((c) => (
        <div key={c.id} className="case-themes">
          <h4>{c.title}</h4>
          <ThemeStore caseId={c.id} />
        </div>
      ))}
      <h3>{t('conf.themesView.other')}</h3>
      <ThemeStore caseId={null} />
    </section>
  );
}
