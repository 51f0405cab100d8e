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

function readUsers(provider: WebsocketProvider): PresentUser[] {
  const seen = new Map<string, PresentUser>();
  for (const [clientId, state] of provider.awareness.getStates()) {
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

export function usePresence(provider: WebsocketProvider | undefined): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!provider) return;
    // Announce ourselves; the server fills in who we are.
    provider.awareness.setLocalStateField('online', true);
    const update = () => setUsers(readUsers(provider));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider]);
  return users;
}
