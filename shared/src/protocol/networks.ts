// HTTP contract of networks: /api/networks[/:nid/…]. The coordinator's link
// (bearer token) opens the network; they moderate every workshop in it.
import { z } from 'zod';
import {
  BodyKindSchema,
  NetworkBodySchema,
  CreateNetworkSchema,
  DecisionBodySchema,
  ForwardBodySchema,
  GoalSystemSummarySchema,
  NetworkResolutionSchema,
  ProposedResolutionSchema,
  SteeringItemSchema,
  NetworkSchema,
  NetworkWorkshopPatchSchema,
  NetworkWorkshopSchema,
  NewBodySchema,
  NewNetworkWorkshopSchema,
} from '../model/network.js';
import { CreateWorkshopResponseSchema } from './workshops.js';
import { CarrySummarySchema } from '../model/carryOver.js';
import { ORGANISATION_MAX } from '../model/grid.js';
import type { Chain } from '../model/chain.js';
import {
  PartnerInputSchema,
  RegisteredPartnerSchema,
  SignificanceSchema,
  STAKEHOLDER_TITLE_MAX,
  StakeholderStateSchema,
  StakeholderVersionSchema,
} from '../model/stakeholders.js';

/** POST /api/networks (the server's access key where set, like creating a workshop). */
export const CreateNetworkBodySchema = CreateNetworkSchema;
export const CreateNetworkResponseSchema = z.object({ network: NetworkSchema, coordinatorToken: z.string() });
export type CreateNetworkResponse = z.infer<typeof CreateNetworkResponseSchema>;

/** GET /api/networks/:nid (coordinator): the overview. */
export const NetworkOverviewSchema = z.object({
  network: NetworkSchema,
  bodies: z.array(NetworkBodySchema),
  /** By date (unscheduled last), then by creation. */
  workshops: z.array(NetworkWorkshopSchema),
  /** The partner register: entered, imported from invitation lists, and the organisations of people who joined. */
  partners: z.array(RegisteredPartnerSchema),
  /** The goal systems of the network's workshops that have one, in timeline order. */
  goalSystems: z.array(GoalSystemSummarySchema),
  /** Resolutions forwarded to the steering group (awaiting or decided), newest first. */
  resolutions: z.array(NetworkResolutionSchema),
  /** Resolutions of the workshops not (or no longer) with the steering group: sent back ones again after rework. */
  proposed: z.array(ProposedResolutionSchema),
  /** Revealed actors card queries of the network's workshops: their invitation lists feed the partner register. */
  invitationLists: z.array(
    z.object({ workshopId: z.string(), workshopName: z.string(), queryId: z.string(), question: z.string() }),
  ),
  /** What each workshop could pass on to a new one (carry-over): its cases and how much of the rest it holds. */
  carrySources: z.array(
    z.object({
      workshopId: z.string(),
      cases: z.array(z.object({ id: z.string(), title: z.string(), reconstructed: z.boolean() })),
      themes: z.number().int(),
      goals: z.number().int(),
      questions: z.number().int(),
      organisations: z.number().int(),
    }),
  ),
  /** Cases reconstructed across the network's conferences (each once, carried or not): Phase I asks for four. */
  casesReconstructed: z.number().int().nonnegative(),
});
export type NetworkOverview = z.infer<typeof NetworkOverviewSchema>;

/** POST /api/networks/:nid/bodies (coordinator): a steering group or a working group. */
export const NewBodyBodySchema = NewBodySchema;
export const BodyResponseSchema = z.object({ body: NetworkBodySchema });
export type BodyResponse = z.infer<typeof BodyResponseSchema>;

/**
 * POST /api/networks/:nid/workshops (coordinator): a workshop of a body; the
 * coordinator moderates it. `carry` picks what comes along from earlier
 * workshops of the network; `carried` says what came (zeros and [] without).
 */
export const NewNetworkWorkshopBodySchema = NewNetworkWorkshopSchema;
export const NetworkWorkshopCreatedSchema = CreateWorkshopResponseSchema.extend({
  placement: NetworkWorkshopSchema,
  carried: CarrySummarySchema,
});
export type NetworkWorkshopCreated = z.infer<typeof NetworkWorkshopCreatedSchema>;

/** PATCH /api/networks/:nid/workshops/:wid (coordinator): name, date, status. */
export const NetworkWorkshopPatchBodySchema = NetworkWorkshopPatchSchema;
export const NetworkWorkshopResponseSchema = z.object({ workshop: NetworkWorkshopSchema });
export type NetworkWorkshopResponse = z.infer<typeof NetworkWorkshopResponseSchema>;

/** POST /api/networks/:nid/workshops/:wid/moderate (coordinator, empty body): a moderator link for it. */
export const ModerateResponseSchema = z.object({ moderatorToken: z.string() });
export type ModerateResponse = z.infer<typeof ModerateResponseSchema>;

/** POST /api/networks/:nid/resolutions (coordinator): forwards a workshop's resolution to the steering group. */
export const ForwardResolutionBodySchema = ForwardBodySchema;
/** POST /api/networks/:nid/resolutions/:rid/decision (coordinator): the steering group's decision, with its tally if voted. */
export const ResolutionDecisionBodySchema = DecisionBodySchema;
export const NetworkResolutionResponseSchema = z.object({ resolution: NetworkResolutionSchema });
export type NetworkResolutionResponse = z.infer<typeof NetworkResolutionResponseSchema>;

/**
 * GET /api/workshops/:id/steering (the workshop's moderation and participants):
 * `decisions` — what the steering group made of the resolutions of this
 * workshop's body (received; newest first, awaiting ones included);
 * `produced` — the decisions taken in this workshop (a steering group's), newest first;
 * `bodyKind` — which body the workshop belongs to.
 */
export const SteeringDecisionsResponseSchema = z.object({
  decisions: z.array(SteeringItemSchema),
  produced: z.array(SteeringItemSchema),
  /** The kind of the workshop's body: a steering group's workshop takes decisions (…/steering/resolutions). */
  bodyKind: BodyKindSchema,
});
export type SteeringDecisionsResponse = z.infer<typeof SteeringDecisionsResponseSchema>;

/**
 * GET /api/workshops/:id/steering/resolutions (a steering group's workshop:
 * its moderation and participants): what awaits the steering group in the
 * whole network (oldest first) and what this workshop decided (newest first).
 * 403 in a workshop of another body.
 */
export const SteeringQueueResponseSchema = z.object({
  awaiting: z.array(SteeringItemSchema),
  produced: z.array(SteeringItemSchema),
});
export type SteeringQueueResponse = z.infer<typeof SteeringQueueResponseSchema>;

/**
 * POST /api/workshops/:id/steering/:rid/decision (a steering group's workshop,
 * its moderation only): the decision, recorded as taken in this workshop.
 */
export const SteeringWorkshopDecisionBodySchema = DecisionBodySchema;
export const SteeringItemResponseSchema = z.object({ resolution: SteeringItemSchema });
export type SteeringItemResponse = z.infer<typeof SteeringItemResponseSchema>;

// --- the stakeholder analysis and the partner register ----------------------------------------

/** POST …/stakeholders/columns: a text column at the end. */
export const NewStakeholderColumnBodySchema = z.strictObject({
  title: z.string().trim().min(1).max(STAKEHOLDER_TITLE_MAX),
});
/** PATCH …/stakeholders/columns/:cid: rename and/or move (0 = first). */
export const StakeholderColumnPatchBodySchema = z
  .strictObject({ title: z.string().trim().min(1).max(STAKEHOLDER_TITLE_MAX), index: z.number().int().min(0).max(200) })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change');
/** POST …/stakeholders/rows: an actual or wished-for partner's row. */
export const NewStakeholderRowBodySchema = z.strictObject({
  organisation: z.string().trim().min(1).max(ORGANISATION_MAX),
  significance: SignificanceSchema.default('involved'),
});
/** PATCH …/stakeholders/rows/:rowId (the row id is the organisation's key, URL-encoded). */
export const StakeholderRowPatchBodySchema = z.strictObject({ significance: SignificanceSchema });
/** POST …/stakeholders/versions: "Stand festhalten". */
export const NewStakeholderVersionBodySchema = z.strictObject({ label: z.string().trim().max(120).default('') });
export const StakeholderStateResponseSchema = z.object({ state: StakeholderStateSchema });
export type StakeholderStateResponse = z.infer<typeof StakeholderStateResponseSchema>;
export const StakeholderVersionsResponseSchema = z.object({ versions: z.array(StakeholderVersionSchema) });
export type StakeholderVersionsResponse = z.infer<typeof StakeholderVersionsResponseSchema>;
export const StakeholderVersionResponseSchema = z.object({
  version: StakeholderVersionSchema,
  state: StakeholderStateSchema,
});
export type StakeholderVersionResponse = z.infer<typeof StakeholderVersionResponseSchema>;

/** POST /api/networks/:nid/partners (and PATCH …/:pid). */
export const PartnerBodySchema = PartnerInputSchema;
export const PartnerPatchBodySchema = PartnerInputSchema.partial().refine(
  (p) => Object.keys(p).length > 0,
  'nothing to change',
);
/** POST /api/networks/:nid/partners/import: the organisations of a workshop's invitation list. */
export const ImportPartnersBodySchema = z.strictObject({ workshopId: z.string().max(64), queryId: z.string().max(64) });
export const PartnerResponseSchema = z.object({ partner: RegisteredPartnerSchema });
export type PartnerResponse = z.infer<typeof PartnerResponseSchema>;
export const PartnersResponseSchema = z.object({ partners: z.array(RegisteredPartnerSchema), added: z.number().int() });
export type PartnersResponse = z.infer<typeof PartnersResponseSchema>;

// --- service chains --------------------------------------------------------------------------

/** GET /api/workshops/:id/chains: the chains of the workshop's body. */
export type ChainsResponse = { chains: Chain[] };
/** POST /api/workshops/:id/chains/ops (ChainOpSchema): what the operation made, if anything. */
export const ChainOpResponseSchema = z.object({ id: z.string().nullable() });
export type ChainOpResponse = z.infer<typeof ChainOpResponseSchema>;
