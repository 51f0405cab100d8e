// Whether the shared screen shows how to join now: the moderation's choice,
// else automatically before the start; live from the control document.
import type * as Y from 'yjs';
import {
  activeQuery,
  getAgenda,
  getPosition,
  observeControl,
  screenJoinChoice,
  screenShowsJoin,
  stepAt,
} from '@nws/shared';
import { useDerived } from '../sync/useDerived';
import { useWorkshop } from './WorkshopProvider';

const readShowsJoin = (doc: Y.Doc): boolean =>
  screenShowsJoin({
    choice: screenJoinChoice(doc),
    activeQuery: activeQuery(doc) !== null,
    conferenceOn: stepAt(getAgenda(doc), getPosition(doc)) !== null,
  });

export function useScreenJoin(): boolean {
  return useDerived(useWorkshop().control.doc, readShowsJoin, observeControl, false);
}
