// Who is online, from awareness. The server overwrites every entry's `user`
// with the session's name, organisation, colour and role, so what we show
// here cannot be forged by another client.
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export interface PresentUser {
  clientId: number;
  sessionId: string;
  name: string;
  organisation: string;
  color: string;
  role: string;
}

/** Who is online. Our own entry comes from our session: y-protocols never applies the server's copy of a client's own state to that client. */
function readUsers(provider: WebsocketProvider, self: Omit<PresentUser, 'clientId'>): PresentUser[] {
  const seen = new Map<string, PresentUser>([[self.sessionId, { ...self, clientId: provider.awareness.clientID }]]);
  for (const [clientId, state] of provider.awareness.getStates()) {
    if (clientId === provider.awareness.clientID) continue;
    const user = (state as { user?: Partial<PresentUser> } | null)?.user;
    if (!user || typeof user.name !== 'string' || typeof user.sessionId !== 'string') continue;
    if (seen.has(user.sessionId)) continue; // one person, several tabs
    seen.set(user.sessionId, {
      clientId,
      sessionId: user.sessionId,
      name: user.name,
      organisation: typeof user.organisation === 'string' ? user.organisation : '',
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#666666',
      role: typeof user.role === 'string' ? user.role : 'participant',
    });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function usePresence(provider: WebsocketProvider | undefined, self: Omit<PresentUser, 'clientId'> | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  const selfKey = self ? JSON.stringify(self) : null;
  useEffect(() => {
    if (!provider || !self) return;
    // Announce ourselves; the server fills in who we are.
    provider.awareness.setLocalStateField('online', true);
    const update = () => setUsers(readUsers(provider, self));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
    // self is compared by value (selfKey): a new object with the same content must not resubscribe
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [provider, selfKey]);
  return users;
}
