// From clusters to themes to generative themes: take clusters over into a
// case's theme store, merge themes of several cases into cross-case themes
// (with who deals with them and whether they are in the network), add
// themes from planning data, prioritise with a dot vote (hidden until
// closed), and choose the generative themes.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addPlanningTheme,
  addTheme,
  getAgenda,
  mergeThemes,
  promoteClusterToTheme,
  readGrid,
  removeTheme,
  setGenerative,
  setThemeOrganisations,
  themeCases,
  THEME_TITLE_MAX,
  type Case,
  type PlanningSource,
  type Round,
  type Theme,
} from '@nws/shared';
import { api, ApiError } from '../api';
import { errorText } from '../ui/ErrorPage';
import { useClusters } from '../sync/useCards';
import { useRounds, useThemes } from '../sync/useDomain';

interface Props {
  workshopId: string;
  token: string;
  board: Y.Doc;
  control: Y.Doc;
  cases: Case[];
  role: 'moderator' | 'participant' | 'screen';
}

/** Organisations present in a case's perspective grids: where a merged theme came from. */
function organisationsOfCases(board: Y.Doc, control: Y.Doc, caseIds: string[]): string[] {
  const steps = getAgenda(control).steps.filter((s) => s.artefact === 'perspectiveGrid');
  const out = new Set<string>();
  for (const c of caseIds) for (const s of steps) for (const r of readGrid(board, c, s.id)?.rows ?? []) if (!r.absent) out.add(r.organisation);
  return [...out];
}

export function ThemesWorkspace({ workshopId, token, board, control, cases, role }: Props) {
  const { t } = useTranslation();
  const themes = useThemes(board);
  const clusters = useClusters(board);
  const { rounds } = useRounds(control);
  const readOnly = role === 'screen';
  const moderator = role === 'moderator';
  const [selected, setSelected] = useState<string[]>([]);
  const [mergeTitle, setMergeTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const caseTitle = (id: string) => cases.find((c) => c.id === id)?.title ?? '?';
  const dotRound = [...rounds].reverse().find((r) => r.kind === 'dots') ?? null;
  const candidates = themes.filter((th) => th.kind !== 'case');
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
    }
  };
  const promoted = new Set(themes.map((th) => th.clusterId).filter(Boolean));

  return (
    <div className="workspace themes-workspace" data-testid="themes-workspace">
      {error && <p role="alert" className="error">{errorText(t, error)}</p>}
      {!readOnly && clusters.length > 0 && (
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
        {[...cases.map((c) => ({ id: c.id as string | null, title: c.title })), { id: null, title: t('themes.noCase') }].map((store) => {
          const own = themes.filter((th) => th.kind === 'case' && th.caseId === store.id);
          if (store.id === null && own.length === 0) return null;
          return (
            <div key={store.id ?? 'none'} className="case-themes" data-testid="case-store" data-case={store.title}>
              <h3>{store.title}</h3>
              <ul className="plain-list">
                {own.map((th) => (
                  <li key={th.id} data-testid="case-theme">
                    {!readOnly && (
                      <input
                        type="checkbox"
                        aria-label={t('themes.select', { title: th.title })}
                        checked={selected.includes(th.id)}
                        onChange={(e) => setSelected(e.target.checked ? [...selected, th.id] : selected.filter((x) => x !== th.id))}
                      />
                    )}{' '}
                    {th.title}
                  </li>
                ))}
              </ul>
              {!readOnly && store.id !== null && <AddThemeForm onAdd={(title) => addTheme(board, { title, caseId: store.id })} />}
            </div>
          );
        })}
        {!readOnly && (
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
            <label htmlFor="merge-title" className="visually-hidden">{t('themes.mergeTitle')}</label>
            <input id="merge-title" placeholder={t('themes.mergeTitle')} maxLength={THEME_TITLE_MAX} value={mergeTitle} onChange={(e) => setMergeTitle(e.target.value)} />
            <button type="submit" disabled={selected.length < 2}>{t('themes.merge', { count: selected.length })}</button>
          </form>
        )}
      </section>

      <section className="panel">
        <h2>{t('themes.crossCase')}</h2>
        {themes.filter((th) => th.kind === 'crossCase').length === 0 && <p className="muted">{t('themes.none')}</p>}
        {themes
          .filter((th) => th.kind === 'crossCase')
          .map((th) => (
            <ThemeCard key={th.id} theme={th} board={board} readOnly={readOnly} round={dotRound} moderator={moderator}>
              <p className="muted small">{t('themes.fromCases', { cases: themeCases(board, th).map(caseTitle).join(', ') })}</p>
              {!!th.fromOrganisations?.length && <p className="muted small">{t('themes.fromOrgs', { orgs: th.fromOrganisations.join(', ') })}</p>}
              <OrganisationsEditor theme={th} board={board} readOnly={readOnly} />
            </ThemeCard>
          ))}
      </section>

      <section className="panel">
        <h2>{t('themes.planning')}</h2>
        {themes
          .filter((th) => th.kind === 'planningData')
          .map((th) => (
            <ThemeCard key={th.id} theme={th} board={board} readOnly={readOnly} round={dotRound} moderator={moderator}>
              <p className="muted small">
                {th.planning?.report}
                {th.planning?.table ? `, ${th.planning.table}` : ''}
                {th.planning?.year ? ` (${th.planning.year})` : ''} — {t(`themes.relations.${th.planning?.relation ?? 'adds'}`)}
                {th.planning?.note ? `: ${th.planning.note}` : ''}
              </p>
            </ThemeCard>
          ))}
        {!readOnly && <PlanningForm onAdd={(title, p) => addPlanningTheme(board, title, p)} />}
      </section>

      <DotVoting workshopId={workshopId} token={token} round={dotRound} candidates={candidates} role={role} act={act} />
    </div>
  );
}

function PromoteForm({ cases, onPromote }: { cases: Case[]; onPromote: (caseId: string | null) => void }) {
  const { t } = useTranslation();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  return (
    <span className="inline-form">
      <label>
        <span className="visually-hidden">{t('themes.promoteTo')}</span>
        <select value={caseId} onChange={(e) => setCaseId(e.target.value)} aria-label={t('themes.promoteTo')}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>{c.title}</option>
          ))}
          <option value="">{t('themes.noCase')}</option>
        </select>
      </label>
      <button type="button" className="small" onClick={() => onPromote(caseId || null)}>{t('themes.promote')}</button>
    </span>
  );
}

function AddThemeForm({ onAdd }: { onAdd: (title: string) => void }) {
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
      <input aria-label={t('conf.recon.addTheme')} maxLength={THEME_TITLE_MAX} value={title} onChange={(e) => setTitle(e.target.value)} />
      <button type="submit" className="small secondary">{t('conf.recon.add')}</button>
    </form>
  );
}

function ThemeCard({ theme, board, readOnly, round, moderator, children }: { theme: Theme; board: Y.Doc; readOnly: boolean; round: Round | null; moderator: boolean; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const dots = round?.status === 'closed' && round.itemIds.includes(theme.id) ? (round.dots?.[theme.id] ?? 0) : null;
  return (
    <div className={`theme-card ${theme.generative ? 'generative' : ''}`} data-testid="theme-card" data-title={theme.title}>
      <div className="theme-head">
        <strong>{theme.title}</strong>
        {dots !== null && <span className="dots-result" data-testid="dots-result">{t('themes.vote.result', { count: dots })}</span>}
        {moderator && !readOnly ? (
          <label className="radio small">
            <input type="checkbox" checked={theme.generative} onChange={(e) => setGenerative(board, theme.id, e.target.checked)} />
            {t('themes.generative')}
          </label>
        ) : (
          theme.generative && <span className="tag">{t('themes.generative')}</span>
        )}
        {!readOnly && moderator && (
          <button type="button" className="small secondary" onClick={() => removeTheme(board, theme.id)}>{t('conf.recon.remove')}</button>
        )}
      </div>
      {children}
    </div>
  );
}

function OrganisationsEditor({ theme, board, readOnly }: { theme: Theme; board: Y.Doc; readOnly: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const orgs = theme.organisations ?? [];
  return (
    <div className="theme-orgs">
      <p className="small"><strong>{t('themes.dealWith')}</strong></p>
      <ul className="plain-list">
        {orgs.map((o, i) => (
          <li key={o.name}>
            {o.name}{' '}
            {readOnly ? (
              <span className="muted small">({o.inNetwork ? t('themes.inNetwork') : t('themes.toInvite')})</span>
            ) : (
              <>
                <label className="radio small">
                  <input type="checkbox" checked={o.inNetwork} onChange={(e) => setThemeOrganisations(board, theme.id, orgs.map((x, j) => (j === i ? { ...x, inNetwork: e.target.checked } : x)))} />
                  {t('themes.inNetwork')}
                </label>
                <button type="button" className="small secondary" onClick={() => setThemeOrganisations(board, theme.id, orgs.filter((_, j) => j !== i))}>{t('themes.removeOrg')}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const n = name.trim();
            if (!n || orgs.some((o) => o.name === n)) return;
            setThemeOrganisations(board, theme.id, [...orgs, { name: n, inNetwork: false }]);
            setName('');
          }}
        >
          <input aria-label={`${t('themes.addOrg')}: ${theme.title}`} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="small secondary">{t('themes.addOrgButton')}</button>
        </form>
      )}
    </div>
  );
}

function PlanningForm({ onAdd }: { onAdd: (title: string, p: PlanningSource) => void }) {
  const { t } = useTranslation();
  const empty = { title: '', report: '', table: '', year: '', relation: 'confirms' as PlanningSource['relation'], note: '' };
  const [f, setF] = useState(empty);
  return (
    <details>
      <summary>{t('themes.addPlanning')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!f.title.trim() || !f.report.trim()) return;
          onAdd(f.title, { report: f.report.trim(), table: f.table.trim(), year: f.year ? Number(f.year) : null, relation: f.relation, note: f.note.trim() });
          setF(empty);
        }}
      >
        {(['title', 'report', 'table'] as const).map((k) => (
          <label key={k} className="field">
            <span>{t(k === 'title' ? 'themes.planningTitle' : `themes.${k}`)}</span>
            <input required={k !== 'table'} maxLength={200} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
          </label>
        ))}
        <label className="field">
          <span>{t('themes.year')}</span>
          <input type="number" min={1900} max={2200} value={f.year} onChange={(e) => setF({ ...f, year: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('themes.relation')}</span>
          <select value={f.relation} onChange={(e) => setF({ ...f, relation: e.target.value as PlanningSource['relation'] })}>
            {(['confirms', 'adds', 'contradicts'] as const).map((r) => (
              <option key={r} value={r}>{t(`themes.relations.${r}`)}</option>
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

function DotVoting({ workshopId, token, round, candidates, role, act }: { workshopId: string; token: string; round: Round | null; candidates: Theme[]; role: string; act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const [perPerson, setPerPerson] = useState('3');
  const [dots, setDots] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  const open = round?.status === 'open';
  useEffect(() => {
    if (!open || role !== 'participant' || !round) return;
    api.myVotes(workshopId, token, round.id).then((r) => setDots(Object.fromEntries(Object.entries(r.votes).map(([k, v]) => [k, Number(v)]))), () => undefined);
  }, [open, role, round, workshopId, token]);
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = (round?.dotsPerPerson ?? 0) - used;
  const titleOf = (id: string) => candidates.find((c) => c.id === id)?.title ?? id;
  return (
    <section className="panel" data-testid="dot-voting">
      <h2>{t('themes.generativeList')}</h2>
      {role === 'moderator' && !open && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (candidates.length) void act(() => api.openRound(workshopId, token, { kind: 'dots', title: t('themes.vote.title'), itemIds: candidates.map((c) => c.id), dotsPerPerson: Number(perPerson) || 3 }));
          }}
        >
          <label>
            {t('themes.vote.dots')} <input type="number" min={1} max={20} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
          </label>
          <button type="submit" disabled={candidates.length === 0}>{t('themes.vote.start')}</button>
        </form>
      )}
      {open && round && (
        <>
          <p role="status">{t('themes.vote.open', { voters: round.voters })}</p>
          {role === 'participant' && (
            <div className="dot-ballot" data-testid="dot-ballot">
              <p className="small">{t('themes.vote.left', { count: left })}</p>
              <ul className="plain-list">
                {round.itemIds.map((id) => (
                  <li key={id} className="dot-row">
                    <button type="button" className="icon" aria-label={t('themes.vote.remove', { title: titleOf(id) })} disabled={!dots[id]} onClick={() => setDots({ ...dots, [id]: (dots[id] ?? 0) - 1 })}>−</button>
                    <span className="dot-count" aria-label={titleOf(id)}>{'●'.repeat(dots[id] ?? 0) || '·'}</span>
                    <button type="button" className="icon" aria-label={t('themes.vote.add', { title: titleOf(id) })} disabled={left <= 0} onClick={() => setDots({ ...dots, [id]: (dots[id] ?? 0) + 1 })}>+</button>
                    <span>{titleOf(id)}</span>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => act(async () => { await api.vote(workshopId, token, round.id, { dots }); setSaved(true); })}>
                {t('themes.vote.submit')}
              </button>
              {saved && <p role="status" className="muted small">{t('themes.vote.saved')}</p>}
            </div>
          )}
          {role !== 'participant' && <p className="muted small">{t('themes.vote.hidden')}</p>}
          {role === 'moderator' && (
            <button type="button" onClick={() => act(() => api.closeRound(workshopId, token, round.id))}>{t('themes.vote.close')}</button>
          )}
        </>
      )}
    </section>
  );
}
