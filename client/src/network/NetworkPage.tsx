// A network's page (/n/<id>, opened with the coordinator's link): its bodies
// — steering group, working groups, plenary — each with its workshops on a
// timeline (date, title, status), planning a new workshop in a body, opening
// any workshop as its moderation, the partner register and the stakeholder
// analysis.
import '../i18n/network';
// (the shared widgets' texts, e.g. the copy button's, are with the board's)
import '../i18n/board';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type { NetworkOverview } from '@nws/shared';
import { ApiError } from '../api';
import { networkApi } from '../apiNetwork';
import { networkPath } from '../app/routes';
import { takeToken } from '../tokens';
import { CopyField } from '../ui/CopyField';
import { errorText } from '../i18n/keys';
import { ErrorPage } from '../ui/ErrorPage';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { BodySection, NewBodyForm } from './BodySection';
import { ResolutionsSection } from './ResolutionsSection';
import { PartnerRegister } from './PartnerRegister';

// The stakeholder analysis is a chunk of its own (with its texts), shared with the workshop's tab.
const StakeholderWorkspace = lazy(() => import('../stakeholders/StakeholderWorkspace'));
// So is the monitoring (its chart library with it; the document libraries load on a click).
const MonitoringWorkspace = lazy(() => import('../monitoring/MonitoringWorkspace'));

export function NetworkPage({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const [token] = useState(() => takeToken(networkId, 'network'));
  const [overview, setOverview] = useState<NetworkOverview | null>(null);
  const [failure, setFailure] = useState<string | null>(token ? null : 'no_token');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!token) return;
    try {
      setOverview(await networkApi.overview(networkId, token));
    } catch (err) {
      setFailure(err instanceof ApiError ? err.code : 'network');
    }
  }, [networkId, token]);
  useEffect(() => void load(), [load]);

  if (failure) return <ErrorPage code={failure} />;
  if (!overview || !token)
    return (
      <main className="page" aria-busy="true">
        {t('app.loading')}
      </main>
    );
  const { network, bodies, workshops, goalSystems } = overview;
  // Every change is followed by a reload: the server's overview is the truth. (Not useCommand:
  // sharing it with this page would split it into a chunk of its own on the phone's first load.)
  const change = async (fn: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await fn();
      await load();
      return true;
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
      return false;
    }
  };

  return (
    <main className="page network-page" data-testid="network-page">
      <header className="page-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <p className="muted small">{t('network.page')}</p>
      <h1>{network.name}</h1>
      <p className="lead">{t('network.targetGroup', { targetGroup: network.targetGroup, area: network.area })}</p>
      <p className="print-only small">
        {t('network.printedOn', { date: new Date().toLocaleDateString(i18n.language) })}
      </p>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()} data-testid="print-network">
          {t('network.print')}
        </button>
      </p>
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      <section aria-labelledby="bodies-title">
        <h2 id="bodies-title">{t('network.bodies')}</h2>
        <p className="muted small" data-testid="network-cases">
          {t('network.casesReconstructed', { count: overview.casesReconstructed })}
        </p>
        <div className="network-bodies">
          {bodies.map((body) => (
            <BodySection
              key={body.id}
              body={body}
              workshops={workshops.filter((w) => w.bodyId === body.id)}
              carrySources={overview.carrySources}
              names={new Map(workshops.map((w) => [w.id, w.name]))}
              networkId={network.id}
              token={token}
              change={change}
            />
          ))}
        </div>
        <NewBodyForm onAdd={(input) => change(() => networkApi.addBody(network.id, token, input))} />
      </section>
      <ResolutionsSection overview={overview} token={token} change={change} />
      <section className="panel" aria-labelledby="goals-title" data-testid="goal-systems">
        <h2 id="goals-title">{t('network.goalSystems')}</h2>
        {goalSystems.length === 0 ? (
          <p>{t('network.noGoalSystems')}</p>
        ) : (
          <ul className="plain-list">
            {goalSystems.map((g) => (
              <li key={g.workshopId} data-testid="goal-system">
                <strong>{g.overall || t('network.untitledGoal')}</strong>{' '}
                <span className="muted small">
                  ({workshops.find((w) => w.id === g.workshopId)?.name} ·{' '}
                  {t('network.goalCounts', { framework: g.framework, result: g.result, activity: g.activity })})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
        <MonitoringWorkspace
          place={{ kind: 'network', networkId: network.id }}
          token={token}
          name={network.name}
          decisions={overview.resolutions
            .filter((r) => r.decidedAt !== null)
            .map((r) => ({ at: r.decidedAt!, text: r.text, state: t(`network.resolutions.states.${r.state}`) }))}
          resolutions={[
            ...new Map(
              [...overview.proposed, ...overview.resolutions.filter((r) => r.state !== 'rejected')].map((r) => [
                `${r.workshopId}/${r.resolutionId}`,
                { workshopId: r.workshopId, resolutionId: r.resolutionId, text: r.text },
              ]),
            ).values(),
          ]}
        />
      </Suspense>
      <PartnerRegister overview={overview} token={token} change={change} />
      <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
        <StakeholderWorkspace
          place={{ kind: 'network', networkId: network.id }}
          token={token}
          structure
          organisation={null}
          register
          name={network.name}
        />
      </Suspense>
      <section className="panel" data-testid="coordinator-link-panel">
        <CopyField
          label={t('network.link')}
          value={`${window.location.origin}${networkPath(network.id)}#k=${token}`}
          testId="coordinator-link"
        />
      </section>
    </main>
  );
}
