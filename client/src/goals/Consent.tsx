// The consent round on goal formulations: the moderation picks goals and
// opens the round; everyone marks green, blue or red; the tally flags goals
// for rework and the moderation records resolutions.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type { ConsentMark, GoalNode, Round } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { ImportedMark } from '../ui/ImportedMark';
import { useGoals } from './goalsContext';

export function ConsentBar({ round }: { round: Round | null }) {
  const { t } = useTranslation();
  const goals = useGoals();
  const { api, isModerator: moderator } = useWorkshop();
  const open = round?.status === 'open';
  if (moderator && !open && goals.forConsent.length > 0) {
    return (
      <p className="panel consent-bar">
        <button
          type="button"
          onClick={() =>
            goals.run(async () => {
              await api.openRound({ kind: 'consent', title: t('goals.consent.title'), itemIds: goals.forConsent });
              goals.setForConsent([]);
            })
          }
        >
          {t('goals.consent.start', { count: goals.forConsent.length })}
        </button>
      </p>
    );
  }
  if (!open || !round) return null;
  return (
    <p className="panel consent-bar" role="status" data-testid="consent-open">
      {t('goals.consent.open', { count: round.voters })}{' '}
      {moderator && (
        <button type="button" onClick={() => goals.run(() => api.closeRound(round.id))}>
          {t('goals.consent.close')}
        </button>
      )}
    </p>
  );
}

export function ConsentControls({
  node,
  tally,
  flagged,
}: {
  node: GoalNode;
  tally?: { green: number; blue: number; red: number };
  flagged: boolean;
}) {
  const { t } = useTranslation();
  const goals = useGoals();
  const { api, role, readOnly, isModerator: moderator } = useWorkshop();
  const round = goals.consent;
  const [mark, setMark] = useState<ConsentMark | null>(null);
  const inRound = !!round && round.itemIds.includes(node.id);
  useEffect(() => {
    if (round?.status !== 'open' || role !== 'participant' || !inRound) return;
    api.myVotes(round.id).then(
      (r) => setMark((r.votes[node.id] as ConsentMark | undefined) ?? null),
      () => undefined,
    );
  }, [round?.id, round?.status, role, inRound, api, node.id]);
  if (!round || !inRound) return null;
  if (round.status === 'open') {
    if (role !== 'participant') return null;
    return (
      <fieldset className="consent-marks" data-testid="consent-marks">
        <legend>{t('goals.consent.yourMark', { number: node.number || t(`goals.levels.${node.level}`) })}</legend>
        {(['green', 'blue', 'red'] as const).map((m) => (
          <label key={m} className={`mark mark-${m}`}>
            <input
              type="radio"
              name={`mark-${node.id}`}
              checked={mark === m}
              onChange={() => {
                setMark(m);
                void goals.run(async () => {
                  const all = await api.myVotes(round.id);
                  await api.vote(round.id, { marks: { ...(all.votes as Record<string, ConsentMark>), [node.id]: m } });
                });
              }}
            />
            {t(`goals.consent.marks.${m}`)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (!tally) return null;
  return (
    <p className="consent-tally" data-testid="consent-tally">
      {t('goals.consent.tally', tally)}
      <ImportedMark mark={round.imported} />{' '}
      {flagged && <strong className="rework">{t('goals.consent.rework')}</strong>}{' '}
      {moderator && !readOnly && (
        <button
          type="button"
          className="small"
          onClick={() =>
            goals.run(() =>
              api.resolution({
                text: t('goals.consent.resolutionText', { number: node.number, text: node.text }).trim(),
                roundId: round.id,
                itemId: node.id,
              }),
            )
          }
        >
          {t('goals.consent.resolve')}
        </button>
      )}
    </p>
  );
}
