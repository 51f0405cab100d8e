// A workshop's board page for moderators and participants: header, the main
// area (step, board, themes, goals, protocol, history) and the side panels;
// the shared screen has its own shell (ScreenShell). The shells are the one
// place that composes the surfaces.
import '../i18n/board';
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { chooseBoardView, participantCardRule, type BoardView, type CardRule } from '@nws/shared';
import { StepBanner } from '../conference/StepBanner';
import { useWorkshop, WorkshopProvider } from './WorkshopProvider';
import { useWorkshopRoom } from './useWorkshopRoom';
import { effectiveTab, mainContent, mainTabs, type MainTab } from './mainContent';
import { ShellHeader } from './ShellHeader';
import { MainView } from './MainView';
import { SidePanels } from './SidePanels';
import { ScreenShell, useScreenContent } from './ScreenShell';
import { ScreenStage } from './ScreenStage';
import { useRemote } from '../sync/useRemote';
import { ActionBar } from '../moderator/ActionBar';

type Mode = 'board' | 'screen';

/** The page's address asks for the list view (`?view=list`; the cold-join benchmark opens it so). */
const listAsked = () => new URLSearchParams(window.location.search).get('view') === 'list';

/** Each main tab's name. */
const tabLabel = {
  screen: 'remote.screenTab',
  step: 'conf.stepTab',
  board: 'conf.boardTab',
  themes: 'themes.tab',
  goals: 'goals.tab',
  chains: 'conf.chainsTab',
  stakeholders: 'conf.stakeholdersTab',
  monitoring: 'conf.monitoringTab',
  protocol: 'protocol.tab',
  history: 'history.tab',
} as const satisfies Record<MainTab, string>;

export function WorkshopPage({ workshopId, mode }: { workshopId: string; mode: Mode }) {
  return (
    <WorkshopProvider workshopId={workshopId} tokenKind={mode} withBoard>
      {mode === 'screen' ? <ScreenShell /> : <WorkshopShell />}
    </WorkshopProvider>
  );
}

function WorkshopShell() {
  const { t } = useTranslation();
  const { session, role, isModerator, licenseKey, control } = useWorkshop();
  const room = useWorkshopRoom();
  const { queries, active, conf, users, people } = room;
  const remote = useRemote(control.doc);
  const screenNow = useScreenContent(room);
  const [mainTab, setMainTab] = useState<MainTab>('step');
  const [follow, setFollow] = useState(false);
  const allowed: BoardView = chooseBoardView({
    protocol: window.location.protocol,
    hostname: window.location.hostname,
    licenseKeyConfigured: Boolean(licenseKey),
  });
  // Phones start in the list: it fits a thumb and never downloads tldraw; so does a link with ?view=list.
  const [view, setView] = useState<BoardView>(() =>
    window.matchMedia('(max-width: 760px)').matches || listAsked() ? 'dom' : allowed,
  );

  const shownView: BoardView = allowed === 'canvas' ? view : 'dom';
  const conferenceOn = !!conf?.step;
  const steering =
    isModerator ||
    (!!conf?.currentCase && role === 'participant' && conf.currentCase.moderatorIds.includes(session.id));
  // Remote mode: participants start on the shared screen's content and follow the moderation's
  // canvas; one click on another tab leaves, one on "Geteilter Bildschirm" returns.
  useEffect(() => {
    if (!remote.on || isModerator) return;
    setMainTab('screen');
    setFollow(true);
  }, [remote.on, isModerator]);
  const tab = effectiveTab(mainTab, conferenceOn, remote.on);
  const showStep = conferenceOn && tab === 'step';
  // What participants may add now (the server refuses the rest): no cards during the narration,
  // no public card while a private card query runs, questions during clarifying questions. The
  // moderation is not bound, but its cards become questions during clarifying questions too.
  const rules = conf?.step?.boardRules ?? [];
  const cardRule: CardRule = isModerator
    ? rules.includes('cardsAreQuestions') && conf?.currentCase
      ? 'question'
      : null
    : participantCardRule(conf?.step, active);

  return (
    <div className="board-page" data-role={role}>
      <nav className="skip-links" aria-label={t('skip.label')}>
        <a href="#main-content">{t('skip.main')}</a>
        <a href="#side-panels">{t('skip.side')}</a>
      </nav>
      <ShellHeader allowed={allowed} shownView={shownView} onView={setView} follow={follow} onFollow={setFollow} />
      {isModerator && allowed === 'dom' && (
        <p className="notice" role="note" data-testid="canvas-unavailable">
          {t('board.canvasUnavailable')}
        </p>
      )}
      <ActionBar conf={conf} active={active} steering={steering} />
      <div className="board-body">
        <main id="main-content" tabIndex={-1} className="board-main" data-view={showStep ? 'step' : shownView}>
          {conferenceOn && conf && <StepBanner conf={conf} />}
          <div className="view-switch main-tabs" role="group" aria-label={t('conf.mainView')}>
            {mainTabs(conferenceOn, isModerator, remote.on).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={tab === v}
                onClick={() => setMainTab(v)}
                data-testid={`tab-${v}`}
              >
                {t(tabLabel[v])}
              </button>
            ))}
          </div>
          {(cardRule === 'blocked' || cardRule === 'private') && !showStep && (
            <p className="notice" role="note" data-testid="card-rule">
              {t(cardRule === 'blocked' ? 'conf.noCardsRule' : 'query.privateRule')}
            </p>
          )}
          {tab === 'screen' ? (
            <div className="screen-page remote-stage" data-content={screenNow} data-testid="remote-stage">
              <ScreenStage content={screenNow} room={room} joined />
            </div>
          ) : (
            <MainView
              content={mainContent(showStep, conf?.step?.artefact, tab, shownView)}
              conf={conf}
              people={people}
              steering={steering}
              queries={queries}
              active={active}
              screen={false}
              follow={follow}
              cardRule={cardRule}
            />
          )}
        </main>
        <SidePanels conf={conf} people={people} steering={steering} queries={queries} active={active} users={users} />
      </div>
    </div>
  );
}
