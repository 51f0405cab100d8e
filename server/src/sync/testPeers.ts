// A room's peers in unit tests: a participant session per index and a peer
// that keeps the frames sent to it (room.test.ts, groupCommit.test.ts).
import type { Session } from '../store/workshopStore.js';
import type { Peer } from './room.js';

export interface FakePeer extends Peer {
  frames: Uint8Array[];
}

export const testSession = (i: number): Session => ({
  id: `s${i}`,
  workshopId: 'w',
  role: 'participant',
  name: `P${i}`,
  organisation: 'Org',
  level: 'operative',
  color: '#123456',
});

export function fakePeer(i: number): FakePeer {
  const frames: Uint8Array[] = [];
  return { session: testSession(i), clientId: null, frames, send: (d) => frames.push(d), close: () => {} };
}
