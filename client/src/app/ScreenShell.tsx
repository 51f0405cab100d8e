// The shared screen (/w/<id>/screen): a projector surface read from the back
// row, with no controls. It composes the screen's own views (join, writing,
// board, vote results) with the conference's step views in their large-type
// screen style.
import '../screen/screen.css';
import { useTranslation } from 'react-i18next';
import { StepBanner } from '../conference/StepBanner';
import { ScreenHeader } from '../screen/ScreenHeader';
import { JoinScreen } from '../screen/JoinScreen';
import { WritingScreen } from '../screen/WritingScreen';
import { ScreenBoard } from '../screen/ScreenBoard';
import { DotResults } from '../screen/DotResults';
import { screenContent } from '../screen/screenContent';
import { useWorkshop } from './WorkshopProvider';
import { useWorkshopRoom } from './useWorkshopRoom';
import { useScreenJoin } from './useScreenJoin';
import { MainView } from './MainView';

export function ScreenShell() {
  const { t } = useTranslation();
  const { role } = useWorkshop();
  const { queries, active, conf, people } = useWorkshopRoom();
  const showsJoin = useScreenJoin();
  const conferenceOn = !!conf?.step;
  const content = screenContent({ showsJoin, active, conferenceOn, artefact: conf?.step?.artefact });

  return (
    <div className="screen-page screen-mode" data-role={role} data-content={content}>
      <ScreenHeader joinHint={content !== 'join'} />
      <main className="screen-main">
        {content === 'join' && <JoinScreen />}
        {content === 'writing' && active && <WritingScreen query={active} />}
        {content === 'board' && <ScreenBoard query={active} />}
        {(content === 'step' || content === 'themes' || content === 'goals') && conf && (
          <div className="screen-step">
            <StepBanner conf={conf} large />
            {content === 'themes' && <DotResults />}
            {/* Focusable: a long artefact scrolls, and keyboards must reach all of it. */}
            <div className="screen-artefact" role="region" aria-label={t('screen.artefact')} tabIndex={0}>
              <MainView
                content={content}
                conf={conf}
                people={people}
                steering={false}
                queries={queries}
                active={active}
                screen
                follow={false}
                cardRule={null}
              />
            </div>
          </div>
        )}
      </main>
    </div>
  );
}
