// Who is online now: name, organisation and colour, as the server vouches for them.
import { useTranslation } from '../i18n';
import type { PresentUser } from '../sync/usePresence';
import { roleKey } from '../i18n/keys';

export function PresenceList({ users }: { users: PresentUser[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel presence" aria-labelledby="presence-title">
      <h2 id="presence-title">{t('board.online', { count: users.length })}</h2>
      <ul data-testid="presence-list">
        {users.map((u) => (
          <li key={u.sessionId}>
            <span className="dot" style={{ background: u.color }} aria-hidden="true" />
            <span className="who">{u.name}</span>
            {u.organisation && <span className="org">{u.organisation}</span>}
            {u.role !== 'participant' && <span className="role-tag">{t(roleKey(u.role))}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
