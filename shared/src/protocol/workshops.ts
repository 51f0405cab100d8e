// HTTP contract of workshops, joining, sessions, people and client config:
// POST /api/workshops, GET /api/join/:code, POST /api/join, GET /api/session,
// POST /api/workshops/:id/screen-links, GET /api/workshops/:id/people, GET /api/config.
import { z } from 'zod';
import { CHAIN_FOCUS, type ScreenFocus } from '../doc/screenFocus.js';
import {
  CreateWorkshopSchema,
  JoinSchema,
  LevelSchema,
  RoleSchema,
  SessionInfoSchema,
  WorkshopIdSchema,
  WorkshopInfoSchema,
} from '../model/workshop.js';

/** What the moderation may put on the shared screen (doc/screenFocus.ts). */
export const ScreenFocusSchema = z.union([
  z.literal('stakeholders'),
  z.string().regex(CHAIN_FOCUS, 'chain:<id>') as z.ZodType<`chain:${string}`>,
]) satisfies z.ZodType<ScreenFocus>;

/** POST /api/workshops */
export const CreateWorkshopBodySchema = CreateWorkshopSchema;
export const CreateWorkshopResponseSchema = z.object({
  workshop: WorkshopInfoSchema.extend({ joinCode: z.string() }),
  moderatorToken: z.string(),
  screenToken: z.string(),
});
export type CreateWorkshopResponse = z.infer<typeof CreateWorkshopResponseSchema>;

/** GET /api/join/:code: what a joiner sees before joining. */
export const JoinInfoResponseSchema = z.object({
  workshop: z.object({ name: z.string(), targetGroup: z.string(), area: z.string() }),
});
export type JoinInfoResponse = z.infer<typeof JoinInfoResponseSchema>;

/** POST /api/join */
export const JoinBodySchema = JoinSchema;
export const JoinResponseSchema = z.object({
  workshopId: WorkshopIdSchema,
  token: z.string(),
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/** GET /api/session: what a token may see of its workshop. joinCode only for moderators. */
export const SessionResponseSchema = z.object({
  workshop: WorkshopInfoSchema.extend({ joinCode: z.string().optional() }),
  session: SessionInfoSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** POST /api/workshops/:id/screen-links (empty body): a new read-only screen session. */
export const ScreenLinkResponseSchema = z.object({ token: z.string() });
export type ScreenLinkResponse = z.infer<typeof ScreenLinkResponseSchema>;

/**
 * One person of a workshop; `imported` marks people named in an imported
 * backup, `removed` people the moderation removed (and revoked screen links),
 * `online` (moderation only) whoever has a socket open now.
 */
export const PersonSchema = z.object({
  sessionId: z.string(),
  name: z.string(),
  organisation: z.string(),
  level: LevelSchema.nullable(),
  role: RoleSchema,
  imported: z.boolean().optional(),
  removed: z.boolean().optional(),
  online: z.boolean().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** GET /api/workshops/:id/people */
export const PeopleResponseSchema = z.object({ people: z.array(PersonSchema) });
export type PeopleResponse = z.infer<typeof PeopleResponseSchema>;

/** GET /api/config: what the client needs to know of the server's configuration. */
export const ConfigResponseSchema = z.object({
  tldrawLicenseKey: z.string().nullable(),
  maxMessageBytes: z.number(),
  /** Creating and importing workshops needs the server's access key (ADMIN_TOKEN). */
  creationNeedsKey: z.boolean(),
});

/** POST /api/workshops/:id/join-code (moderation): the new code; the old one stops working. */
export const JoinCodeResponseSchema = z.object({ joinCode: z.string() });
export type JoinCodeResponse = z.infer<typeof JoinCodeResponseSchema>;

/** POST /api/workshops/:id/moderator-link (moderation): a new token for the caller; the old link stops working. */
export const RenewLinkResponseSchema = z.object({ token: z.string() });
export type RenewLinkResponse = z.infer<typeof RenewLinkResponseSchema>;

/** POST /api/workshops/:id/ticket: a one-time ticket for opening a websocket (valid for TICKET_TTL_MS). */
export const TicketResponseSchema = z.object({ ticket: z.string(), expiresInMs: z.number().int() });
export type TicketResponse = z.infer<typeof TicketResponseSchema>;
export type ConfigResponse = z.infer<typeof ConfigResponseSchema>;

/**
 * POST /api/workshops/:id/screen (moderation; answers { ok: true }): whether
 * the shared screen shows how to join, and/or what it puts in front instead
 * of the step or board (the network's stakeholder analysis; null: nothing).
 */
export const ScreenBodySchema = z
  .strictObject({ showJoin: z.boolean(), focus: ScreenFocusSchema.nullable() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'nothing to change');
export type ScreenBody = z.infer<typeof ScreenBodySchema>;

/**
 * POST /api/workshops/:id/remote (moderation; answers { ok: true }): the video
 * room's link (http or https only, or null for none) and remote mode.
 */
export const RemoteBodySchema = z.strictObject({
  videoUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  on: z.boolean(),
});
export type RemoteBody = z.infer<typeof RemoteBodySchema>;
