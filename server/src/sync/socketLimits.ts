// Caps on open websockets per session and per client address, so one token
// (or one address) cannot hold hundreds of sockets. A place is reserved
// before the upgrade and given back when the socket closes; a reservation
// whose socket never opened (the client vanished mid-handshake) lapses.
export interface SocketLimits {
  perSession: number;
  perAddress: number;
}

/** How long a reserved place waits for its socket to open. */
const RESERVATION_MS = 10_000;

export class SocketCounter {
  private readonly bySession = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();
  private readonly pending = new Map<number, { sessionId: string; address: string; at: number }>();
  private next = 1;

  constructor(
    private readonly limits: SocketLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves a place for a new socket; null when the session or the address is at its cap. */
  reserve(sessionId: string, address: string): number | null {
    this.lapse();
    if ((this.bySession.get(sessionId) ?? 0) >= this.limits.perSession) return null;
    if ((this.byAddress.get(address) ?? 0) >= this.limits.perAddress) return null;
    bump(this.bySession, sessionId, 1);
    bump(this.byAddress, address, 1);
    const id = this.next++;
    this.pending.set(id, { sessionId, address, at: this.now() });
    return id;
  }

  /** The socket of a reservation opened: its place is held until release. */
  opened(id: number): { sessionId: string; address: string } | null {
    const r = this.pending.get(id);
    if (!r) return null;
    this.pending.delete(id);
    return r;
  }

  /** Gives a place back (a socket closed, or a reservation that will not open). */
  release(place: { sessionId: string; address: string }): void {
    bump(this.bySession, place.sessionId, -1);
    bump(this.byAddress, place.address, -1);
  }

  /** Open sockets and reservations of one session. */
  count(sessionId: string): number {
    return this.bySession.get(sessionId) ?? 0;
  }

  private lapse(): void {
    const cutoff = this.now() - RESERVATION_MS;
    for (const [id, r] of this.pending) {
      if (r.at > cutoff) continue;
      this.pending.delete(id);
      this.release(r);
    }
  }
}

function bump(m: Map<string, number>, key: string, by: number): void {
  const n = (m.get(key) ?? 0) + by;
  if (n > 0) m.set(key, n);
  else m.delete(key);
}
