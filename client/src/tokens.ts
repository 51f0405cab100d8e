// Where a browser keeps its access to a workshop. A token from a link's
// fragment is moved into localStorage and removed from the address bar, so it
// does not linger in the URL (screenshots, shared screens, third-party scripts
// reading location.href).
import { tokenFromHash } from './routes';

const key = (workshopId: string, kind: 'board' | 'screen') => `nws.${kind}.${workshopId}`;

export function storeToken(workshopId: string, kind: 'board' | 'screen', token: string): void {
  try {
    localStorage.setItem(key(workshopId, kind), token);
  } catch {
    /* storage disabled: the token lives only in this page */
  }
}

/** Takes the token from the URL fragment (and clears it) or from storage. */
export function takeToken(workshopId: string, kind: 'board' | 'screen'): string | null {
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

export function forgetToken(workshopId: string, kind: 'board' | 'screen'): void {
  try {
    localStorage.removeItem(key(workshopId, kind));
  } catch {
    /* nothing stored */
  }
}
