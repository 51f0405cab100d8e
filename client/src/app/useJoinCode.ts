// The workshop's join code as it is now: the one the server published after
// the moderation changed it (live, for the invitation panel and the shared
// screen), else the one the session came with.
import { observeControl, publishedJoinCode } from '@nws/shared';
import { useWorkshop } from './WorkshopProvider';
import { useDerived } from '../sync/useDerived';

export function useJoinCode(): string {
  const { workshop, control } = useWorkshop();
  const published = useDerived(control.doc, publishedJoinCode, observeControl, null);
  return published ?? workshop.joinCode ?? '';
}
