// The moderator's card query control: open a query (question, mode, purpose,
// limit, timer), switch between queries, watch how many cards each person
// has written (counts only; anonymous queries: the total only), extend the
// timer and reveal.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { QUESTION_MAX, type CardQuery, type QueryMode, type QueryProgress, type QueryPurpose } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand, type Run } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryTimer } from '../ui/QueryTimer';
import { useMainCommands } from './useMainCommands';

export function QueryPanel({ queries, active }: { queries: CardQuery[]; active: CardQuery | null }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const { run, error, setError } = useCommand();
  const { reveal } = useMainCommands(null, run, setError);
  return (
    <section className="panel query-panel" aria-labelledby="query-panel-title" data-testid="query-panel">
      <h2 id="query-panel-title">{t('query.title')}</h2>
      {active && <ActiveQuery query={active} run={run} reveal={reveal} />}
      <ErrorAlert code={error} />
      {queries.length > 1 && (
        <>
          <h3>{t('query.list')}</h3>
          <ul className="query-list">
            {queries.map((q) => (
              <li key={q.id}>
                <span>{q.question}</span> <span className="muted small">({t(`query.status.${q.status}`)})</span>{' '}
                {q.id === active?.id ? (
                  <strong className="small">{t('query.active')}</strong>
                ) : (
                  <button type="button" className="small" onClick={() => run(() => api.activateQuery(q.id))}>
                    {t('query.activate')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <NewQueryForm onCreate={(body) => run(() => api.createQuery(body))} />
    </section>
  );
}

function ActiveQuery({ query, run, reveal }: { query: CardQuery; run: Run; reveal: (queryId: string) => void }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const [progress, setProgress] = useState<QueryProgress | null>(null);
  const writing = query.status === 'writing';
  // The server gives counts per person for named queries only; the total is in the control document.
  const perPerson = query.mode === 'named';
  useEffect(() => {
    if (!writing || !perPerson) return;
    let live = true;
    const poll = () =>
      api.progress(query.id).then(
        (p) => live && setProgress(p),
        () => undefined,
      );
    void poll();
    // Counts per person are for the moderator only, so they come over HTTP, not a shared doc.
    const timer = setInterval(poll, 2000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api, query.id, writing, perPerson, query.cardCount]);
  return (
    <div className="active-query" data-testid="active-query" data-query-id={query.id}>
      <p className="question">{query.question}</p>
      <p className="muted small">
        {t(`query.modes.${query.mode}`)} · {t(`query.status.${query.status}`)} ·{' '}
        <span data-testid="query-count">{t('query.written', { count: query.cardCount })}</span>
      </p>
      <QueryTimer query={query} />
      {writing && (
        <>
          {query.timerEndsAt !== null && (
            <button type="button" className="secondary" onClick={() => run(() => api.extendTimer(query.id, 2))}>
              {t('query.addMinutes')}
            </button>
          )}
          <h3>{t('query.progress')}</h3>
          {perPerson ? (
            <ul className="progress-list" data-testid="query-progress">
              {progress?.people?.map((p) => (
                <li key={p.sessionId} data-count={p.count}>
                  {t('query.progressRow', { name: p.name, organisation: p.organisation, count: p.count })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small" data-testid="query-progress-total-only">
              {t('query.progressAnonymous')}
            </p>
          )}
          <button type="button" onClick={() => reveal(query.id)}>
            {t('query.reveal')}
          </button>
        </>
      )}
    </div>
  );
}

function NewQueryForm({
  onCreate,
}: {
  onCreate: (body: {
    question: string;
    mode: QueryMode;
    purpose: QueryPurpose;
    perPersonLimit: number | null;
    timerSeconds: number | null;
  }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [question, setQuestion] = useState('');
  const [mode, setMode] = useState<QueryMode>('named');
  const [purpose, setPurpose] = useState<QueryPurpose>('actors');
  const [limit, setLimit] = useState('');
  const [minutes, setMinutes] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return;
    await onCreate({
      question: question.trim(),
      mode,
      purpose,
      perPersonLimit: limit ? Number(limit) : null,
      timerSeconds: minutes ? Math.round(Number(minutes) * 60) : null,
    });
    setQuestion('');
  };
  return (
    <details className="new-query" open={false}>
      <summary>{t('query.new')}</summary>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('query.question')}</span>
          <textarea
            name="question"
            required
            maxLength={QUESTION_MAX}
            rows={2}
            placeholder={t('query.questionPlaceholder')}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </label>
        <fieldset className="field">
          <legend>{t('query.mode')}</legend>
          {(['named', 'anonymous', 'callout'] as const).map((m) => (
            <label key={m} className="radio">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              {t(`query.modes.${m}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('query.purpose')}</span>
          <select value={purpose} onChange={(e) => setPurpose(e.target.value as QueryPurpose)}>
            {(['actors', 'ideas'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`query.purposes.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('query.limit')}</span>
          <input
            type="number"
            min={1}
            max={100}
            inputMode="numeric"
            value={limit}
            onChange={(e) => setLimit(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('query.timer')}</span>
          <input
            type="number"
            min={1}
            max={240}
            step="0.5"
            inputMode="decimal"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <button type="submit">{t('query.start')}</button>
      </form>
    </details>
  );
}
