// Where a browser keeps its access to a workshop. A token from a link's
// fragment is moved into localStorage and removed from the address bar, so it
// does not linger in the URL (screenshots, shared screens, third-party scripts
// reading location.href).
import { tokenFromHash } from './app/routes';

/** A workshop's link (board: moderator or participant), its screen's, or a network coordinator's. */
export type TokenKind = 'board' | 'screen' | 'network';

const key = (workshopId: string, kind: TokenKind) => `nws.${kind}.${workshopId}`;

export function storeToken(workshopId: string, kind: TokenKind, token: string): void {
  try {
    localStorage.setItem(key(workshopId, kind), token);
  } catch {
    /* storage disabled: the token lives only in this page */
  }
}

/** Takes the token from the URL fragment (and clears it) or from storage. */
export function takeToken(workshopId: string, kind: TokenKind): string | null {
  const fromHash = tokenFromHash(window.location.hash);
  if (fromHash) {
    storeToken(workshopId, kind, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return localStorage.getItem(key(workshopId, kind));
  } catch {
    return null;
  }
}

export function forgetToken(workshopId: string, kind: TokenKind): void {
  try {
    localStorage.removeItem(key(workshopId, kind));
  } catch {
    /* nothing stored */
  }
}

const sessionKey = (workshopId: string, kind: TokenKind) => `nws.session.${kind}.${workshopId}`;

/** Keeps the last answer about who this browser is in a workshop, for opening the page offline. */
export function rememberSession(workshopId: string, kind: TokenKind, value: unknown): void {
  try {
    localStorage.setItem(sessionKey(workshopId, kind), JSON.stringify(value));
  } catch {
    /* storage disabled or full: the page then needs the server to open */
  }
}

export function rememberedSession(workshopId: string, kind: TokenKind): unknown {
  try {
    const raw = localStorage.getItem(sessionKey(workshopId, kind));
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

/**
 * Drops everything this browser keeps of a workshop: its links (tokens), the
 * remembered session, the cards waiting to be sent and any IndexedDB database
 * named after it (the documents' local copies, sync/localCopy.ts). Used when
 * the server says the workshop is gone or this person was removed.
 */
export async function forgetWorkshop(workshopId: string): Promise<void> {
  forgetToken(workshopId, 'board');
  forgetToken(workshopId, 'screen');
  try {
    for (const kind of ['board', 'screen'] as const) localStorage.removeItem(sessionKey(workshopId, kind));
    localStorage.removeItem(`nws.outbox.${workshopId}`);
  } catch {
    /* nothing stored */
  }
  try {
    const dbs = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      dbs
        .filter((d) => d.name?.includes(workshopId))
        .map(
          (d) =>
            new Promise<void>((ok) => {
              const req = indexedDB.deleteDatabase(d.name!);
              req.onsuccess = req.onerror = req.onblocked = () => ok();
            }),
        ),
    );
  } catch {
    /* no IndexedDB in this browser */
  }
}
