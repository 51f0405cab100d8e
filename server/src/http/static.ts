// The built client: hashed assets cached for a year, every other path the
// single page (client-side routes /w/…, /join/…). Without a build, a hint.
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from './deps.js';

export function staticClient(clientDist: string | null | undefined): Hono<Env> {
  const app = new Hono<Env>();
  if (clientDist && existsSync(join(clientDist, 'index.html'))) {
    const indexHtml = readFileSync(join(clientDist, 'index.html'), 'utf8');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root: clientDist }));
    app.get('*', (c) => c.html(indexHtml));
  } else {
    app.get('/', (c) => c.text('Netzwerkstatt API. The client is not built: run `npm start`.'));
  }
  return app;
}
