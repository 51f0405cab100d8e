// A card: one idea, short, placed on the board. The schema is the single
// definition; the Y.Doc stores the same fields in a Y.Map per card.
import { z } from 'zod';

import { BOARD_COORD_MAX, CARD_TEXT_MAX } from './limits.js';

export { BOARD_COORD_MAX, CARD_TEXT_MAX };

export const cardColors = ['yellow', 'blue', 'green', 'pink', 'orange', 'violet'] as const;
export const CardColorSchema = z.enum(cardColors);
export type CardColor = z.infer<typeof CardColorSchema>;

export const CardIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'card id');

const coord = z.number().finite().min(-BOARD_COORD_MAX).max(BOARD_COORD_MAX);

export const CardSchema = z.object({
  id: CardIdSchema,
  text: z.string().max(CARD_TEXT_MAX),
  x: coord,
  y: coord,
  color: CardColorSchema,
  /** Session id of the writer; absent for anonymous cards. */
  authorId: z.string().max(64).optional(),
  /** The card query the card was written in; absent for free board cards. */
  queryId: z.string().max(64).optional(),
  /** The cluster the card belongs to (domain data, not inferred from pixels). */
  clusterId: z.string().max(64).optional(),
  /** A duplicate is stacked on this card (same cluster, drawn on top of it). */
  stackedOn: z.string().max(64).optional(),
  /** The case of the planning conference the card belongs to. */
  caseId: z.string().max(64).optional(),
  /** A clarifying question (written while the step's rule marks cards as questions). */
  kind: z.enum(['question']).optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Card = z.infer<typeof CardSchema>;

/** What a client supplies to create a card; id and timestamps are assigned by the operation. */
export const NewCardSchema = CardSchema.pick({
  text: true,
  x: true,
  y: true,
  color: true,
  authorId: true,
  queryId: true,
  clusterId: true,
  caseId: true,
  kind: true,
}).partial({
  color: true,
  authorId: true,
  queryId: true,
  clusterId: true,
  caseId: true,
  kind: true,
});
export type NewCard = z.input<typeof NewCardSchema>;
