// The HTTP API as typed functions. Responses are parsed with the shared zod
// schemas; failures become ApiError with the server's error code.
import { z } from 'zod';
import {
  CreateWorkshopResponseSchema,
  ErrorBodySchema,
  JoinResponseSchema,
  SessionResponseSchema,
  type CreateWorkshop,
  type Join,
} from '@nws/shared';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<S extends z.ZodType>(schema: S, path: string, init: { body?: unknown; token?: string } = {}): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network error');
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ErrorBodySchema.safeParse(json);
    throw new ApiError(res.status, err.success ? err.data.error.code : 'unknown', err.success ? err.data.error.message : res.statusText);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, 'unknown', 'unexpected response');
  return parsed.data;
}

const ConfigSchema = z.object({ tldrawLicenseKey: z.string().nullable(), maxMessageBytes: z.number() });
const JoinInfoSchema = z.object({ workshop: z.object({ name: z.string(), targetGroup: z.string(), area: z.string() }) });
const ScreenLinkSchema = z.object({ token: z.string() });

export const api = {
  config: () => request(ConfigSchema, '/api/config'),
  createWorkshop: (body: CreateWorkshop) => request(CreateWorkshopResponseSchema, '/api/workshops', { body }),
  joinInfo: (code: string) => request(JoinInfoSchema, `/api/join/${encodeURIComponent(code)}`),
  join: (body: Join) => request(JoinResponseSchema, '/api/join', { body }),
  session: (token: string) => request(SessionResponseSchema, '/api/session', { token }),
  newScreenLink: (workshopId: string, token: string) =>
    request(ScreenLinkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/screen-links`, { body: {}, token }),
};
