// Top-level routing by path; each surface lives in its own folder.
import { parseRoute } from './routes';
import { Lobby } from './lobby/Lobby';
import { JoinPage } from './lobby/JoinPage';
import { BoardPage } from './board/BoardPage';
import { ErrorPage } from './ui/ErrorPage';

export function App() {
  const route = parseRoute(window.location.pathname);
  switch (route.kind) {
    case 'lobby':
      return <Lobby />;
    case 'join':
      return <JoinPage code={route.code} />;
    case 'board':
      return <BoardPage workshopId={route.workshopId} mode="board" />;
    case 'screen':
      return <BoardPage workshopId={route.workshopId} mode="screen" />;
    case 'notFound':
      return <ErrorPage code="not_found" />;
  }
}
