// A dot-voting or consent round, the votes cast in it and its published
// tallies. Votes stay on the server; the round shows only tallies once closed.
import { z } from 'zod';

export const ConsentMarkSchema = z.enum(['green', 'blue', 'red']);
export type ConsentMark = z.infer<typeof ConsentMarkSchema>;

export const OpenRoundSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dots'),
    title: z.string().trim().min(1).max(200),
    itemIds: z.array(z.string().max(64)).min(1).max(100),
    dotsPerPerson: z.number().int().min(1).max(20),
  }),
  z.object({
    kind: z.literal('consent'),
    title: z.string().trim().min(1).max(200),
    itemIds: z.array(z.string().max(64)).min(1).max(100),
  }),
]);
export type OpenRound = z.infer<typeof OpenRoundSchema>;

export const DotVoteSchema = z.object({ dots: z.record(z.string().max(64), z.number().int().min(0).max(20)) });
export const ConsentVoteSchema = z.object({ marks: z.record(z.string().max(64), ConsentMarkSchema) });

const count = z.number().int().nonnegative();

export const ConsentTallySchema = z.object({ green: count, blue: count, red: count });
export type ConsentTally = z.infer<typeof ConsentTallySchema>;

/**
 * Set by the server, only on import, on every closed round and resolution of
 * the backup: taken over from it, not decided in this workshop. `consistent`
 * is false when its result did not agree with its round and the backup's people.
 */
export const ImportMarkSchema = z.object({ at: z.number(), consistent: z.boolean() });
export type ImportMark = z.infer<typeof ImportMarkSchema>;

export const RoundSchema = z.object({
  id: z.string(),
  kind: z.enum(['dots', 'consent']),
  title: z.string(),
  itemIds: z.array(z.string()),
  dotsPerPerson: z.number().int().nullable(),
  status: z.enum(['open', 'closed']),
  /** How many people have voted so far (no content before closing). */
  voters: count,
  openedAt: z.number(),
  closedAt: z.number().nullable(),
  /** After closing: dots per item, or the consent tally per item. */
  dots: z.record(z.string(), count).nullable(),
  consent: z.record(z.string(), ConsentTallySchema).nullable(),
  /** Its result came from an imported backup (see ImportMarkSchema). */
  imported: ImportMarkSchema.optional(),
});
export type Round = z.infer<typeof RoundSchema>;
