// HTTP contract of rounds, votes and resolutions (/api/workshops/:id/rounds…,
// /resolutions). The backup's is in backup.ts: the phone votes, but never
// loads a backup's schema.
import { z } from 'zod';
import { ConsentVoteSchema, DotVoteSchema, OpenRoundSchema, RoundSchema } from '../model/round.js';
import { NewResolutionSchema, ResolutionSchema } from '../model/resolution.js';

/** POST /rounds */
export const OpenRoundBodySchema = OpenRoundSchema;
/** POST /rounds (201) and POST /rounds/:rid/close (empty body). */
export const RoundResponseSchema = z.object({ round: RoundSchema });
export type RoundResponse = z.infer<typeof RoundResponseSchema>;

/** PUT /rounds/:rid/vote: dots for a dot round, marks for a consent round (answer: OkResponse). */
export const VoteBodySchema = z.union([DotVoteSchema, ConsentVoteSchema]);
export type VoteBody = z.infer<typeof VoteBodySchema>;
/** GET /rounds/:rid/vote: the caller's own votes, item → value. */
export const MyVotesResponseSchema = z.object({ votes: z.record(z.string(), z.string()) });
export type MyVotesResponse = z.infer<typeof MyVotesResponseSchema>;

/** POST /resolutions */
export const NewResolutionBodySchema = NewResolutionSchema;
export const ResolutionResponseSchema = z.object({ resolution: ResolutionSchema });
export type ResolutionResponse = z.infer<typeof ResolutionResponseSchema>;
