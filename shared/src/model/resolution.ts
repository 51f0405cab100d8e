// A resolution (Beschluss) the conference recorded, with the consent tally
// it was decided with, if any.
import { z } from 'zod';
import { ConsentTallySchema, ImportMarkSchema } from './round.js';

export const ResolutionSchema = z.object({
  id: z.string(),
  text: z.string().min(1).max(2000),
  /** The consent tally it was decided with, if any. */
  tally: ConsentTallySchema.nullable(),
  roundId: z.string().nullable(),
  itemId: z.string().nullable(),
  createdAt: z.number(),
  /** Taken over from an imported backup, or it takes the tally of such a round (see ImportMarkSchema). */
  imported: ImportMarkSchema.optional(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;
export const NewResolutionSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  roundId: z.string().max(64).nullable().default(null),
  itemId: z.string().max(64).nullable().default(null),
});
