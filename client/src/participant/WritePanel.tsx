// Writing cards alone: the current question, the writer's own private cards
// (edit and delete until the reveal) and a field for the next card. The
// cards go to the server over HTTP and nowhere else until the reveal; a card
// written without a connection waits on the device ("wird gesendet …",
// useOutbox) and goes when the connection is back, also after a reload.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { CARD_TEXT_MAX, type CardQuery, type PrivateCard } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { errorCode, useCommand } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryTimer } from '../ui/QueryTimer';
import { useOutbox } from './useOutbox';
import { errorText } from '../i18n/keys';

export function WritePanel({ query }: { query: CardQuery | null }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const { run, error, setError } = useCommand();
  const [cards, setCards] = useState<PrivateCard[]>([]);
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const queryId = query?.id;
  const writing = query?.status === 'writing' && query.mode !== 'callout';

  const reload = useCallback(async () => {
    if (!queryId) return;
    try {
      setCards((await api.myCards(queryId)).cards);
    } catch (err) {
      setError(errorCode(err));
    }
  }, [api, queryId, setError]);

  useEffect(() => {
    setCards([]);
    setError(null);
    void reload();
  }, [reload, setError, query?.status]);

  const outbox = useOutbox(() => void reload());
  const waiting = outbox.waiting.filter((c) => c.queryId === queryId);

  // Every change is followed by a reload: the server's list is the truth.
  const change = async (fn: () => Promise<unknown>) => {
    await run(fn);
    await reload();
  };

  const add = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value || !queryId) return;
    outbox.send(queryId, value);
    setText('');
  };

  if (!query)
    return (
      <p className="panel muted" data-testid="write-panel">
        {t('query.waiting')}
      </p>
    );
  const written = cards.length + waiting.length;
  const full = query.perPersonLimit !== null && written >= query.perPersonLimit;

  return (
    <section className="panel write-panel" aria-labelledby="write-title" data-testid="write-panel">
      <h2 id="write-title" className="question">
        {query.question}
      </h2>
      <QueryTimer query={query} />
      {query.mode === 'callout' ? (
        <p>{t('query.calloutInfo')}</p>
      ) : !writing ? (
        <p role="status">{t('query.revealed')}</p>
      ) : (
        <>
          <p className="muted small">{t(query.mode === 'anonymous' ? 'query.anonymousInfo' : 'query.namedInfo')}</p>
          <form className="add-card stacked" onSubmit={add}>
            <label htmlFor="private-card">{t('query.privateCardLabel')}</label>
            <textarea
              id="private-card"
              value={text}
              rows={3}
              maxLength={CARD_TEXT_MAX}
              placeholder={t('board.newCardPlaceholder')}
              disabled={full}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) add(e);
              }}
            />
            <button type="submit" disabled={full || !text.trim()}>
              {t('query.privateCardSubmit')}
            </button>
          </form>
          {query.perPersonLimit !== null && (
            <p className="muted small" aria-live="polite">
              {full ? t('query.limitReached') : t('query.limitInfo', { count: written, limit: query.perPersonLimit })}
            </p>
          )}
          <ErrorAlert code={error} />
          {outbox.refused && (
            <p role="alert" className="error" data-testid="card-refused">
              {t('query.cardRefused', { text: outbox.refused.text, reason: errorText(t, outbox.refused.code) })}
            </p>
          )}
          <h3>{t('query.yourCards')}</h3>
          <ul className="my-cards" data-testid="my-cards">
            {waiting.map((card) => (
              <li key={card.key} className="card color-yellow card-waiting" data-testid="my-card-waiting">
                <p className="card-text">{card.text}</p>
                <p className="muted small" role="status">
                  {t('query.sending')}
                </p>
              </li>
            ))}
            {cards.map((card) => (
              <li key={card.id} className="card color-yellow" data-testid="my-card">
                {editing?.id === card.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const value = editing.text.trim();
                      if (value) void change(() => api.editMyCard(query.id, card.id, value));
                      setEditing(null);
                    }}
                  >
                    <label className="visually-hidden" htmlFor={`my-${card.id}`}>
                      {t('board.editLabel')}
                    </label>
                    <textarea
                      id={`my-${card.id}`}
                      autoFocus
                      value={editing.text}
                      maxLength={CARD_TEXT_MAX}
                      onChange={(e) => setEditing({ id: card.id, text: e.target.value })}
                    />
                    <div className="card-actions">
                      <button type="submit">{t('board.save')}</button>
                      <button type="button" onClick={() => setEditing(null)}>
                        {t('board.cancel')}
                      </button>
                    </div>
                  </form>
                ) : (
                  <>
                    <p className="card-text">{card.text}</p>
                    <div className="card-actions">
                      <button type="button" onClick={() => setEditing({ id: card.id, text: card.text })}>
                        {t('board.edit')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          if (window.confirm(t('board.deleteConfirm', { text: card.text })))
                            void change(() => api.deleteMyCard(query.id, card.id));
                        }}
                      >
                        {t('board.delete')}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
