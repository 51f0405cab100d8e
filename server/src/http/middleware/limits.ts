// Limits that hold before anyone logs in: a fixed-window counter per client
// address (join attempts, workshop creation) answered with 429 and
// Retry-After, and a body size limit enforced while reading (413 without
// reading the rest).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one attempt; 0 when allowed, else the seconds until the key's window ends. */
  hit(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    w.count++;
    return w.count <= this.limit ? 0 : Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/** Refuses a caller (by client address) over the limiter's budget with 429 and Retry-After. */
export function rateLimit(limiter: RateLimiter, message: string): MiddlewareHandler<Env> {
  return async function rateLimit(c, next) {
    const retryAfter = limiter.hit(clientAddress(c));
    if (retryAfter > 0) throw httpError(429, 'rate_limited', message, { 'Retry-After': String(retryAfter) });
    await next();
  };
}

/** Refuses a body over `maxBytes` with 413: by its Content-Length before reading anything, else while reading. */
export function bodySizeLimit(maxBytes: number): MiddlewareHandler<Env> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw httpError(413, 'too_large', `A request body may have at most ${maxBytes} bytes.`);
    },
  });
}

/** The client's address as the socket sees it (behind a reverse proxy: the proxy's; see README, Security). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
