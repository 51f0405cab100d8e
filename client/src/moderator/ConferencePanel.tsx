// Steering the planning conference: back, next (warning before Phase II with
// fewer than four reconstructed cases), jump, the step timer; for the
// moderation also the cases (with the pseudonymisation reminder) and the
// agenda (rename, reorder, skip, add, remove added steps).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPosition, reconstructedCount, warnsTooFewCases, CASE_TITLE_MAX, NARRATION_MAX, type Position } from '@nws/shared';
import { api, ApiError, type Person } from '../api';
import { errorText } from '../ui/ErrorPage';
import type { ConferenceState } from '../sync/useConference';
import { loc, useLang } from '../conference/StepBanner';
import { CaseRolesEditor } from './CaseRolesEditor';

interface Props {
  workshopId: string;
  token: string;
  conf: ConferenceState;
  people: Person[];
  /** The workshop's moderation (not only the case's): may edit cases and the agenda. */
  isModerator: boolean;
}

export function ConferencePanel({ workshopId, token, conf, people, isModerator }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
    }
  };
  const { agenda, cases, position } = conf;
  const go = (body: Parameters<typeof api.step>[2]) => act(() => api.step(workshopId, token, body));
  const next = () => {
    if (!position) return go({ to: 'start' });
    const to = nextPosition(agenda, cases, position);
    if (!to) return setError('no_step');
    if (warnsTooFewCases(agenda, cases, position, to) && !window.confirm(t('conf.warnFewCases', { count: reconstructedCount(cases) + 1 }))) return;
    return go({ to: 'next' });
  };
  const jumpTargets: { label: string; pos: Position }[] = agenda.steps
    .filter((s) => !s.skipped)
    .flatMap((s): { label: string; pos: Position }[] =>
      s.phase === 'I'
        ? cases.map((c, i) => ({ label: `${t('conf.phase', { phase: 'I' })} · ${i + 1}. ${c.title} · ${loc(s.title, lang)}`, pos: { stepId: s.id, caseId: c.id } }))
        : [{ label: `${t('conf.phase', { phase: s.phase })} · ${loc(s.title, lang)}`, pos: { stepId: s.id, caseId: null } }],
    );
  const timerRunning = conf.timer?.endsAt != null;
  return (
    <section className="panel conference-panel" aria-labelledby="conf-panel-title" data-testid="conference-panel">
      <h2 id="conf-panel-title">{t('conf.title')}</h2>
      <div className="nav-buttons">
        {position ? (
          <>
            <button type="button" className="secondary" onClick={() => go({ to: 'back' })}>
              {t('conf.back')}
            </button>
            <button type="button" onClick={next}>
              {t('conf.next')}
            </button>
          </>
        ) : (
          <button type="button" onClick={next}>
            {t('conf.start')}
          </button>
        )}
      </div>
      <label className="field">
        <span>{t('conf.jump')}</span>
        <select
          value=""
          onChange={(e) => {
            const target = jumpTargets[Number(e.target.value)];
            if (target) void go(target.pos);
          }}
        >
          <option value="" disabled>{t('conf.jumpTo')}</option>
          {jumpTargets.map((j, i) => (
            <option key={i} value={i}>{j.label}</option>
          ))}
        </select>
      </label>
      {position && (
        <div className="timer-controls" role="group" aria-label={t('conf.timer.label')}>
          <button type="button" onClick={() => act(() => api.timer(workshopId, token, { action: timerRunning ? 'pause' : 'start' }))}>
            {timerRunning ? t('conf.timer.pause') : t('conf.timer.start')}
          </button>
          {[1, 5].map((n) => (
            <button key={n} type="button" className="secondary" onClick={() => act(() => api.timer(workshopId, token, { action: 'add', minutes: n }))}>
              {t('conf.timer.add', { n })}
            </button>
          ))}
        </div>
      )}
      {error && <p role="alert" className="error">{errorText(t, error)}</p>}
      <CasesSection workshopId={workshopId} token={token} conf={conf} people={people} isModerator={isModerator} act={act} />
      {isModerator && <AgendaEditor workshopId={workshopId} token={token} conf={conf} act={act} />}
    </section>
  );
}

function CasesSection({ workshopId, token, conf, people, isModerator, act }: Props & { act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [narration, setNarration] = useState('');
  const [giver, setGiver] = useState('');
  const participants = people.filter((p) => p.role === 'participant');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    void act(async () => {
      await api.addCase(workshopId, token, { title: title.trim(), narration, caseGiverId: giver || null });
      setTitle('');
      setNarration('');
      setGiver('');
    });
  };
  return (
    <div className="cases">
      <h3>{t('conf.cases.title')}</h3>
      {conf.cases.length === 0 && <p className="muted small">{t('conf.cases.none')}</p>}
      <ol className="case-list">
        {conf.cases.map((c) => (
          <li key={c.id} data-testid="case-item">
            <details>
              <summary>
                {c.title} <span className="muted small">({t(`conf.cases.status.${c.status}`)})</span>
              </summary>
              <CaseRolesEditor workshopId={workshopId} token={token} kase={c} people={people} />
              {isModerator && <CaseEditor workshopId={workshopId} token={token} id={c.id} title={c.title} narration={c.narration} act={act} />}
              {conf.position?.caseId !== c.id && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => act(() => api.step(workshopId, token, { stepId: conf.agenda.steps.find((s) => s.phase === 'I' && !s.skipped)!.id, caseId: c.id }))}
                >
                  {t('conf.cases.run')}
                </button>
              )}
            </details>
          </li>
        ))}
      </ol>
      {isModerator && (
        <details>
          <summary>{t('conf.cases.add')}</summary>
          <form onSubmit={add} data-testid="add-case-form">
            <p className="notice small" role="note">{t('conf.cases.privacy')}</p>
            <label className="field">
              <span>{t('conf.cases.caseTitle')}</span>
              <input required maxLength={CASE_TITLE_MAX} value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('conf.cases.narration')}</span>
              <textarea rows={5} maxLength={NARRATION_MAX} value={narration} onChange={(e) => setNarration(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('conf.cases.giver')}</span>
              <select value={giver} onChange={(e) => setGiver(e.target.value)}>
                <option value="">{t('conf.cases.nobody')}</option>
                {participants.map((p) => (
                  <option key={p.sessionId} value={p.sessionId}>{p.name} ({p.organisation})</option>
                ))}
              </select>
            </label>
            <button type="submit">{t('conf.cases.add')}</button>
          </form>
        </details>
      )}
    </div>
  );
}

function CaseEditor({ workshopId, token, id, title, narration, act }: { workshopId: string; token: string; id: string; title: string; narration: string; act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ title, narration });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void act(() => api.updateCase(workshopId, token, id, draft));
      }}
    >
      <p className="notice small" role="note">{t('conf.cases.privacy')}</p>
      <label className="field">
        <span>{t('conf.cases.caseTitle')}</span>
        <input required maxLength={CASE_TITLE_MAX} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('conf.cases.narration')}</span>
        <textarea rows={5} maxLength={NARRATION_MAX} value={draft.narration} onChange={(e) => setDraft({ ...draft, narration: e.target.value })} />
      </label>
      <button type="submit">{t('conf.cases.save')}</button>
    </form>
  );
}

function AgendaEditor({ workshopId, token, conf, act }: { workshopId: string; token: string; conf: ConferenceState; act: (fn: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [newTitle, setNewTitle] = useState<Record<string, string>>({});
  const op = (body: Record<string, unknown>) => act(() => api.agenda(workshopId, token, body));
  return (
    <details className="agenda-editor">
      <summary>{t('conf.agenda.title')}</summary>
      <ol>
        {conf.agenda.steps.map((s, i) => (
          <li key={s.id} className={s.skipped ? 'skipped' : ''}>
            <input
              key={`${s.id}:${loc(s.title, lang)}`}
              defaultValue={loc(s.title, lang)}
              aria-label={t('conf.agenda.rename', { title: loc(s.title, lang) })}
              maxLength={500}
              onBlur={(e) => {
                const v = e.target.value.trim();
                if (v && v !== loc(s.title, lang)) void op({ op: 'rename', stepId: s.id, title: { [lang]: v } });
              }}
            />
            <span className="agenda-actions">
              <button type="button" className="icon" aria-label={`${t('conf.agenda.up')}: ${loc(s.title, lang)}`} onClick={() => op({ op: 'move', stepId: s.id, toIndex: Math.max(0, i - 1) })}>↑</button>
              <button type="button" className="icon" aria-label={`${t('conf.agenda.down')}: ${loc(s.title, lang)}`} onClick={() => op({ op: 'move', stepId: s.id, toIndex: i + 1 })}>↓</button>
              <label className="radio small">
                <input type="checkbox" checked={s.skipped} onChange={(e) => op({ op: 'skip', stepId: s.id, skipped: e.target.checked })} />
                {t('conf.agenda.skip')}
              </label>
              {s.custom && (
                <button type="button" className="small danger" onClick={() => op({ op: 'remove', stepId: s.id })}>{t('conf.agenda.remove')}</button>
              )}
            </span>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                const title = newTitle[s.id]?.trim();
                if (!title) return;
                void op({ op: 'add', afterId: s.id, title: { de: title, en: title } }).then(() => setNewTitle({ ...newTitle, [s.id]: '' }));
              }}
            >
              <input
                placeholder={t('conf.agenda.newTitle')}
                aria-label={t('conf.agenda.addAfter', { title: loc(s.title, lang) })}
                maxLength={500}
                value={newTitle[s.id] ?? ''}
                onChange={(e) => setNewTitle({ ...newTitle, [s.id]: e.target.value })}
              />
              <button type="submit" className="small secondary">+</button>
            </form>
          </li>
        ))}
      </ol>
    </details>
  );
}
