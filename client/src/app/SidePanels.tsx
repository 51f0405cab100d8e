// The side of the workshop page: steering, card queries, writing, the
// invitation list, who is online and the invitations, each for whom it is.
import { useTranslation } from '../i18n';
import type { CardQuery } from '@nws/shared';
import type { Person } from '../api';
import type { ConferenceState } from '../sync/useConference';
import type { PresentUser } from '../sync/usePresence';
import { PresenceList } from '../board/PresenceList';
import { ConferencePanel } from '../moderator/ConferencePanel';
import { QueryPanel } from '../moderator/QueryPanel';
import { InvitationPanel } from '../moderator/InvitationPanel';
import { InvitePanel } from '../moderator/InvitePanel';
import { RemotePanel } from '../moderator/RemotePanel';
import { PeoplePanel } from '../moderator/PeoplePanel';
import { WritePanel } from '../participant/WritePanel';
import { BinPanel } from '../history/BinPanel';
import { useBoardConnection, useWorkshop } from './WorkshopProvider';

interface Props {
  conf: ConferenceState | null;
  people: Person[];
  steering: boolean;
  queries: CardQuery[];
  active: CardQuery | null;
  users: PresentUser[];
}

export function SidePanels({ conf, people, steering, queries, active, users }: Props) {
  const { t } = useTranslation();
  const { role, isModerator } = useWorkshop();
  const board = useBoardConnection().doc;
  return (
    <aside id="side-panels" tabIndex={-1} className="board-side" aria-label={t('skip.sideRegion')}>
      {steering && conf && <ConferencePanel conf={conf} people={people} />}
      {isModerator && <QueryPanel queries={queries} active={active} />}
      {role === 'participant' && active && active.mode !== 'callout' && <WritePanel query={active} />}
      {isModerator && active?.purpose === 'actors' && active.status === 'revealed' && (
        <InvitationPanel board={board} query={active} />
      )}
      {role === 'participant' && <BinPanel />}
      {isModerator ? <PeoplePanel onlineCount={users.length} /> : <PresenceList users={users} />}
      {isModerator && <InvitePanel />}
      {isModerator && <RemotePanel />}
    </aside>
  );
}
