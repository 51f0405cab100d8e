// What the shared screen shows, decided once: how to join, a card query's
// private writing, the stakeholder analysis when the moderation put it in
// front, the conference step (or its workspace), or the board.
import type { CardQuery, ScreenFocus } from '@nws/shared';
import { isWorkspaceArtefact } from '../app/mainContent';

export type ScreenContent =
  'join' | 'writing' | 'stakeholders' | 'chains' | 'step' | 'themes' | 'goals' | 'assignments' | 'board';

export interface ScreenInputs {
  /** The join view is on (the moderation's choice, else before the start). */
  showsJoin: boolean;
  active: CardQuery | null;
  conferenceOn: boolean;
  /** The running step's artefact, if any. */
  artefact: string | null | undefined;
  /** What the moderation put in front of the step or board (the stakeholder analysis), if anything. */
  focus?: ScreenFocus | null;
  /** The join view was chosen by the moderation (not shown automatically before the start). */
  joinChosen?: boolean;
}

/**
 * The join view when it is on; else the writing of the active query (the room
 * needs its question and timer even during the conference); else the step;
 * else the board.
 */
export function screenContent({
  showsJoin,
  active,
  conferenceOn,
  artefact,
  focus,
  joinChosen,
}: ScreenInputs): ScreenContent {
  // What the moderation put in front wins over the join view shown by itself before the start.
  if (showsJoin && (joinChosen || !focus)) return 'join';
  if (active?.status === 'writing') return 'writing';
  if (focus === 'stakeholders') return 'stakeholders';
  if (focus?.startsWith('chain:')) return 'chains';
  if (conferenceOn) return isWorkspaceArtefact(artefact) ? artefact : 'step';
  return 'board';
}
