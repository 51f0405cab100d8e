// A network's stakeholder analysis over HTTP: its structure (columns, rows,
// a row's significance), its saved states, its XLSX export. The same routes
// serve the coordinator (mounted at /api/networks/:nid/stakeholders) and a
// workshop of the network (at /api/workshops/:id/stakeholders), where its
// moderation changes the structure and a participant may add their own
// organisation's row. Typing into cells goes over the socket.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as Y from 'yjs';
import {
  addStakeholderColumn,
  DomainError,
  ensureStakeholderRow,
  moveStakeholderColumn,
  networkRoomName,
  NewStakeholderColumnBodySchema,
  NewStakeholderRowBodySchema,
  NewStakeholderVersionBodySchema,
  readStakeholders,
  removeStakeholderColumn,
  removeStakeholderRow,
  renameStakeholderColumn,
  setStakeholderSignificance,
  StakeholderColumnPatchBodySchema,
  StakeholderRowPatchBodySchema,
  type StakeholderStateResponse,
  type StakeholderVersionResponse,
  type StakeholderVersionsResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { requireCoordinator } from './middleware/coordinator.js';
import { requireSession } from './middleware/session.js';
import { roomAccess } from './rooms.js';
import { httpError } from './errors.js';
import { newId } from '../auth/tokens.js';
import { stakeholdersXlsx } from '../export/stakeholdersXlsx.js';

/** Who works on which network's analysis, and whether they may change its structure. */
export interface AnalysisAccess {
  networkId: string;
  by: string;
  structure: boolean;
  /** A participant's organisation (their own row); null for the coordinator. */
  organisation: string | null;
}

/** The coordinator of the network in `:nid`. */
const coordinatorAccess: MiddlewareHandler<Env> = async (c, next) => {
  await requireCoordinator(c, async () => {
    const { coordinator } = c.var;
    c.set('analysis', { networkId: coordinator.networkId, by: coordinator.name, structure: true, organisation: null });
    await next();
  });
};

/** The moderation and the participants of the workshop in `:id`, for its network. */
const workshopAccess: MiddlewareHandler<Env> = async (c, next) => {
  await requireSession('moderator', 'participant')(c, async () => {
    const { session, deps } = c.var;
    c.set('analysis', {
      networkId: deps.networks.networkIdOf(session.workshopId)!,
      by: session.name,
      structure: session.role === 'moderator',
      organisation: session.organisation.trim() || null,
    });
    await next();
  });
};

const requireStructure: MiddlewareHandler<Env> = async (c, next) => {
  if (!c.var.analysis.structure)
    throw httpError(403, 'forbidden', 'Only the moderation changes the stakeholder analysis’s columns and rows.');
  await next();
};

function analysisRoutes(access: MiddlewareHandler<Env>) {
  const doc = (c: Context<Env>) => roomAccess(c.var.deps.rooms, networkRoomName(c.var.analysis.networkId));
  const state = (d: Y.Doc) => ({ state: readStakeholders(d) });
  return (
    new Hono<Env>()
      .use('*', access)
      .get('/', (c) => c.json<StakeholderStateResponse>(state(doc(c).read())))
      .post('/columns', requireStructure, jsonBody(NewStakeholderColumnBodySchema), (c) => {
        const { title } = c.req.valid('json');
        const made = doc(c).change((d) => (addStakeholderColumn(d, newId(), title), state(d)));
        return c.json<StakeholderStateResponse, 201>(made, 201);
      })
      .patch('/columns/:cid', requireStructure, jsonBody(StakeholderColumnPatchBodySchema), (c) => {
        const { title, index } = c.req.valid('json');
        const id = c.req.param('cid');
        return c.json<StakeholderStateResponse>(
          doc(c).change((d) => {
            if (title !== undefined) renameStakeholderColumn(d, id, title);
            if (index !== undefined) moveStakeholderColumn(d, id, index);
            return state(d);
          }),
        );
      })
      .delete('/columns/:cid', requireStructure, (c) =>
        c.json<StakeholderStateResponse>(
          doc(c).change((d) => (removeStakeholderColumn(d, c.req.param('cid')), state(d))),
        ),
      )
      .post('/rows', requireStructure, jsonBody(NewStakeholderRowBodySchema), (c) => {
        const { organisation, significance } = c.req.valid('json');
        const made = doc(c).change((d) => (ensureStakeholderRow(d, organisation, significance), state(d)));
        return c.json<StakeholderStateResponse, 201>(made, 201);
      })
      // A participant fills their own organisation's row: it is made for them if missing.
      .post('/rows/own', emptyBody(), (c) => {
        const org = c.var.analysis.organisation;
        if (!org)
          throw new DomainError('no_organisation', 'You joined without an organisation, so there is no row of yours.');
        return c.json<StakeholderStateResponse, 201>(
          doc(c).change((d) => (ensureStakeholderRow(d, org), state(d))),
          201,
        );
      })
      .post('/rows/from-register', requireStructure, emptyBody(), (c) => {
        const partners = c.var.deps.stakeholders.partners(c.var.analysis.networkId);
        const made = doc(c).change((d) => {
          for (const p of partners) ensureStakeholderRow(d, p.name, p.workshops > 0 ? 'involved' : 'wanted');
          return state(d);
        });
        return c.json<StakeholderStateResponse, 201>(made, 201);
      })
      .patch('/rows/:rowId', requireStructure, jsonBody(StakeholderRowPatchBodySchema), (c) => {
        const { significance } = c.req.valid('json');
        return c.json<StakeholderStateResponse>(
          doc(c).change((d) => (setStakeholderSignificance(d, c.req.param('rowId'), significance), state(d))),
        );
      })
      .delete('/rows/:rowId', requireStructure, (c) =>
        c.json<StakeholderStateResponse>(
          doc(c).change((d) => (removeStakeholderRow(d, c.req.param('rowId')), state(d))),
        ),
      )
      .get('/versions', (c) =>
        c.json<StakeholderVersionsResponse>({ versions: c.var.deps.stakeholders.versions(c.var.analysis.networkId) }),
      )
      .post('/versions', requireStructure, jsonBody(NewStakeholderVersionBodySchema), (c) => {
        const { analysis, deps } = c.var;
        const current = readStakeholders(doc(c).read());
        const version = deps.stakeholders.saveState(
          analysis.networkId,
          c.req.valid('json').label,
          analysis.by,
          current,
        );
        return c.json<StakeholderVersionResponse, 201>({ version, state: current }, 201);
      })
      .get('/versions/:vid', (c) => {
        const found = c.var.deps.stakeholders.version(c.var.analysis.networkId, c.req.param('vid'));
        if (!found) throw new DomainError('not_found', 'No such saved state.');
        return c.json<StakeholderVersionResponse>(found);
      })
      .get('/export.xlsx', async (c) => {
        const lang = c.req.query('lang') === 'en' ? 'en' : 'de';
        const body = await stakeholdersXlsx(readStakeholders(doc(c).read()), lang, new Date());
        return c.body(body, 200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="${lang === 'de' ? 'beteiligtenanalyse' : 'stakeholder-analysis'}.xlsx"`,
        });
      })
  );
}

/** Mounted at /api/networks/:nid/stakeholders. */
export const networkStakeholderRoutes = analysisRoutes(coordinatorAccess);
/** Mounted at /api/workshops/:id/stakeholders. */
export const workshopStakeholderRoutes = analysisRoutes(workshopAccess);
