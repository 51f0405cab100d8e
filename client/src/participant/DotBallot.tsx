// A dot vote on the phone: each theme of the round with large − and +
// buttons, the dots left, and one button to cast them (changeable until the
// moderation closes the round; the server checks the budget).
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import type { Round } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useThemes } from '../sync/useDomain';
import { ErrorAlert } from '../ui/ErrorAlert';

export function DotBallot({ board, round }: { board: Y.Doc; round: Round }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const { run, error } = useCommand();
  const themes = useThemes(board);
  const [dots, setDots] = useState<Record<string, number>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    api.myVotes(round.id).then(
      (r) => setDots(Object.fromEntries(Object.entries(r.votes).map(([k, v]) => [k, Number(v)]))),
      () => undefined,
    );
  }, [api, round.id]);
  const used = Object.values(dots).reduce((a, b) => a + b, 0);
  const left = (round.dotsPerPerson ?? 0) - used;
  const titleOf = (id: string) => themes.find((th) => th.id === id)?.title ?? t('phone.vote.unknownItem');
  const change = (id: string, by: 1 | -1) => {
    setSaved(false);
    setDots({ ...dots, [id]: Math.max(0, (dots[id] ?? 0) + by) });
  };

  return (
    <section className="panel phone-task" aria-labelledby="phone-vote-title" data-testid="phone-dots">
      <h2 id="phone-vote-title">{round.title}</h2>
      <p className="phone-lead" role="status">
        {t('phone.vote.dotsLeft', { count: left })}
      </p>
      <ul className="phone-ballot">
        {round.itemIds.map((id) => {
          const title = titleOf(id);
          const n = dots[id] ?? 0;
          return (
            <li key={id} className="phone-ballot-item" data-testid="phone-dot-item">
              <span className="phone-item-title">{title}</span>
              <span className="phone-dot-controls">
                <button
                  type="button"
                  className="icon"
                  aria-label={t('phone.vote.remove', { title })}
                  disabled={n === 0}
                  onClick={() => change(id, -1)}
                >
                  −
                </button>
                <span className="phone-dots" data-testid="phone-dot-count" data-count={n}>
                  <span aria-hidden="true">{'●'.repeat(n) || '·'}</span>
                  <span className="visually-hidden">{t('phone.vote.dotsOf', { title, count: n })}</span>
                </span>
                <button
                  type="button"
                  className="icon"
                  aria-label={t('phone.vote.add', { title })}
                  disabled={left <= 0}
                  onClick={() => change(id, 1)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="phone-primary"
        onClick={() =>
          void run(async () => {
            await api.vote(round.id, { dots });
            setSaved(true);
          })
        }
      >
        {t('phone.vote.submit')}
      </button>
      <ErrorAlert code={error} />
      {saved && (
        <p role="status" className="muted small">
          {t('phone.vote.saved')}
        </p>
      )}
    </section>
  );
}
