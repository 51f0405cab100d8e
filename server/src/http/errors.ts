// Errors as values at the HTTP boundary: every failure is `{ error: { code, message } }`.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

export function apiError(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** Parses a JSON body with a schema; on failure returns the 400 response instead. */
export async function parseBody<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'The request body must be JSON.') };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    return { ok: false, response: apiError(c, 400, 'invalid_body', message) };
  }
  return { ok: true, data: parsed.data };
}

const EmptySchema = z.object({}).strict();

/** For commands without parameters: the body must be absent, or the empty JSON object. */
export async function parseEmptyBody(c: Context): Promise<{ ok: true } | { ok: false; response: Response }> {
  const text = await c.req.text();
  if (text.trim() === '') return { ok: true };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(c, 400, 'invalid_json', 'The request body must be JSON.') };
  }
  return EmptySchema.safeParse(raw).success ? { ok: true } : { ok: false, response: apiError(c, 400, 'invalid_body', 'This command takes no parameters: send {} or nothing.') };
}

/** The bearer token of a request: Authorization header, or ?token= for websockets (browsers cannot set headers there). */
export function bearerToken(c: Context): string | null {
  const auth = c.req.header('authorization');
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return c.req.query('token') ?? null;
}
