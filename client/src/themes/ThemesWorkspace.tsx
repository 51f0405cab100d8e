// From clusters to themes to generative themes: take clusters over into a
// case's theme store, merge themes of several cases into cross-case themes
// (with who deals with them and whether they are in the network), add
// themes from planning data, prioritise with a dot vote (hidden until
// closed), and choose the generative themes.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import {
  addPlanningTheme,
  addTheme,
  getAgenda,
  mergeThemes,
  promoteClusterToTheme,
  readGrid,
  themeCases,
  THEME_TITLE_MAX,
  type Case,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useClusters } from '../sync/useCards';
import { useRounds, useThemes } from '../sync/useDomain';
import { AddThemeForm, PlanningForm, PromoteForm } from './ThemeForms';
import { OrganisationsEditor, ThemeCard } from './ThemeCard';
import { DotVoting } from './DotVoting';

/** Organisations present in a case's perspective grids: where a merged theme came from. */
function organisationsOfCases(board: Y.Doc, control: Y.Doc, caseIds: string[]): string[] {
  const steps = getAgenda(control).steps.filter((s) => s.artefact === 'perspectiveGrid');
  const out = new Set<string>();
  for (const c of caseIds)
    for (const s of steps) for (const r of readGrid(board, c, s.id)?.rows ?? []) if (!r.absent) out.add(r.organisation);
  return [...out];
}

export function ThemesWorkspace({ cases }: { cases: Case[] }) {
  const { t } = useTranslation();
  const { control: controlConnection, readOnly, isModerator } = useWorkshop();
  // Promoting, merging and planning data are the moderation's (the server refuses them from participants).
  const shaping = !readOnly && isModerator;
  const board = useBoardConnection().doc;
  const control = controlConnection.doc;
  const themes = useThemes(board);
  const clusters = useClusters(board);
  const { rounds } = useRounds(control);
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeTitle, setMergeTitle] = useState('');
  const { run, error } = useCommand();
  const caseTitle = (id: string) => cases.find((c) => c.id === id)?.title ?? '?';
  const dotRound = [...rounds].reverse().find((r) => r.kind === 'dots') ?? null;
  const candidates = themes.filter((th) => th.kind !== 'case');
  const promoted = new Set(themes.map((th) => th.clusterId).filter(Boolean));

  return (
    <div className="workspace themes-workspace" data-testid="themes-workspace">
      <ErrorAlert code={error} />
      {shaping && clusters.length > 0 && (
        <section className="panel">
          <h2>{t('themes.clusters')}</h2>
          <ul className="plain-list">
            {clusters.map((cl) => (
              <li key={cl.id} data-testid="promote-cluster" data-cluster-name={cl.name}>
                <strong>{cl.name}</strong>{' '}
                {promoted.has(cl.id) ? (
                  <span className="muted small">✓</span>
                ) : (
                  <PromoteForm cases={cases} onPromote={(caseId) => promoteClusterToTheme(board, cl.id, caseId)} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel">
        <h2>{t('themes.caseStores')}</h2>
        {[
          ...cases.map((c) => ({ id: c.id as string | null, title: c.title })),
          { id: null, title: t('themes.noCase') },
        ].map((store) => {
          const own = themes.filter((th) => th.kind === 'case' && th.caseId === store.id);
          if (store.id === null && own.length === 0) return null;
          return (
            <div key={store.id ?? 'none'} className="case-themes" data-testid="case-store" data-case={store.title}>
              <h3>{store.title}</h3>
              <ul className="plain-list">
                {own.map((th) => (
                  <li key={th.id} data-testid="case-theme">
                    {shaping && (
                      <input
                        type="checkbox"
                        aria-label={t('themes.select', { title: th.title })}
                        checked={selected.includes(th.id)}
                        onChange={(e) =>
                          setSelected(e.target.checked ? [...selected, th.id] : selected.filter((x) => x !== th.id))
                        }
                      />
                    )}{' '}
                    {th.title}
                  </li>
                ))}
              </ul>
              {!readOnly && store.id !== null && (
                <AddThemeForm onAdd={(title) => addTheme(board, { title, caseId: store.id })} />
              )}
            </div>
          );
        })}
        {shaping && (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const picked = themes.filter((th) => selected.includes(th.id));
              const title = mergeTitle.trim() || picked[0]?.title || '';
              if (picked.length < 2 || !title) return;
              const caseIds = [...new Set(picked.flatMap((th) => themeCases(board, th)))];
              mergeThemes(board, selected, title, organisationsOfCases(board, control, caseIds));
              setSelected([]);
              setMergeTitle('');
            }}
          >
            <label htmlFor="merge-title" className="visually-hidden">
              {t('themes.mergeTitle')}
            </label>
            <input
              id="merge-title"
              placeholder={t('themes.mergeTitle')}
              maxLength={THEME_TITLE_MAX}
              value={mergeTitle}
              onChange={(e) => setMergeTitle(e.target.value)}
            />
            <button type="submit" disabled={selected.length < 2}>
              {t('themes.merge', { count: selected.length })}
            </button>
          </form>
        )}
      </section>

      <section className="panel">
        <h2>{t('themes.crossCase')}</h2>
        {themes.filter((th) => th.kind === 'crossCase').length === 0 && <p className="muted">{t('themes.none')}</p>}
        {themes
          .filter((th) => th.kind === 'crossCase')
          .map((th) => (
            <ThemeCard key={th.id} theme={th} round={dotRound}>
              <p className="muted small">
                {t('themes.fromCases', { cases: themeCases(board, th).map(caseTitle).join(', ') })}
              </p>
              {!!th.fromOrganisations?.length && (
                <p className="muted small">{t('themes.fromOrgs', { orgs: th.fromOrganisations.join(', ') })}</p>
              )}
              <OrganisationsEditor theme={th} />
            </ThemeCard>
          ))}
      </section>

      <section className="panel">
        <h2>{t('themes.planning')}</h2>
        {themes
          .filter((th) => th.kind === 'planningData')
          .map((th) => (
            <ThemeCard key={th.id} theme={th} round={dotRound}>
              <p className="muted small">
                {th.planning?.report}
                {th.planning?.table ? `, ${th.planning.table}` : ''}
                {th.planning?.year ? ` (${th.planning.year})` : ''} —{' '}
                {t(`themes.relations.${th.planning?.relation ?? 'adds'}`)}
                {th.planning?.note ? `: ${th.planning.note}` : ''}
              </p>
            </ThemeCard>
          ))}
        {shaping && <PlanningForm onAdd={(title, p) => addPlanningTheme(board, title, p)} />}
      </section>

      <DotVoting round={dotRound} candidates={candidates} run={run} />
    </div>
  );
}
