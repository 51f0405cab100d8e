// A card query (Kartenabfrage): one question, cards written alone, revealed
// at once. Queries live in the control document, which only the server
// writes (moderator commands); the private cards live on the server until
// the reveal.
import { z } from 'zod';

/** private & named, private & anonymous, or call-out (the moderator types what people call out). */
export const QueryModeSchema = z.enum(['named', 'anonymous', 'callout']);
export type QueryMode = z.infer<typeof QueryModeSchema>;

/** An actors query feeds the invitation list; an ideas query collects anything else. */
export const QueryPurposeSchema = z.enum(['actors', 'ideas']);
export type QueryPurpose = z.infer<typeof QueryPurposeSchema>;

export const QueryStatusSchema = z.enum(['writing', 'revealed']);
export type QueryStatus = z.infer<typeof QueryStatusSchema>;

export const QUESTION_MAX = 300;

export const CreateQuerySchema = z.object({
  question: z.string().trim().min(1).max(QUESTION_MAX),
  mode: QueryModeSchema,
  purpose: QueryPurposeSchema.default('ideas'),
  /** Cards per person; null = unlimited. */
  perPersonLimit: z.number().int().min(1).max(100).nullable().default(null),
  /** Writing time in seconds; null = no timer. */
  timerSeconds: z
    .number()
    .int()
    .min(10)
    .max(4 * 3600)
    .nullable()
    .default(null),
});
export type CreateQuery = z.input<typeof CreateQuerySchema>;

export const CardQuerySchema = z.object({
  id: z.string().min(8).max(64),
  question: z.string().max(QUESTION_MAX),
  mode: QueryModeSchema,
  purpose: QueryPurposeSchema,
  perPersonLimit: z.number().int().nullable(),
  timerSeconds: z.number().int().nullable(),
  /** When the writing timer runs out (epoch ms), or null. */
  timerEndsAt: z.number().nullable(),
  status: QueryStatusSchema,
  /** Cards written so far (private ones included); the only thing others learn before the reveal. */
  cardCount: z.number().int().nonnegative(),
  /** Top-left corner of the query's area on the board. */
  areaX: z.number(),
  areaY: z.number(),
  order: z.number().int().nonnegative(),
  createdAt: z.number(),
  revealedAt: z.number().nullable(),
});
export type CardQuery = z.infer<typeof CardQuerySchema>;

/** A participant's own, not yet revealed card, as the server returns it to its author. */
export const PrivateCardSchema = z.object({
  id: z.string(),
  queryId: z.string(),
  text: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type PrivateCard = z.infer<typeof PrivateCardSchema>;

export const PrivateCardTextSchema = z.object({ text: z.string().trim().min(1).max(280) });

/**
 * What the moderator sees while people write: counts, never text. Per person
 * only in named queries; anonymous ones give the total alone: counts per person,
 * polled while people write, tell who wrote each new card and when.
 */
export const QueryProgressSchema = z.object({
  total: z.number().int(),
  people: z
    .array(z.object({ sessionId: z.string(), name: z.string(), organisation: z.string(), count: z.number().int() }))
    .optional(),
});
export type QueryProgress = z.infer<typeof QueryProgressSchema>;
