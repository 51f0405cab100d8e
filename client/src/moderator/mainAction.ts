// The moderation's one next move, named so it can sit at the top of the page
// (ActionBar) within a few Tab presses: an open vote is closed first, then a
// card query in writing revealed, otherwise the conference moves on (or
// starts, once there is a case). Steering case moderators get "next" only:
// closing rounds and revealing are the moderation's.
import { nextPosition, type CardQuery, type Round } from '@nws/shared';
import type { ConferenceState } from '../sync/useConference';

export type MainAction =
  { kind: 'closeRound'; round: Round } | { kind: 'reveal'; query: CardQuery } | { kind: 'next' } | { kind: 'start' };

export function mainAction(input: {
  isModerator: boolean;
  steering: boolean;
  active: CardQuery | null;
  rounds: Round[];
  conf: ConferenceState | null;
}): MainAction | null {
  const { isModerator, steering, active, rounds, conf } = input;
  if (isModerator) {
    const open = rounds.find((r) => r.status === 'open');
    if (open) return { kind: 'closeRound', round: open };
    if (active?.status === 'writing' && active.mode !== 'callout') return { kind: 'reveal', query: active };
  }
  if (!steering || !conf) return null;
  if (!conf.position) return isModerator && conf.cases.length > 0 ? { kind: 'start' } : null;
  return nextPosition(conf.agenda, conf.cases, conf.position) ? { kind: 'next' } : null;
}
