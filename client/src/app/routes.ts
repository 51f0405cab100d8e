// The client's routes, parsed from the path. Tokens travel in the fragment
// (#k=…), which browsers never send to a server.
export type Route =
  | { kind: 'lobby' }
  | { kind: 'join'; code: string }
  | { kind: 'board'; workshopId: string }
  | { kind: 'screen'; workshopId: string }
  | { kind: 'write'; workshopId: string }
  | { kind: 'network'; networkId: string }
  | { kind: 'notFound' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'lobby' };
  if (parts[0] === 'join' && parts.length === 2) return { kind: 'join', code: parts[1]! };
  if (parts[0] === 'w' && parts.length === 2) return { kind: 'board', workshopId: parts[1]! };
  if (parts[0] === 'w' && parts.length === 3 && parts[2] === 'screen') return { kind: 'screen', workshopId: parts[1]! };
  if (parts[0] === 'w' && parts.length === 3 && parts[2] === 'me') return { kind: 'write', workshopId: parts[1]! };
  if (parts[0] === 'n' && parts.length === 2) return { kind: 'network', networkId: parts[1]! };
  return { kind: 'notFound' };
}

export const boardPath = (workshopId: string) => `/w/${encodeURIComponent(workshopId)}`;
export const writePath = (workshopId: string) => `/w/${encodeURIComponent(workshopId)}/me`;
export const screenPath = (workshopId: string) => `/w/${encodeURIComponent(workshopId)}/screen`;
export const joinPath = (code: string) => `/join/${encodeURIComponent(code)}`;
export const networkPath = (networkId: string) => `/n/${encodeURIComponent(networkId)}`;

/** The token in a fragment like "#k=abc", or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const k = params.get('k');
  return k && /^[A-Za-z0-9_-]{20,100}$/.test(k) ? k : null;
}
