// For the moderation of a steering group's workshop (Lenkungsgruppe): the
// working groups' resolutions forwarded to it, each to confirm, send back
// (with a reason) or reject, with the vote's tally if it voted. The server
// records the decision as taken in this workshop and keeps every rule
// (steering group only, moderation only, a reason to send back); the form
// checks the same beforehand only to say so at once. Not printed.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { protocolDate, TALLY_MAX, type SteeringDecision, type SteeringItem } from '@nws/shared';
import { moderationApi } from '../apiModeration';
import { useCommand } from '../app/useCommand';
import { useWorkshop } from '../app/WorkshopProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { noVotes, readVotes, voteKeys, type Votes } from './steeringWords';

interface Props {
  lang: 'de' | 'en';
  /** After a decision: the protocol's lists load again. */
  onDecided: () => void;
}

export function SteeringDecide({ lang, onDecided }: Props) {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const [awaiting, setAwaiting] = useState<SteeringItem[] | null>(null);
  const [version, setVersion] = useState(0);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    let live = true;
    moderationApi.steeringQueue(workshopId, token).then(
      (r) => live && setAwaiting(r.awaiting),
      () => undefined, // offline: the panel waits for the next load
    );
    return () => {
      live = false;
    };
  }, [workshopId, token, version]);
  if (awaiting === null) return null;
  const decided = (item: SteeringItem, decision: SteeringDecision) => {
    setAnnounced(t('steeringWs.panel.decided', { text: item.text, state: t(`steeringWs.states.${decision}`) }));
    setVersion((v) => v + 1);
    onDecided();
  };
  return (
    <section className="panel no-print" aria-labelledby="steering-ws-title" data-testid="steering-decide">
      <h2 id="steering-ws-title">{t('steeringWs.panel.title')}</h2>
      <p className="hint">{t('steeringWs.panel.intro')}</p>
      {awaiting.length === 0 ? (
        <p className="muted">{t('steeringWs.panel.none')}</p>
      ) : (
        <ul className="plain-list">
          {awaiting.map((item) => (
            <AwaitingResolution
              key={`${item.id}/${item.forwardedAt}`}
              item={item}
              workshopId={workshopId}
              token={token}
              lang={lang}
              onDecided={decided}
            />
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announced}
      </p>
    </section>
  );
}

interface ItemProps {
  item: SteeringItem;
  workshopId: string;
  token: string;
  lang: 'de' | 'en';
  onDecided: (item: SteeringItem, decision: SteeringDecision) => void;
}

function AwaitingResolution({ item, workshopId, token, lang, onDecided }: ItemProps) {
  const { t } = useTranslation();
  const { run, error, busy } = useCommand();
  const [reason, setReason] = useState('');
  const [votes, setVotes] = useState<Votes>(noVotes);
  const [problem, setProblem] = useState<'reasonMissing' | 'tallyInvalid' | null>(null);
  const textId = `steering-ws-${item.id}`;
  const problemId = `${textId}-problem`;
  const decide = async (decision: SteeringDecision) => {
    const tally = readVotes(votes);
    const next =
      tally === 'invalid' ? 'tallyInvalid' : decision === 'sent_back' && !reason.trim() ? 'reasonMissing' : null;
    setProblem(next);
    if (next || tally === 'invalid') return;
    const body = { decision, reason: reason.trim() || null, tally };
    if (await run(() => moderationApi.steeringDecide(workshopId, token, item.id, body))) onDecided(item, decision);
  };
  return (
    <li data-testid="steering-awaiting">
      <p id={textId}>
        <strong>{item.text}</strong>
      </p>
      <p className="muted small">
        {t('steeringWs.panel.from', {
          workshop: item.workshopName,
          body: item.bodyName,
          date: protocolDate(item.forwardedAt, lang),
        })}
      </p>
      <label className="field">
        <span>{t('steeringWs.panel.reason')}</span>
        <input
          value={reason}
          maxLength={2000}
          aria-invalid={problem === 'reasonMissing'}
          aria-describedby={problem === 'reasonMissing' ? problemId : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <fieldset className="field">
        <legend>{t('steeringWs.panel.vote')}</legend>
        <div className="card-actions">
          {voteKeys.map((k) => (
            <label key={k} className="field">
              <span>{t(`steeringWs.panel.${k}`)}</span>
              <input
                type="number"
                min={0}
                max={TALLY_MAX}
                step={1}
                inputMode="numeric"
                value={votes[k]}
                aria-invalid={problem === 'tallyInvalid'}
                aria-describedby={problem === 'tallyInvalid' ? problemId : undefined}
                onChange={(e) => setVotes({ ...votes, [k]: e.target.value })}
              />
            </label>
          ))}
        </div>
      </fieldset>
      {problem && (
        <p id={problemId} role="alert" className="error">
          {t(`steeringWs.panel.${problem}`)}
        </p>
      )}
      <div className="card-actions">
        <button type="button" disabled={busy} aria-describedby={textId} onClick={() => void decide('confirmed')}>
          {t('steeringWs.panel.confirm')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-describedby={textId}
          onClick={() => void decide('sent_back')}
        >
          {t('steeringWs.panel.sendBack')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          aria-describedby={textId}
          onClick={() => void decide('rejected')}
        >
          {t('steeringWs.panel.reject')}
        </button>
      </div>
      <ErrorAlert code={error} />
    </li>
  );
}
