// A workshop's board for moderators, participants and the shared screen.
// Loads the session (role from the server), connects the board document and
// shows it on the tldraw canvas where the canvas will stay, else as DOM view.
import '../i18n/board';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseBoardView, CloseCode, type BoardView, type SessionResponse } from '@nws/shared';
import { api, ApiError } from '../api';
import { forgetWorkshop, takeToken } from '../tokens';
import { useDocConnection } from '../sync/useDocConnection';
import { usePresence } from '../sync/usePresence';
import { ErrorPage } from '../ui/ErrorPage';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { DomBoard } from './DomBoard';
import { PresenceList } from './PresenceList';
import { InvitePanel } from '../moderator/InvitePanel';
import { QueryPanel } from '../moderator/QueryPanel';
import { InvitationPanel } from '../moderator/InvitationPanel';
import { WritePanel } from '../participant/WritePanel';
import { useControl } from '../sync/useControl';
import { useConference } from '../sync/useConference';
import { StepBanner } from '../conference/StepBanner';
import { StepView } from '../conference/StepView';
import { ConferencePanel } from '../moderator/ConferencePanel';
import { api as apiCalls, type Person } from '../api';
import { ThemesWorkspace } from '../themes/ThemesWorkspace';
import { GoalsWorkspace } from '../goals/GoalsWorkspace';
import { ProtocolView } from '../moderator/ProtocolView';

// tldraw is loaded only when the canvas is shown: phones and the DOM view never download it.
const CanvasView = lazy(() => import('./CanvasView'));

type Loaded = { session: SessionResponse; licenseKey: string | null };

export function BoardPage({ workshopId, mode }: { workshopId: string; mode: 'board' | 'screen' }) {
  const { t } = useTranslation();
  const [token] = useState(() => takeToken(workshopId, mode));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(token ? null : 'no_token');

  useEffect(() => {
    if (!token) return;
    Promise.all([api.session(token), api.config()]).then(
      ([session, config]) => {
        if (session.workshop.id !== workshopId) setError('invalid_token');
        else setLoaded({ session, licenseKey: config.tldrawLicenseKey });
      },
      (err: unknown) => setError(err instanceof ApiError ? err.code : 'network'),
    );
  }, [token, workshopId]);

  const conn = useDocConnection(workshopId, 'board', loaded ? token : null);
  const control = useDocConnection(workshopId, 'control', loaded ? token : null);
  const { queries, active } = useControl(control?.doc);
  const conf = useConference(control?.doc);
  const [people, setPeople] = useState<Person[]>([]);
  const [mainTab, setMainTab] = useState<'step' | 'board' | 'themes' | 'goals' | 'protocol'>('step');
  const [follow, setFollow] = useState(false);
  const me = loaded?.session.session;
  const users = usePresence([conn?.provider, control?.provider], me ? { sessionId: me.id, name: me.name, organisation: me.organisation, color: me.color, role: me.role } : null);
  // Everyone who joined (for case roles and grid rows); refreshed when someone comes or goes.
  useEffect(() => {
    if (!loaded || !token) return;
    apiCalls.people(workshopId, token).then((r) => setPeople(r.people), () => undefined);
  }, [loaded, token, workshopId, users.length]);
  const allowed: BoardView = chooseBoardView({
    protocol: window.location.protocol,
    hostname: window.location.hostname,
    licenseKeyConfigured: Boolean(loaded?.licenseKey),
  });
  // Phones start in the list: it fits a thumb and never downloads tldraw.
  const [view, setView] = useState<BoardView>(() => (window.matchMedia('(max-width: 760px)').matches ? 'dom' : allowed));

  if (error) return <ErrorPage code={error} />;
  const gone = conn?.finalCloseCode ?? control?.finalCloseCode ?? null;
  if (gone) return <GonePage workshopId={workshopId} code={gone} />;
  if (!loaded || !conn || !control) return <main className="page" aria-busy="true">{t('app.loading')}</main>;

  const { session, workshop } = loaded.session;
  const readOnly = session.role === 'screen';
  const isModerator = session.role === 'moderator';
  const screen = mode === 'screen';
  // While people write, the screen shows only the question and the count, never a board.
  const screenWriting = screen && active?.status === 'writing';
  const shownView: BoardView = allowed === 'canvas' && !screenWriting ? view : 'dom';
  const conferenceOn = !!conf?.step;
  const steering = isModerator || (!!conf?.currentCase && session.role === 'participant' && conf.currentCase.moderatorIds.includes(session.id));
  const tab = !conferenceOn && mainTab === 'step' ? 'board' : mainTab;
  const showStep = conferenceOn && (screen || tab === 'step');
  const organisations = [...new Set(people.filter((p) => p.role === 'participant' && p.organisation.trim()).map((p) => p.organisation.trim()))].sort();
  // Step rules act on the board: no cards during the narration (except for the moderation), questions during clarifying questions.
  const rules = conf?.step?.boardRules ?? [];
  const cardRule = rules.includes('noCards') && !isModerator ? 'blocked' : rules.includes('cardsAreQuestions') && conf?.currentCase ? 'question' : null;

  return (
    <div className={`board-page ${mode === 'screen' ? 'screen-mode' : ''}`} data-role={session.role}>
      <header className="board-header">
        <div className="board-title">
          <span className="brand">{t('app.name')}</span>
          <h1>{workshop.name}</h1>
          <span className="role-badge">{t(`board.roles.${session.role}`)}</span>
        </div>
        <div className="board-tools">
          <span className={`status status-${conn.status}`} role="status" data-testid="connection-status" data-status={conn.status}>
            {t(`board.status.${conn.status}`)}
          </span>
          {allowed === 'canvas' && !readOnly && (
            <div className="view-switch" role="group" aria-label={t('board.view')}>
              {(['canvas', 'dom'] as const).map((v) => (
                <button key={v} type="button" aria-pressed={shownView === v} onClick={() => setView(v)} data-testid={`view-${v}`}>
                  {t(`board.views.${v}`)}
                </button>
              ))}
            </div>
          )}
          {session.role === 'participant' && shownView === 'canvas' && (
            <label className="radio small">
              <input type="checkbox" checked={follow} onChange={(e) => setFollow(e.target.checked)} />
              {t('conf.follow')}
            </label>
          )}
          <LanguageSwitch />
        </div>
      </header>
      {isModerator && allowed === 'dom' && (
        <p className="notice" role="note" data-testid="canvas-unavailable">
          {t('board.canvasUnavailable')}
        </p>
      )}
      <div className="board-body">
        <main className="board-main" data-view={showStep ? 'step' : shownView}>
          {conferenceOn && conf && <StepBanner conf={conf} large={screen} />}
          {!screen && (
            <div className="view-switch main-tabs" role="group" aria-label={t('conf.mainView')}>
              {([...(conferenceOn ? (['step'] as const) : []), 'board', 'themes', 'goals', ...(isModerator ? (['protocol'] as const) : [])] as const).map((v) => (
                <button key={v} type="button" aria-pressed={tab === v} onClick={() => setMainTab(v)} data-testid={`tab-${v}`}>
                  {t(v === 'step' ? 'conf.stepTab' : v === 'board' ? 'conf.boardTab' : `${v}.tab`)}
                </button>
              ))}
            </div>
          )}
          {cardRule === 'blocked' && !showStep && <p className="notice" role="note">{t('conf.noCardsRule')}</p>}
          {showStep && conf && (conf.step?.artefact === 'themes' || conf.step?.artefact === 'goals') ? (
            conf.step.artefact === 'themes' ? (
              <ThemesWorkspace workshopId={workshop.id} token={token!} board={conn.doc} control={control.doc} cases={conf.cases} role={session.role} />
            ) : (
              <GoalsWorkspace workshopId={workshop.id} token={token!} board={conn.doc} control={control.doc} cases={conf.cases} role={session.role} organisations={organisations} workshopName={workshop.name} />
            )
          ) : !showStep && tab === 'themes' ? (
            <ThemesWorkspace workshopId={workshop.id} token={token!} board={conn.doc} control={control.doc} cases={conf?.cases ?? []} role={session.role} />
          ) : !showStep && tab === 'goals' ? (
            <GoalsWorkspace workshopId={workshop.id} token={token!} board={conn.doc} control={control.doc} cases={conf?.cases ?? []} role={session.role} organisations={organisations} workshopName={workshop.name} />
          ) : !showStep && tab === 'protocol' ? (
            <ProtocolView board={conn.doc} control={control.doc} workshop={workshop} people={people} token={token!} moderator={isModerator} />
          ) : showStep && conf ? (
            <StepView workshopId={workshop.id} token={token!} board={conn.doc} conf={conf} session={session} people={people} readOnly={readOnly} steering={steering} />
          ) : shownView === 'canvas' ? (
            <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
              <CanvasView
                board={conn.doc}
                control={control.doc}
                awareness={conn.provider.awareness}
                licenseKey={loaded.licenseKey}
                readOnly={readOnly}
                authorId={session.id}
                activeQuery={active}
                viewport={isModerator ? 'publish' : screen || follow ? 'follow' : null}
                cardRule={cardRule}
                currentCase={conf?.currentCase ?? null}
                synced={conn.synced}
              />
            </Suspense>
          ) : (
            <DomBoard
              doc={conn.doc}
              readOnly={readOnly}
              authorId={session.id}
              queries={queries}
              active={active}
              isModerator={isModerator}
              screen={screen}
              cardRule={cardRule}
              currentCase={conf?.currentCase ?? null}
            />
          )}
        </main>
        {!screen && (
          <aside className="board-side">
            {steering && conf && <ConferencePanel workshopId={workshop.id} token={token!} conf={conf} people={people} isModerator={isModerator} />}
            {isModerator && <QueryPanel workshopId={workshop.id} token={token!} queries={queries} active={active} />}
            {session.role === 'participant' && active && active.mode !== 'callout' && <WritePanel workshopId={workshop.id} token={token!} query={active} />}
            {isModerator && active?.purpose === 'actors' && active.status === 'revealed' && <InvitationPanel board={conn.doc} query={active} />}
            <PresenceList users={users} />
            {isModerator && <InvitePanel workshop={workshop} token={token!} />}
          </aside>
        )}
      </div>
    </div>
  );
}

/** The server closed for good (4404: the workshop was deleted): forget our copy and say so. */
function GonePage({ workshopId, code }: { workshopId: string; code: number }) {
  useEffect(() => {
    if (code === CloseCode.WorkshopGone) void forgetWorkshop(workshopId);
  }, [workshopId, code]);
  return <ErrorPage code={code === CloseCode.WorkshopGone ? 'unknown_workshop' : 'invalid_token'} />;
}
