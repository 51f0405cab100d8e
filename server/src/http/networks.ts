// Networks (mounted at /api/networks): create one (with the server's access
// key where set, like a workshop), and — with the coordinator's link — its
// overview, its bodies, its workshops on their timeline, and a moderator link
// for any of them. Every change is audited on the workshop it touches.
import { Hono, type MiddlewareHandler } from 'hono';
import {
  flattenTree,
  listCards,
  listCases,
  listQueries,
  listThemes,
  networkCaseCount,
  rowIdOf,
  buildInvitationList,
  getQuery,
  ImportPartnersBodySchema,
  ORGANISATION_MAX,
  PartnerBodySchema,
  PartnerPatchBodySchema,
  type PartnersResponse,
  type TicketResponse,
  goalTree,
  type GoalNode,
  listResolutions,
  ForwardResolutionBodySchema,
  ResolutionDecisionBodySchema,
  type NetworkResolutionResponse,
  type SteeringDecisionsResponse,
  type SteeringItemResponse,
  type SteeringQueueResponse,
  SteeringWorkshopDecisionBodySchema,
  CreateNetworkBodySchema,
  DomainError,
  NetworkWorkshopPatchBodySchema,
  NewBodyBodySchema,
  NewNetworkWorkshopBodySchema,
  type BodyResponse,
  type CreateNetworkResponse,
  type ModerateResponse,
  type NetworkOverview,
  type NetworkWorkshopCreated,
  type NetworkWorkshopResponse,
  carryAll,
  emptyCarrySummary,
  checkCarryPick,
  CloseCode,
  networkCaseIds,
  setNetworkCases,
  type CarrySource,
} from '@nws/shared';
import type { AppDeps, Env } from './deps.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { coordinatorTicketSubject, requireCoordinator } from './middleware/coordinator.js';
import { TICKET_TTL_MS } from '../auth/tickets.js';
import { requireSession } from './middleware/session.js';
import { workshopRooms } from './rooms.js';

/** A board's goal system in brief: the overall goal and the number of goals per level; null without one. */
function goalSystemSummary(tree: GoalNode | null) {
  if (!tree) return null;
  const goals = flattenTree(tree);
  const count = (level: string) => goals.filter((g) => g.level === level).length;
  return { overall: tree.text, framework: count('framework'), result: count('result'), activity: count('activity') };
}

/**
 * An earlier workshop as carry-over reads it: its live documents and the
 * organisations of the people who took part (participants whose link was
 * not revoked; names only).
 */
function carrySource(deps: AppDeps, workshop: { id: string; name: string }): CarrySource {
  const ws = workshopRooms(deps.rooms, workshop.id);
  return {
    workshopId: workshop.id,
    name: workshop.name,
    board: ws.read('board'),
    control: ws.read('control'),
    organisations: deps.workshops
      .people(workshop.id)
      .filter((p) => p.role === 'participant' && !p.removed && !p.imported)
      .map((p) => p.organisation),
  };
}

/**
 * Writes the ids of the cases reconstructed anywhere in a network into the
 * control state of each of its workshops (networkCases), where they differ.
 * The Phase II warning ("at least four cases", warnsTooFewCases) is worked
 * out by the moderation's page from the control document it holds live; so
 * the network's figure goes where that page already looks, instead of a new
 * request or socket. Ids rather than a number, so that the page counts a
 * case carried from one workshop into another once and adds the case it is
 * finishing. Called when a workshop of the network is made (and carried
 * into), when a case's reconstruction completes in one of its workshops, and
 * when one is deleted. A network of one has nothing to add to its workshop's
 * own cases. Best effort, after the command itself succeeded: if a document
 * cannot be opened now, the figures stay as they were until the next refresh
 * (the warning is advice, not a block).
 */
export function refreshNetworkCases(deps: Pick<AppDeps, 'networks' | 'rooms' | 'log'>, networkId: string | null): void {
  const network = networkId ? deps.networks.get(networkId) : null;
  if (!network || network.standalone) return;
  try {
    const workshops = deps.networks.workshopsOf(network.id).map((w) => workshopRooms(deps.rooms, w.id));
    const ids = networkCaseIds(workshops.map((w) => w.read('control')));
    for (const w of workshops) w.change('control', (d) => setNetworkCases(d, ids));
  } catch (err) {
    deps.log('network cases not refreshed', { network: network.id, error: String(err) });
  }
}

/**
 * The network's page: its bodies and workshops, the partner register, the
 * goal systems, the resolutions on their way through the steering group,
 * the invitation lists that can feed the register, and what each workshop
 * could pass on to a new one. Each workshop's documents are read once.
 */
function networkOverview(deps: AppDeps, id: string): NetworkOverview {
  const { networks, rooms, stakeholders, workshops: people } = deps;
  const workshops = networks.workshopsOf(id);
  const resolutions = networks.resolutions(id);
  const docs = workshops.map((w) => {
    const ws = workshopRooms(rooms, w.id);
    const board = ws.read('board');
    // (The goal tree once per workshop: the summary and the carry-over's count both use it.)
    return { w, board, control: ws.read('control'), tree: goalTree(board) };
  });
  return {
    network: networks.get(id)!,
    bodies: networks.bodies(id),
    workshops,
    partners: stakeholders.partners(id),
    goalSystems: docs.flatMap(({ w, tree }) => {
      const summary = goalSystemSummary(tree);
      return summary ? [{ workshopId: w.id, ...summary }] : [];
    }),
    resolutions,
    // Recorded in a workshop and not with the steering group (never forwarded, or sent back).
    proposed: docs.flatMap(({ w, control }) =>
      listResolutions(control)
        .filter((r) => {
          const at = resolutions.find((x) => x.workshopId === w.id && x.resolutionId === r.id);
          return !at || at.state === 'sent_back';
        })
        .map((r) => ({ workshopId: w.id, resolutionId: r.id, text: r.text, createdAt: r.createdAt })),
    ),
    invitationLists: docs.flatMap(({ w, control }) =>
      listQueries(control)
        .filter((q) => q.purpose === 'actors' && q.status === 'revealed')
        .map((q) => ({ workshopId: w.id, workshopName: w.name, queryId: q.id, question: q.question })),
    ),
    carrySources: docs.map(({ w, board, control, tree }) => ({
      workshopId: w.id,
      cases: listCases(control).map((k) => ({ id: k.id, title: k.title, reconstructed: k.status === 'reconstructed' })),
      themes: listThemes(board).length,
      goals: flattenTree(tree).length,
      questions: listCards(board).filter((k) => k.kind === 'question').length,
      organisations: new Set(
        people
          .people(w.id)
          .filter((p) => p.role === 'participant' && !p.removed && p.organisation.trim())
          .map((p) => rowIdOf(p.organisation)),
      ).size,
    })),
    casesReconstructed: networkCaseCount(docs.map((d) => d.control)),
  };
}

export const networkRoutes = new Hono<Env>()
  .post('/', jsonBody(CreateNetworkBodySchema), (c) => {
    const { networks, log } = c.var.deps;
    const created = networks.create(c.req.valid('json'));
    log('network created', { network: created.network.id });
    return c.json<CreateNetworkResponse, 201>(created, 201);
  })

  .get('/:nid', requireCoordinator, (c) =>
    c.json<NetworkOverview>(networkOverview(c.var.deps, c.var.coordinator.networkId)),
  )

  .post('/:nid/resolutions', requireCoordinator, jsonBody(ForwardResolutionBodySchema), (c) => {
    const { networks, rooms, audit } = c.var.deps;
    const { workshopId, resolutionId } = c.req.valid('json');
    const networkId = c.var.coordinator.networkId;
    if (!networks.hasWorkshop(networkId, workshopId))
      throw new DomainError('unknown_workshop', 'No such workshop in this network.');
    const found = listResolutions(workshopRooms(rooms, workshopId).read('control')).find((r) => r.id === resolutionId);
    if (!found) throw new DomainError('unknown_resolution', 'No such resolution in this workshop.');
    const resolution = networks.forward(networkId, workshopId, found)!;
    audit.record(workshopId, c.var.coordinator.id, 'resolution.forward', { resolution: resolutionId });
    return c.json<NetworkResolutionResponse, 201>({ resolution }, 201);
  })

  .post('/:nid/resolutions/:rid/decision', requireCoordinator, jsonBody(ResolutionDecisionBodySchema), (c) => {
    const { networks, audit } = c.var.deps;
    const { decision, reason, tally } = c.req.valid('json');
    const resolution = networks.decide(c.var.coordinator.networkId, c.req.param('rid'), decision, reason, {
      decidedIn: null,
      tally,
    });
    if (!resolution) throw new DomainError('unknown_resolution', 'No such resolution with the steering group.');
    audit.record(resolution.workshopId, c.var.coordinator.id, 'resolution.decide', {
      resolution: resolution.resolutionId,
      decision,
      voted: tally !== null,
    });
    return c.json<NetworkResolutionResponse>({ resolution });
  })

  // A one-time ticket for the coordinator's socket to the network's stakeholder analysis.
  .post('/:nid/ticket', requireCoordinator, emptyBody(), (c) =>
    c.json<TicketResponse>({
      ticket: c.var.deps.tickets.issue(coordinatorTicketSubject(c.var.coordinator)),
      expiresInMs: TICKET_TTL_MS,
    }),
  )

  .post('/:nid/partners', requireCoordinator, jsonBody(PartnerBodySchema), (c) => {
    const { stakeholders } = c.var.deps;
    const networkId = c.var.coordinator.networkId;
    const input = c.req.valid('json');
    stakeholders.addPartner(networkId, input, 'manual');
    return c.json<PartnersResponse, 201>({ partners: stakeholders.partners(networkId), added: 1 }, 201);
  })

  .patch('/:nid/partners/:pid', requireCoordinator, jsonBody(PartnerPatchBodySchema), (c) => {
    const { stakeholders } = c.var.deps;
    const networkId = c.var.coordinator.networkId;
    if (!stakeholders.updatePartner(networkId, c.req.param('pid'), c.req.valid('json')))
      throw new DomainError('not_found', 'No such organisation in the register.');
    return c.json<PartnersResponse>({ partners: stakeholders.partners(networkId), added: 0 });
  })

  .delete('/:nid/partners/:pid', requireCoordinator, (c) => {
    const { stakeholders } = c.var.deps;
    const networkId = c.var.coordinator.networkId;
    if (!stakeholders.removePartner(networkId, c.req.param('pid')))
      throw new DomainError('not_found', 'No such organisation in the register (people who joined stay listed).');
    return c.json<PartnersResponse>({ partners: stakeholders.partners(networkId), added: 0 });
  })

  // The organisations of a card query's invitation list (one per card, duplicates once), kind from its cluster.
  .post('/:nid/partners/import', requireCoordinator, jsonBody(ImportPartnersBodySchema), (c) => {
    const { networks, rooms, stakeholders } = c.var.deps;
    const { workshopId, queryId } = c.req.valid('json');
    const networkId = c.var.coordinator.networkId;
    if (!networks.hasWorkshop(networkId, workshopId))
      throw new DomainError('unknown_workshop', 'No such workshop in this network.');
    const ws = workshopRooms(rooms, workshopId);
    const query = getQuery(ws.read('control'), queryId);
    if (!query) throw new DomainError('unknown_query', 'No such card query in this workshop.');
    const list = buildInvitationList(ws.read('board'), query);
    const entries = [
      ...list.groups.flatMap((g) => g.entries.map((e) => ({ name: e.text, kind: g.name }))),
      ...list.unclustered.map((e) => ({ name: e.text, kind: '' })),
    ].filter((e) => e.name.length > 0 && e.name.length <= ORGANISATION_MAX);
    let added = 0;
    for (const e of entries)
      if (
        stakeholders.addPartner(networkId, { name: e.name, kind: e.kind.slice(0, 80), contactRole: '' }, 'invitation')
      )
        added++;
    return c.json<PartnersResponse, 201>({ partners: stakeholders.partners(networkId), added }, 201);
  })

  .post('/:nid/bodies', requireCoordinator, jsonBody(NewBodyBodySchema), (c) => {
    const body = c.var.deps.networks.addBody(c.var.coordinator.networkId, c.req.valid('json'));
    return c.json<BodyResponse, 201>({ body }, 201);
  })

  .post('/:nid/workshops', requireCoordinator, jsonBody(NewNetworkWorkshopBodySchema), (c) => {
    const { deps } = c.var;
    const { networks, workshops, rooms, audit, log } = deps;
    const { coordinator } = c.var;
    const input = c.req.valid('json');
    // Every pick is checked before anything is made: its workshop is one of the network's and has the cases named.
    const placed = networks.workshopsOf(coordinator.networkId);
    const sources = new Map<string, CarrySource>();
    for (const pick of input.carry) {
      const workshop = placed.find((w) => w.id === pick.workshopId);
      if (!workshop) throw new DomainError('unknown_workshop', 'No such workshop in this network.');
      const source = carrySource(deps, workshop);
      checkCarryPick(source, pick);
      sources.set(workshop.id, source);
    }
    const made = networks.createWorkshop(coordinator, input);
    if (!made) throw new DomainError('unknown_body', 'No such body in this network.');
    const wid = made.created.workshop.id;
    audit.record(wid, coordinator.id, 'network.workshop', {
      network: coordinator.networkId,
      body: made.placement.bodyId,
    });

    let carried = emptyCarrySummary();
    if (input.carry.length > 0) {
      const target = workshopRooms(rooms, wid);
      try {
        carried = target.change('control', (control) =>
          target.change('board', (board) => carryAll(sources, { board, control }, input.carry, Date.now())),
        );
      } catch (err) {
        // Nothing half made: the new workshop goes again.
        rooms.closeMatching(`${wid}/`, CloseCode.WorkshopGone, 'workshop not created');
        workshops.delete(wid);
        deps.versions.forget(wid);
        throw err;
      }
      const { organisations, ...counts } = carried;
      audit.record(wid, coordinator.id, 'network.carry', {
        from: [...sources.keys()],
        ...counts,
        organisations: organisations.length,
      });
    }
    refreshNetworkCases(deps, coordinator.networkId);
    log('workshop created', { workshop: wid, network: coordinator.networkId });
    return c.json<NetworkWorkshopCreated, 201>({ ...made.created, placement: made.placement, carried }, 201);
  })

  .patch('/:nid/workshops/:wid', requireCoordinator, jsonBody(NetworkWorkshopPatchBodySchema), (c) => {
    const workshop = c.var.deps.networks.updateWorkshop(
      c.var.coordinator.networkId,
      c.req.param('wid'),
      c.req.valid('json'),
    );
    if (!workshop) throw new DomainError('unknown_workshop', 'No such workshop in this network.');
    return c.json<NetworkWorkshopResponse>({ workshop });
  })

  .post('/:nid/workshops/:wid/moderate', requireCoordinator, emptyBody(), (c) => {
    const { workshops, audit } = c.var.deps;
    const { coordinator } = c.var;
    const token = workshops.coordinatorModerates(coordinator.networkId, c.req.param('wid'), coordinator);
    if (!token) throw new DomainError('unknown_workshop', 'No such workshop in this network.');
    audit.record(c.req.param('wid'), coordinator.id, 'network.moderate', {});
    return c.json<ModerateResponse>({ moderatorToken: token });
  });

/**
 * After requireSession: the workshop is one of its network's steering group
 * (403 otherwise: only the steering group's workshops take its decisions).
 */
const requireSteeringGroup: MiddlewareHandler<Env> = async function requireSteeringGroup(c, next) {
  if (c.var.deps.networks.bodyOf(c.var.session.workshopId)?.kind !== 'steering')
    throw new DomainError('forbidden', 'Only a workshop of the steering group decides on forwarded resolutions.');
  await next();
};

/**
 * For a workshop's own people (mounted at /api/workshops/:id): what the
 * steering group decided on the resolutions of the workshop's body — the
 * working group sees the outcome in its next workshop — and the decisions
 * this workshop took (a steering group's). In a steering group's workshop,
 * what awaits its decision in the whole network; its moderation records the
 * decisions (participants read). Each decision is audited on the deciding
 * workshop.
 */
export const workshopSteeringRoutes = new Hono<Env>()
  .get('/steering', requireSession('moderator', 'participant'), (c) => {
    const { networks } = c.var.deps;
    const id = c.var.session.workshopId;
    return c.json<SteeringDecisionsResponse>({
      decisions: networks.decisionsForBodyOf(id),
      produced: networks.decidedIn(id),
      bodyKind: networks.bodyOf(id)?.kind ?? 'plenary',
    });
  })

  .get('/steering/resolutions', requireSession('moderator', 'participant'), requireSteeringGroup, (c) => {
    const { networks } = c.var.deps;
    const id = c.var.session.workshopId;
    return c.json<SteeringQueueResponse>({
      awaiting: networks.awaitingSteering(networks.bodyOf(id)!.networkId),
      produced: networks.decidedIn(id),
    });
  })

  .post(
    '/steering/:rid/decision',
    requireSession('moderator'),
    requireSteeringGroup,
    jsonBody(SteeringWorkshopDecisionBodySchema),
    (c) => {
      const { networks, audit } = c.var.deps;
      const { decision, reason, tally } = c.req.valid('json');
      const { workshopId, id: sessionId } = c.var.session;
      const networkId = networks.bodyOf(workshopId)!.networkId;
      const decided = networks.decide(networkId, c.req.param('rid'), decision, reason, {
        decidedIn: workshopId,
        tally,
      });
      if (!decided) throw new DomainError('unknown_resolution', 'No such resolution with the steering group.');
      audit.record(workshopId, sessionId, 'resolution.decide', {
        resolution: decided.resolutionId,
        from: decided.workshopId,
        decision,
        voted: tally !== null,
      });
      return c.json<SteeringItemResponse>({ resolution: networks.steeringItem(networkId, decided.id)! });
    },
  );
