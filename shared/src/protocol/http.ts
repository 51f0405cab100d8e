// What every route of the HTTP API shares: the error body, the answer of a
// command that returns nothing, and the body of a command without parameters.
import { z } from 'zod';

/** Every failure: `{ error: { code, message } }` (code from DomainErrorCode or the HTTP layer's own codes). */
export const ErrorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The answer of a command that has nothing else to say. */
export const OkResponseSchema = z.object({ ok: z.literal(true) });
export type OkResponse = z.infer<typeof OkResponseSchema>;

/** The body of a command without parameters: absent, or `{}`. */
export const EmptyBodySchema = z.strictObject({});
export type EmptyBody = z.infer<typeof EmptyBodySchema>;
