// One-time tickets for opening a websocket. Browsers cannot set headers on a
// websocket, so the credential travels in the URL, where reverse proxies log
// it: a ticket is fetched with the bearer token just before connecting, works
// once, and only for a few seconds, so a URL seen in a log opens nothing.
import { newToken } from './tokens.js';

/** How long a ticket stays valid after it was issued. */
export const TICKET_TTL_MS = 30_000;

export class TicketStore {
  private readonly tickets = new Map<string, { sessionId: string; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Issues a ticket for a session. */
  issue(sessionId: string): string {
    this.sweep();
    const ticket = newToken();
    this.tickets.set(ticket, { sessionId, expires: this.now() + TICKET_TTL_MS });
    return ticket;
  }

  /** The session a ticket was issued for, if it is valid; the ticket is spent either way. */
  redeem(ticket: string): string | null {
    const t = this.tickets.get(ticket);
    if (!t) return null;
    this.tickets.delete(ticket);
    return t.expires >= this.now() ? t.sessionId : null;
  }

  private sweep(): void {
    if (this.tickets.size < 1000) return;
    const now = this.now();
    for (const [k, t] of this.tickets) if (t.expires < now) this.tickets.delete(k);
  }
}
