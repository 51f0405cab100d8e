// The Hono application: security headers, the JSON API (one sub-app per
// feature, errors mapped once), the websocket sync endpoint and the built
// client.
import { Hono } from 'hono';
import type { AppDeps, Env } from './deps.js';
import { noStore, securityHeaders } from './csp.js';
import { apiError, errorHandler } from './errors.js';
import { bodySizeLimit, RateLimiter, rateLimit } from './middleware/limits.js';
import { requireAdmin } from './middleware/session.js';
import { workshopRoutes } from './workshops.js';
import { networkRoutes, workshopSteeringRoutes } from './networks.js';
import { networkStakeholderRoutes, workshopStakeholderRoutes } from './stakeholders.js';
import { chainRoutes } from './chains.js';
import { networkMonitoringRoutes, workshopMonitoringRoutes } from './monitoring.js';
import { queryRoutes } from './queries.js';
import { conferenceRoutes } from './conference.js';
import { roundRoutes } from './rounds.js';
import { backupRoutes } from './backup.js';
import { deletionRoutes } from './deletion.js';
import { versionRoutes } from './versions.js';
import { syncRoutes } from './sync.js';
import { staticClient } from './static.js';

export type { AppDeps, Env } from './deps.js';

export function createApp(deps: AppDeps): Hono<Env> {
  const app = new Hono<Env>();
  app.onError(errorHandler(deps.log));
  app.use('*', securityHeaders);
  app.use('/api/*', noStore);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });

  // Join codes are guessable only slowly: a budget of attempts per address and minute.
  const limitJoins = rateLimit(
    new RateLimiter(deps.config.joinRateLimit),
    'Too many join attempts. Please wait a minute.',
  );
  app.use('/api/join', limitJoins);
  app.use('/api/join/*', limitJoins);

  // No body is read past its limit on any route (the import has its own, larger one).
  const limitBody = bodySizeLimit(deps.config.maxBodyBytes);
  app.use('/api/*', (c, next) => (c.req.path === '/api/workshops/import' ? next() : limitBody(c, next)));

  // New workshops: a budget per address and hour, and the access key where the server has one.
  const limitCreation = rateLimit(
    new RateLimiter(deps.config.createRateLimit, 60 * 60_000),
    'Too many new workshops from this address. Please try again later.',
  );
  app.on('POST', ['/api/workshops', '/api/workshops/import', '/api/networks'], limitCreation, requireAdmin);

  app.route('/api', workshopRoutes);
  app.route('/api/networks', networkRoutes);
  app.route('/api/networks/:nid/stakeholders', networkStakeholderRoutes);
  app.route('/api/workshops/:id/stakeholders', workshopStakeholderRoutes);
  app.route('/api/networks/:nid/monitoring', networkMonitoringRoutes);
  app.route('/api/workshops/:id/monitoring', workshopMonitoringRoutes);
  app.route('/api/workshops/:id', chainRoutes);
  app.route('/api/workshops/:id', workshopSteeringRoutes);
  app.route('/api/workshops/:id/queries', queryRoutes);
  app.route('/api/workshops/:id/conference', conferenceRoutes);
  app.route('/api/workshops/:id', roundRoutes);
  app.route('/api/workshops/:id', versionRoutes);
  app.route('/api/workshops', backupRoutes);
  app.route('/api/workshops', deletionRoutes);
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such API route.'));

  app.route('/', syncRoutes);
  app.route('/', staticClient(deps.config.clientDist));
  return app;
}
