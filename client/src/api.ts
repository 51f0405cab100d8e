// The HTTP API as typed functions. Responses are parsed with the shared zod
// schemas; failures become ApiError with the server's error code.
import { z } from 'zod';
import {
  CardQuerySchema,
  CreateWorkshopResponseSchema,
  PrivateCardSchema,
  QueryProgressSchema,
  type CreateQuery,
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

async function request<S extends z.ZodType>(schema: S, path: string, init: { body?: unknown; token?: string; method?: string } = {}): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network error');
  }
  const json: unknown = res.status === 204 ? null : await res.json().catch(() => null);
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
const QueryResponseSchema = z.object({ query: CardQuerySchema });
const PrivateCardResponseSchema = z.object({ card: PrivateCardSchema });
const PrivateCardsResponseSchema = z.object({ cards: z.array(PrivateCardSchema) });
const OkSchema = z.unknown();
const RevealSchema = z.object({ revealed: z.number() });

const PeopleSchema = z.object({ people: z.array(z.object({ sessionId: z.string(), name: z.string(), organisation: z.string(), level: z.string().nullable(), role: z.string() })) });
export type Person = z.infer<typeof PeopleSchema>['people'][number];
const conf = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/conference`;

const q = (workshopId: string, queryId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/queries/${encodeURIComponent(queryId)}`;

export const api = {
  config: () => request(ConfigSchema, '/api/config'),
  createWorkshop: (body: CreateWorkshop) => request(CreateWorkshopResponseSchema, '/api/workshops', { body }),
  joinInfo: (code: string) => request(JoinInfoSchema, `/api/join/${encodeURIComponent(code)}`),
  join: (body: Join) => request(JoinResponseSchema, '/api/join', { body }),
  session: (token: string) => request(SessionResponseSchema, '/api/session', { token }),
  newScreenLink: (workshopId: string, token: string) =>
    request(ScreenLinkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/screen-links`, { body: {}, token }),
  createQuery: (workshopId: string, token: string, body: CreateQuery) =>
    request(QueryResponseSchema, `/api/workshops/${encodeURIComponent(workshopId)}/queries`, { body, token }),
  activateQuery: (workshopId: string, token: string, queryId: string) => request(OkSchema, `${q(workshopId, queryId)}/activate`, { body: {}, token }),
  extendTimer: (workshopId: string, token: string, queryId: string, minutes: number) =>
    request(OkSchema, `${q(workshopId, queryId)}/timer`, { body: { minutes }, token }),
  reveal: (workshopId: string, token: string, queryId: string) => request(RevealSchema, `${q(workshopId, queryId)}/reveal`, { body: {}, token }),
  progress: (workshopId: string, token: string, queryId: string) => request(QueryProgressSchema, `${q(workshopId, queryId)}/progress`, { token }),
  myCards: (workshopId: string, token: string, queryId: string) => request(PrivateCardsResponseSchema, `${q(workshopId, queryId)}/cards`, { token }),
  writeCard: (workshopId: string, token: string, queryId: string, text: string) =>
    request(PrivateCardResponseSchema, `${q(workshopId, queryId)}/cards`, { body: { text }, token }),
  editMyCard: (workshopId: string, token: string, queryId: string, cardId: string, text: string) =>
    request(PrivateCardResponseSchema, `${q(workshopId, queryId)}/cards/${encodeURIComponent(cardId)}`, { body: { text }, token, method: 'PATCH' }),
  deleteMyCard: (workshopId: string, token: string, queryId: string, cardId: string) =>
    request(OkSchema, `${q(workshopId, queryId)}/cards/${encodeURIComponent(cardId)}`, { token, method: 'DELETE' }),
  people: (workshopId: string, token: string) => request(PeopleSchema, `/api/workshops/${encodeURIComponent(workshopId)}/people`, { token }),
  step: (workshopId: string, token: string, body: { to: 'next' | 'back' | 'start' } | { stepId: string; caseId: string | null }) =>
    request(OkSchema, `${conf(workshopId)}/step`, { body, token }),
  timer: (workshopId: string, token: string, body: { action: 'start' | 'pause' } | { action: 'add' | 'set'; minutes: number }) =>
    request(OkSchema, `${conf(workshopId)}/timer`, { body, token }),
  addCase: (workshopId: string, token: string, body: { title: string; narration: string; caseGiverId: string | null }) =>
    request(OkSchema, `${conf(workshopId)}/cases`, { body, token }),
  updateCase: (workshopId: string, token: string, caseId: string, body: { title?: string; narration?: string }) =>
    request(OkSchema, `${conf(workshopId)}/cases/${encodeURIComponent(caseId)}`, { body, token, method: 'PATCH' }),
  caseRoles: (workshopId: string, token: string, caseId: string, body: { caseGiverId: string | null; moderatorIds: string[]; userPerspectiveId: string | null }) =>
    request(OkSchema, `${conf(workshopId)}/cases/${encodeURIComponent(caseId)}/roles`, { body, token }),
  agenda: (workshopId: string, token: string, body: Record<string, unknown>) => request(OkSchema, `${conf(workshopId)}/agenda`, { body, token }),
  openRound: (workshopId: string, token: string, body: { kind: 'dots'; title: string; itemIds: string[]; dotsPerPerson: number } | { kind: 'consent'; title: string; itemIds: string[] }) =>
    request(OkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/rounds`, { body, token }),
  closeRound: (workshopId: string, token: string, roundId: string) => request(OkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/rounds/${encodeURIComponent(roundId)}/close`, { body: {}, token }),
  vote: (workshopId: string, token: string, roundId: string, body: { dots: Record<string, number> } | { marks: Record<string, 'green' | 'blue' | 'red'> }) =>
    request(OkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/rounds/${encodeURIComponent(roundId)}/vote`, { body, token, method: 'PUT' }),
  myVotes: (workshopId: string, token: string, roundId: string) =>
    request(z.object({ votes: z.record(z.string(), z.string()) }), `/api/workshops/${encodeURIComponent(workshopId)}/rounds/${encodeURIComponent(roundId)}/vote`, { token }),
  resolution: (workshopId: string, token: string, body: { text: string; roundId: string | null; itemId: string | null }) =>
    request(OkSchema, `/api/workshops/${encodeURIComponent(workshopId)}/resolutions`, { body, token }),
  deleteWorkshop: (workshopId: string, token: string) => request(OkSchema, `/api/workshops/${encodeURIComponent(workshopId)}`, { token, method: 'DELETE' }),
  backup: (workshopId: string, token: string) => request(z.unknown(), `/api/workshops/${encodeURIComponent(workshopId)}/backup`, { token }),
  importBackup: (backup: unknown) => request(CreateWorkshopResponseSchema, '/api/workshops/import', { body: backup }),
  gridRow: (workshopId: string, token: string, caseId: string, stepId: string, organisation?: string) =>
    request(OkSchema, `${conf(workshopId)}/grids/${encodeURIComponent(caseId)}/${encodeURIComponent(stepId)}/rows`, { body: organisation ? { organisation } : {}, token }),
};

type Api = typeof api;
/** Methods of `api` that take (workshopId, token, …rest). */
type WorkshopBound = {
  [K in keyof Api as Api[K] extends (workshopId: string, token: string, ...rest: never[]) => unknown ? K : never]: Api[K] extends (
    workshopId: string,
    token: string,
    ...rest: infer R
  ) => infer Out
    ? (...rest: R) => Out
    : never;
};
export type WorkshopApi = WorkshopBound & { readonly workshopId: string; readonly token: string };

const boundNames = [
  'newScreenLink', 'createQuery', 'activateQuery', 'extendTimer', 'reveal', 'progress', 'myCards', 'writeCard', 'editMyCard',
  'deleteMyCard', 'people', 'step', 'timer', 'addCase', 'updateCase', 'caseRoles', 'agenda', 'openRound', 'closeRound', 'vote',
  'myVotes', 'resolution', 'deleteWorkshop', 'backup', 'gridRow',
] as const satisfies readonly (keyof WorkshopBound)[];

/** The workshop-scoped API: every call already carries the workshop id and the session's token. */
export function workshopApi(workshopId: string, token: string): WorkshopApi {
  const bound: Record<string, unknown> = { workshopId, token };
  for (const name of boundNames) {
    const fn = api[name] as (w: string, t: string, ...rest: unknown[]) => unknown;
    bound[name] = (...rest: unknown[]) => fn(workshopId, token, ...rest);
  }
  return bound as WorkshopApi;
}
