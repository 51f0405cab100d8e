// What the shared screen shows (join, writing, the board, the step with its
// artefact and vote results), in its large-type style: on the projector
// (ScreenShell) and, in remote mode, on every participant's own device.
import '../screen/screen.css';
import { useTranslation } from '../i18n';
import { StepBanner } from '../conference/StepBanner';
import { JoinScreen } from '../screen/JoinScreen';
import { WritingScreen } from '../screen/WritingScreen';
import { ScreenBoard } from '../screen/ScreenBoard';
import { DotResults } from '../screen/DotResults';
import type { ScreenContent } from '../screen/screenContent';
import type { useWorkshopRoom } from './useWorkshopRoom';
import { MainView } from './MainView';
import { useWorkshop } from './WorkshopProvider';

type Room = ReturnType<typeof useWorkshopRoom>;

/** `joined`: shown to someone already in (remote mode), whom the join view has nothing to tell. */
export function ScreenStage({
  content,
  room,
  joined = false,
}: {
  content: ScreenContent;
  room: Room;
  joined?: boolean;
}) {
  const { t } = useTranslation();
  const { workshop } = useWorkshop();
  const { queries, active, conf, people } = room;
  // Focusable: a long artefact scrolls, and keyboards must reach all of it.
  const artefact = (shown: 'step' | 'themes' | 'goals' | 'assignments' | 'stakeholders' | 'chains') => (
    <div className="screen-artefact" role="region" aria-label={t('screen.artefact')} tabIndex={0}>
      <MainView
        content={shown}
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
  );
  return (
    <>
      {content === 'join' &&
        (joined ? (
          <section className="screen-join-view" data-testid="remote-waiting">
            <h2 className="screen-question">{workshop.name}</h2>
            <p>{t('remote.waiting')}</p>
          </section>
        ) : (
          <JoinScreen />
        ))}
      {content === 'writing' && active && <WritingScreen query={active} />}
      {content === 'board' && <ScreenBoard query={active} />}
      {content === 'stakeholders' && artefact('stakeholders')}
      {content === 'chains' && artefact('chains')}
      {(content === 'step' || content === 'themes' || content === 'goals' || content === 'assignments') && conf && (
        <div className="screen-step">
          <StepBanner conf={conf} large />
          {content === 'themes' && <DotResults />}
          {artefact(content)}
        </div>
      )}
    </>
  );
}
