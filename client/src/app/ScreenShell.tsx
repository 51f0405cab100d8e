// The shared screen (/w/<id>/screen): a projector surface read from the back
// row, with no controls. Its content (ScreenStage) is the screen's own views
// (join, writing, board, vote results) and the conference's step views in
// their large-type screen style.
import { ScreenHeader } from '../screen/ScreenHeader';
import { screenContent } from '../screen/screenContent';
import { useWorkshop } from './WorkshopProvider';
import { useWorkshopRoom } from './useWorkshopRoom';
import { useScreenJoin } from './useScreenJoin';
import { useScreenFocus } from '../sync/useScreenFocus';
import { useDerived } from '../sync/useDerived';
import { observeControl, screenJoinChoice } from '@nws/shared';
import { ScreenStage } from './ScreenStage';

export function ScreenShell() {
  const { role } = useWorkshop();
  const room = useWorkshopRoom();
  const content = useScreenContent(room);
  return (
    <div className="screen-page screen-mode" data-role={role} data-content={content}>
      <ScreenHeader joinHint={content !== 'join'} />
      <main className="screen-main">
        <ScreenStage content={content} room={room} />
      </main>
    </div>
  );
}

/** What the shared screen shows now. */
export function useScreenContent(room: ReturnType<typeof useWorkshopRoom>) {
  const showsJoin = useScreenJoin();
  const control = useWorkshop().control.doc;
  const focus = useScreenFocus(control);
  const joinChosen = useDerived(control, screenJoinChoice, observeControl, null) === true;
  const { active, conf } = room;
  return screenContent({
    showsJoin,
    active,
    conferenceOn: !!conf?.step,
    artefact: conf?.step?.artefact,
    focus,
    joinChosen,
  });
}
