// HTTP contract of versions, restore and the bin (/api/workshops/:id/versions…,
// /api/workshops/:id/bin…). Versions are snapshots of the board document the
// server takes on its own (step changes, reveals, round closes, before every
// restore, every few minutes of editing) or on the moderation's demand.
import { z } from 'zod';

export const versionTriggers = ['step', 'reveal', 'round', 'restore', 'auto', 'manual'] as const;
export const VersionTriggerSchema = z.enum(versionTriggers);
export type VersionTrigger = z.infer<typeof VersionTriggerSchema>;

/** The kinds of entity a version's summary and diff count. */
export const versionKinds = ['cards', 'clusters', 'themes', 'goals'] as const;
export type VersionKind = (typeof versionKinds)[number];

export const VersionCountsSchema = z.object({
  cards: z.number().int(),
  clusters: z.number().int(),
  themes: z.number().int(),
  goals: z.number().int(),
});
export type VersionCounts = z.infer<typeof VersionCountsSchema>;

/** One entity named in a diff: its id and its title or text (shortened). */
export const VersionEntityRefSchema = z.object({ id: z.string(), label: z.string() });
export type VersionEntityRef = z.infer<typeof VersionEntityRefSchema>;

const KindDiffSchema = z.object({ added: z.array(VersionEntityRefSchema), removed: z.array(VersionEntityRefSchema) });
/** What changed from the previous version (the first version is compared with an empty board). */
export const VersionDiffSchema = z.object({
  cards: KindDiffSchema,
  clusters: KindDiffSchema,
  themes: KindDiffSchema,
  goals: KindDiffSchema,
});
export type VersionDiff = z.infer<typeof VersionDiffSchema>;

export const VersionInfoSchema = z.object({
  id: z.string(),
  createdAt: z.number().int(),
  trigger: VersionTriggerSchema,
  label: z.string(),
  summary: VersionCountsSchema,
  diff: VersionDiffSchema,
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

/** GET /versions: newest first. */
export const VersionListResponseSchema = z.object({ versions: z.array(VersionInfoSchema) });
export type VersionListResponse = z.infer<typeof VersionListResponseSchema>;

/** POST /versions ("Stand sichern"): an optional label. */
export const NewVersionBodySchema = z.strictObject({ label: z.string().trim().max(120).optional() });
export type NewVersionBody = z.infer<typeof NewVersionBodySchema>;
/** POST /versions (201). */
export const VersionResponseSchema = z.object({ version: VersionInfoSchema });
export type VersionResponse = z.infer<typeof VersionResponseSchema>;

/** GET /versions/:vid: the version's board document as a base64 Yjs update, for a read-only preview (decodeVersion). */
export const VersionPreviewResponseSchema = z.object({ version: VersionInfoSchema, update: z.string() });
export type VersionPreviewResponse = z.infer<typeof VersionPreviewResponseSchema>;

const entityId = z.string().min(1).max(64);
/** POST /versions/:vid/restore: the whole board, one card, a cluster with its cards, a theme, or the goal system. */
export const RestoreBodySchema = z.discriminatedUnion('what', [
  z.strictObject({ what: z.literal('all') }),
  z.strictObject({ what: z.literal('card'), id: entityId }),
  z.strictObject({ what: z.literal('cluster'), id: entityId }),
  z.strictObject({ what: z.literal('theme'), id: entityId }),
  z.strictObject({ what: z.literal('goals') }),
]);
export type RestoreBody = z.infer<typeof RestoreBodySchema>;
/** POST /versions/:vid/restore: the version taken just before (restore it to undo) and what was written. */
export const RestoreResponseSchema = z.object({
  before: VersionInfoSchema,
  restored: z.object({ written: z.number().int(), deleted: z.number().int() }),
});
export type RestoreResponse = z.infer<typeof RestoreResponseSchema>;

/** A card deleted from the live board, as it was just before. */
export const BinEntrySchema = z.object({
  card: z.looseObject({ id: z.string(), text: z.string() }),
  /** Session id of the writer; null for anonymous cards. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  deletedAt: z.number().int(),
  /** Session id of whoever deleted it; null for server changes (e.g. a restore). */
  deletedBy: z.string().nullable(),
});
export type BinEntry = z.infer<typeof BinEntrySchema>;
/** GET /bin: newest first; the moderation sees every card, a participant their own. */
export const BinListResponseSchema = z.object({ cards: z.array(BinEntrySchema) });
export type BinListResponse = z.infer<typeof BinListResponseSchema>;
/** POST /bin/:cardId/restore (empty body): the card is back on the board. */
export const BinRestoreResponseSchema = z.object({ card: z.looseObject({ id: z.string(), text: z.string() }) });
export type BinRestoreResponse = z.infer<typeof BinRestoreResponseSchema>;
