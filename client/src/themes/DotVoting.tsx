// Prioritising themes with dots: the moderation opens and closes the round,
// participants hand out their dots; results stay hidden until it closes.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type { Round, Theme } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import type { Run } from '../app/useCommand';

export function DotVoting({ round, candidates, run }: { round: Round | null; candidates: Theme[]; run: Run }) {
  const { t } = useTranslation();
  const { api, role } = useWorkshop();
  const [perPerson, setPerPerson] = useState('3');
  const [dots, setDots] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  const open = round?.status === 'open';
  useEffect(() => {
    if (!open || role !== 'participant' || !round) return;
    api.myVotes(round.id).then(
      (r) => setDots(Object.fromEntries(Object.entries(r.votes).map(([k, v]) => [k, Number(v)]))),
      () => undefined,
    );
  }, [open, role, round, api]);
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
            if (candidates.length)
              void run(() =>
                api.openRound({
                  kind: 'dots',
                  title: t('themes.vote.title'),
                  itemIds: candidates.map((c) => c.id),
                  dotsPerPerson: Number(perPerson) || 3,
                }),
              );
          }}
        >
          <label>
            {t('themes.vote.dots')}{' '}
            <input type="number" min={1} max={20} value={perPerson} onChange={(e) => setPerPerson(e.target.value)} />
          </label>
          <button type="submit" disabled={candidates.length === 0}>
            {t('themes.vote.start')}
          </button>
        </form>
      )}
      {open && round && (
        <>
          <p role="status">{t('themes.vote.open', { count: round.voters })}</p>
          {role === 'participant' && (
            <div className="dot-ballot" data-testid="dot-ballot">
              <p className="small">{t('themes.vote.left', { count: left })}</p>
              <ul className="plain-list">
                {round.itemIds.map((id) => (
                  <li key={id} className="dot-row">
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('themes.vote.remove', { title: titleOf(id) })}
                      disabled={!dots[id]}
                      onClick={() => setDots({ ...dots, [id]: (dots[id] ?? 0) - 1 })}
                    >
                      −
                    </button>
                    <span className="dot-count" aria-label={titleOf(id)}>
                      {'●'.repeat(dots[id] ?? 0) || '·'}
                    </span>
                    <button
                      type="button"
                      className="icon"
                      aria-label={t('themes.vote.add', { title: titleOf(id) })}
                      disabled={left <= 0}
                      onClick={() => setDots({ ...dots, [id]: (dots[id] ?? 0) + 1 })}
                    >
                      +
                    </button>
                    <span>{titleOf(id)}</span>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                onClick={() =>
                  run(async () => {
                    await api.vote(round.id, { dots });
                    setSaved(true);
                  })
                }
              >
                {t('themes.vote.submit')}
              </button>
              {saved && (
                <p role="status" className="muted small">
                  {t('themes.vote.saved')}
                </p>
              )}
            </div>
          )}
          {role !== 'participant' && <p className="muted small">{t('themes.vote.hidden')}</p>}
          {role === 'moderator' && (
            <button type="button" onClick={() => run(() => api.closeRound(round.id))}>
              {t('themes.vote.close')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
