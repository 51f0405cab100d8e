// Resolutions and the steering group, on the network's page: what the
// workshops resolved and is not with the steering group yet (or came back),
// forwarded with one click; what awaits its decision — confirm, send back
// with a reason, reject; and what it decided: where (a steering group's
// workshop, or the coordinator alone) and, if it voted, the tally
// (METHOD.md section 4).
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { NetworkOverview, SteeringDecision } from '@nws/shared';
import { networkApi } from '../apiNetwork';

interface Props {
  overview: NetworkOverview;
  token: string;
  change: (fn: () => Promise<unknown>) => Promise<boolean>;
}

export function ResolutionsSection({ overview, token, change }: Props) {
  const { t } = useTranslation();
  const { network, workshops, resolutions, proposed } = overview;
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const from = (workshopId: string) => workshops.find((w) => w.id === workshopId)?.name ?? '';
  const decide = async (id: string, decision: SteeringDecision) => {
    const ok = await change(() =>
      networkApi.decide(network.id, token, id, { decision, reason: reasons[id]?.trim() || null }),
    );
    // The reason belongs to this decision: the next time (after a rework) the field starts empty.
    if (ok) setReasons((all) => ({ ...all, [id]: '' }));
  };
  const awaiting = resolutions.filter((r) => r.state === 'forwarded');
  const decided = resolutions.filter((r) => r.state !== 'forwarded');
  return (
    <section className="panel" aria-labelledby="resolutions-title" data-testid="resolutions">
      <h2 id="resolutions-title">{t('network.resolutions.title')}</h2>
      <h3>{t('network.resolutions.awaiting')}</h3>
      {awaiting.length === 0 ? (
        <p className="muted">{t('network.resolutions.none')}</p>
      ) : (
        <ul className="plain-list">
          {awaiting.map((r) => (
            <li key={r.id} data-testid="resolution-awaiting">
              <p>
                <strong>{r.text}</strong> <span className="muted small">({from(r.workshopId)})</span>
              </p>
              <label className="field">
                <span>{t('network.resolutions.reason')}</span>
                <input
                  value={reasons[r.id] ?? ''}
                  maxLength={2000}
                  onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })}
                />
              </label>
              <div className="card-actions">
                <button type="button" onClick={() => void decide(r.id, 'confirmed')}>
                  {t('network.resolutions.confirm')}
                </button>
                <button type="button" className="secondary" onClick={() => void decide(r.id, 'sent_back')}>
                  {t('network.resolutions.sendBack')}
                </button>
                <button type="button" className="danger" onClick={() => void decide(r.id, 'rejected')}>
                  {t('network.resolutions.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('network.resolutions.proposed')}</h3>
      {proposed.length === 0 ? (
        <p className="muted">{t('network.resolutions.noneProposed')}</p>
      ) : (
        <ul className="plain-list">
          {proposed.map((p) => (
            <li key={`${p.workshopId}/${p.resolutionId}`} data-testid="resolution-proposed">
              {p.text} <span className="muted small">({from(p.workshopId)})</span>{' '}
              <button
                type="button"
                className="small"
                onClick={() =>
                  void change(() =>
                    networkApi.forward(network.id, token, { workshopId: p.workshopId, resolutionId: p.resolutionId }),
                  )
                }
              >
                {t('network.resolutions.forward')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {decided.length > 0 && (
        <>
          <h3>{t('network.resolutions.decided')}</h3>
          <ul className="plain-list">
            {decided.map((r) => (
              <li key={r.id} data-testid="resolution-decided" data-state={r.state}>
                {r.text} <span className="muted small">({from(r.workshopId)})</span> —{' '}
                <strong>{t(`network.resolutions.states.${r.state}`)}</strong>
                {r.reason && <span className="muted small"> · {r.reason}</span>}
                <span className="muted small">
                  {' · '}
                  {r.decidedIn
                    ? t('network.steeringWs.decidedIn', { workshop: from(r.decidedIn) })
                    : t('network.steeringWs.byCoordinator')}
                </span>
                {r.tally && (
                  <span className="muted small">
                    {' · '}
                    {t('network.steeringWs.tally', {
                      yes: t('network.steeringWs.yes', { count: r.tally.yes }),
                      no: t('network.steeringWs.no', { count: r.tally.no }),
                      abstain: t('network.steeringWs.abstain', { count: r.tally.abstain }),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
