// Request bodies parsed once with the shared protocol schemas; the parsed
// body is `c.req.valid('json')` in the handler. Bad JSON is 400 invalid_json,
// a body the schema refuses 400 invalid_body.
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { EmptyBodySchema } from '@nws/shared';
import type { Env } from '../deps.js';
import { httpError } from '../errors.js';

type BodyInput<S extends z.ZodType> = { in: { json: z.input<S> }; out: { json: z.output<S> } };

const invalidJson = () => httpError(400, 'invalid_json', 'The request body must be JSON.');

function validated<S extends z.ZodType>(schema: S, raw: unknown, message?: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw httpError(
    400,
    'invalid_body',
    message ?? parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
  );
}

/** Validates the JSON body with `schema`. */
export function jsonBody<S extends z.ZodType>(schema: S): MiddlewareHandler<Env, string, BodyInput<S>> {
  return async function jsonBody(c, next) {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw invalidJson();
    }
    c.req.addValidatedData('json', validated(schema, raw) as object);
    await next();
  };
}

/** For commands without parameters: the body must be absent, or the empty JSON object. */
export function emptyBody(): MiddlewareHandler<Env, string, BodyInput<typeof EmptyBodySchema>> {
  return async function emptyBody(c, next) {
    const text = await c.req.text();
    let raw: unknown = {};
    if (text.trim() !== '') {
      try {
        raw = JSON.parse(text);
      } catch {
        throw invalidJson();
      }
    }
    c.req.addValidatedData(
      'json',
      validated(EmptyBodySchema, raw, 'This command takes no parameters: send {} or nothing.'),
    );
    await next();
  };
}
