// Top-level routing by path; each surface lives in its own folder and is
// loaded only when it is opened, so a phone that writes cards never
// downloads the board or tldraw.
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n';
import { parseRoute } from './routes';
import { ErrorPage } from '../ui/ErrorPage';

const Lobby = lazy(() => import('../lobby/Lobby').then((m) => ({ default: m.Lobby })));
const JoinPage = lazy(() => import('../lobby/JoinPage').then((m) => ({ default: m.JoinPage })));
const WorkshopPage = lazy(() => import('./WorkshopShell').then((m) => ({ default: m.WorkshopPage })));
const NetworkPage = lazy(() => import('../network/NetworkPage').then((m) => ({ default: m.NetworkPage })));
const ParticipantView = lazy(() =>
  import('../participant/ParticipantView').then((m) => ({ default: m.ParticipantView })),
);

function Page() {
  const route = parseRoute(window.location.pathname);
  switch (route.kind) {
    case 'lobby':
      return <Lobby />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'board':
      return <WorkshopPage workshopId={route.workshopId} mode="board" />;
    case 'screen':
      return <WorkshopPage workshopId={route.workshopId} mode="screen" />;
    case 'write':
      return <ParticipantView workshopId={route.workshopId} />;
    case 'network':
      return <NetworkPage networkId={route.networkId} />;
    case 'notFound':
      return <ErrorPage code="not_found" />;
  }
}

export function App() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <main className="page" aria-busy="true">
          {t('app.loading')}
        </main>
      }
    >
      <Page />
    </Suspense>
  );
}
