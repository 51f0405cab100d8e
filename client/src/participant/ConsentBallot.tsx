// A consent round on the phone: each goal formulation of the round with
// three large choices (green, blue, red). Every choice is sent at once with
// the person's other marks, since the server replaces a person's votes whole.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { flattenTree, type ConsentMark, type Round } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useGoalTree } from '../sync/useDomain';
import { ErrorAlert } from '../ui/ErrorAlert';

const MARKS = ['green', 'blue', 'red'] as const;

export function ConsentBallot({ board, round }: { board: Y.Doc; round: Round }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const { run, error } = useCommand();
  const goals = flattenTree(useGoalTree(board));
  const [marks, setMarks] = useState<Record<string, ConsentMark>>({});
  useEffect(() => {
    api.myVotes(round.id).then(
      (r) => setMarks(r.votes as Record<string, ConsentMark>),
      () => undefined,
    );
  }, [api, round.id]);
  const choose = (id: string, mark: ConsentMark) => {
    setMarks((m) => ({ ...m, [id]: mark }));
    void run(async () => {
      const mine = (await api.myVotes(round.id)).votes as Record<string, ConsentMark>;
      await api.vote(round.id, { marks: { ...mine, [id]: mark } });
    });
  };
  const done = round.itemIds.filter((id) => marks[id]).length;

  return (
    <section className="panel phone-task" aria-labelledby="phone-consent-title" data-testid="phone-consent">
      <h2 id="phone-consent-title">{round.title}</h2>
      <p className="muted small">{t('phone.vote.consentIntro')}</p>
      <p className="phone-lead" role="status">
        {t('phone.vote.marked', { count: done, total: round.itemIds.length })}
      </p>
      {round.itemIds.map((id) => {
        const goal = goals.find((g) => g.id === id);
        const number = goal ? goal.number || t('phone.vote.overallGoal') : '';
        return (
          <fieldset key={id} className="phone-marks" data-testid="phone-consent-item">
            <legend>
              <strong>{number}</strong> {goal?.text ?? t('phone.vote.unknownItem')}
            </legend>
            {MARKS.map((m) => (
              <label key={m} className={`phone-mark phone-mark-${m}`}>
                <input
                  type="radio"
                  name={`phone-mark-${id}`}
                  checked={marks[id] === m}
                  onChange={() => choose(id, m)}
                />
                {t(`phone.vote.marks.${m}`)}
              </label>
            ))}
          </fieldset>
        );
      })}
      <ErrorAlert code={error} />
    </section>
  );
}
