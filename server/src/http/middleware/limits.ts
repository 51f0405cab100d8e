// A fixed-window counter per key (client address). Enough to make join-code
// guessing slow: 31^6 ≈ 887 million codes against JOIN_RATE_LIMIT tries a minute.
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one attempt; false when the key is over its limit for the current window. */
  hit(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.limit;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/** Refuses a caller (by client address) over the limiter's budget with 429. */
export function rateLimit(limiter: RateLimiter, message: string): MiddlewareHandler<Env> {
  return async function rateLimit(c, next) {
    if (!limiter.hit(clientAddress(c))) throw httpError(429, 'rate_limited', message);
    await next();
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
