// Security headers: same-origin everything (ARCHITECTURE: own origin only),
// and no caching of API answers (they carry tokens and workshop content).
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // tldraw and React set style attributes; no external stylesheet is allowed.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  crossOriginEmbedderPolicy: false,
});

/** API answers (tokens, workshop content, errors) are kept in no browser or proxy cache. */
export const noStore: MiddlewareHandler = async function noStore(c, next) {
  await next();
  c.header('Cache-Control', 'no-store');
};
