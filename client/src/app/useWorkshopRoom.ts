// What both shells (board page and shared screen) read of the open workshop:
// card queries, the conference, who is present (this browser announced with
// its session) and everyone who joined.
import { useControl } from '../sync/useControl';
import { useConference } from '../sync/useConference';
import { usePresence } from '../sync/usePresence';
import { useBoardConnection, useWorkshop } from './WorkshopProvider';
import { usePeople } from './usePeople';

export function useWorkshopRoom() {
  const { session, control, role } = useWorkshop();
  const board = useBoardConnection();
  const { queries, active } = useControl(control.doc);
  const conf = useConference(control.doc);
  const users = usePresence([board.provider, control.provider], {
    sessionId: session.id,
    name: session.name,
    organisation: session.organisation,
    color: session.color,
    role,
  });
  const people = usePeople(users.length);
  return { queries, active, conf, users, people };
}
