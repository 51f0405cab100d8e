// What the shared screen shows, decided once: how to join, a card query's
// private writing, the conference step (or its workspace), or the board.
import type { CardQuery } from '@nws/shared';

export type ScreenContent = 'join' | 'writing' | 'step' | 'themes' | 'goals' | 'board';

export interface ScreenInputs {
  /** The join view is on (the moderation's choice, else before the start). */
  showsJoin: boolean;
  active: CardQuery | null;
  conferenceOn: boolean;
  /** The running step's artefact, if any. */
  artefact: string | null | undefined;
}

/**
 * The join view when it is on; else the writing of the active query (the room
 * needs its question and timer even during the conference); else the step;
 * else the board.
 */
export function screenContent({ showsJoin, active, conferenceOn, artefact }: ScreenInputs): ScreenContent {
  if (showsJoin) return 'join';
  if (active?.status === 'writing') return 'writing';
  if (conferenceOn) return artefact === 'themes' || artefact === 'goals' ? artefact : 'step';
  return 'board';
}
