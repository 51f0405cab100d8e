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

/**
 * Who is online, over all of a workshop's documents (a phone syncs only the
 * control document). Our own entry comes from our session: y-protocols never
 * applies the server's copy of a client's own state to that client.
 */
function readUsers(providers: WebsocketProvider[], self: Omit<PresentUser, 'clientId'>): PresentUser[] {
  const seen = new Map<string, PresentUser>([
    [self.sessionId, { ...self, clientId: providers[0]?.awareness.clientID ?? 0 }],
  ]);
  for (const provider of providers)
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

/** Announces this client on a document's awareness; the server fills in who we are. */
export function announce(provider: WebsocketProvider): void {
  provider.awareness.setLocalStateField('online', true);
}

export function usePresence(
  providers: (WebsocketProvider | undefined)[],
  self: Omit<PresentUser, 'clientId'> | null,
): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  const live = providers.filter((p): p is WebsocketProvider => p !== undefined);
  const selfKey = self ? JSON.stringify(self) : null;
  useEffect(() => {
    if (!live.length || !self) return;
    live.forEach(announce);
    const update = () => setUsers(readUsers(live, self));
    update();
    live.forEach((p) => p.awareness.on('change', update));
    return () => live.forEach((p) => p.awareness.off('change', update));
    // providers and self are compared by identity of the providers and value of self
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...live, selfKey]);
  return users;
}
