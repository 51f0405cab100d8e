// HTTP contract of card queries: /api/workshops/:id/queries[/:qid/…].
import { z } from 'zod';
import {
  CardQuerySchema,
  CreateQuerySchema,
  PrivateCardSchema,
  PrivateCardTextSchema,
  QueryProgressSchema,
} from '../model/query.js';

/** POST /queries */
export const CreateQueryBodySchema = CreateQuerySchema;
export const QueryResponseSchema = z.object({ query: CardQuerySchema });
export type QueryResponse = z.infer<typeof QueryResponseSchema>;

/** POST /queries/:qid/timer (answer: OkResponse). Activate takes an empty body and answers OkResponse too. */
export const QueryTimerBodySchema = z.object({ minutes: z.number().int().min(1).max(120) });
export type QueryTimerBody = z.infer<typeof QueryTimerBodySchema>;

/** POST /queries/:qid/reveal (empty body) */
export const RevealResponseSchema = z.object({ revealed: z.number().int().nonnegative() });
export type RevealResponse = z.infer<typeof RevealResponseSchema>;

/** GET /queries/:qid/progress */
export const QueryProgressResponseSchema = QueryProgressSchema;

/** PATCH /queries/:qid/cards/:cid (DELETE answers 204). */
export const PrivateCardBodySchema = PrivateCardTextSchema;
/**
 * POST /queries/:qid/cards. `clientKey`: chosen by the writing device; the same
 * key again (a retry after a lost answer) returns the card it made, not a new one.
 */
export const NewPrivateCardBodySchema = PrivateCardTextSchema.extend({
  clientKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});
export type NewPrivateCardBody = z.infer<typeof NewPrivateCardBodySchema>;
export const PrivateCardResponseSchema = z.object({ card: PrivateCardSchema });
export type PrivateCardResponse = z.infer<typeof PrivateCardResponseSchema>;

/** GET /queries/:qid/cards: the caller's own private cards. */
export const PrivateCardsResponseSchema = z.object({ cards: z.array(PrivateCardSchema) });
export type PrivateCardsResponse = z.infer<typeof PrivateCardsResponseSchema>;
