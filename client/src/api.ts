// The HTTP API as typed functions. Request bodies are typed; failures become
// ApiError with the server's error code. The calls every phone makes (here)
// trust their own server's answers, typed by the shared protocol schemas but
// not parsed, so the phone does not download the schema library to check
// what the server has validated; the moderation's calls (apiModeration.ts,
// loaded on first use) parse theirs with the schemas.
import type { z } from 'zod';
import type {
  ConfigResponseSchema,
  CreateWorkshopResponseSchema,
  GridRowResponseSchema,
  JoinInfoResponseSchema,
  JoinResponseSchema,
  MyVotesResponseSchema,
  OkResponseSchema,
  PeopleResponseSchema,
  PrivateCardResponseSchema,
  PrivateCardsResponseSchema,
  SessionResponseSchema,
  TicketResponseSchema,
  CreateWorkshopBodySchema,
  JoinBodySchema,
  NewPrivateCardBodySchema,
  VoteBodySchema,
} from '@nws/shared';

export type { Person } from '@nws/shared';

/** What a caller sends: the schema's input (defaults may be left out). */
export type Body<S extends z.ZodType> = z.input<S>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An answer of the server taken as the schema's type (the calls every phone makes). */
const trust = <S extends z.ZodType>() => ({
  safeParse: (json: unknown) => ({ success: true as const, data: json as z.output<S> }),
});

/** The server's error body, `{ error: { code, message } }`, if it is one. */
function errorOf(json: unknown): { code: string; message: string } | null {
  const e = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof e?.code === 'string' && typeof e.message === 'string' ? { code: e.code, message: e.message } : null;
}

/** The answer of a 204 (no body). */
export const NoContent = {
  safeParse: (json: unknown) =>
    json === null ? { success: true as const, data: undefined } : { success: false as const },
};

export async function request<T>(
  schema: { safeParse(json: unknown): { success: true; data: T } | { success: false } },
  path: string,
  init: { body?: unknown; token?: string; method?: string } = {},
): Promise<T> {
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
    const err = errorOf(json);
    throw new ApiError(res.status, err?.code ?? 'unknown', err?.message ?? res.statusText);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, 'unknown', 'unexpected response');
  return parsed.data;
}

export const enc = encodeURIComponent;
export const ws = (workshopId: string) => `/api/workshops/${enc(workshopId)}`;
export const q = (workshopId: string, queryId: string) => `${ws(workshopId)}/queries/${enc(queryId)}`;
export const conf = (workshopId: string) => `${ws(workshopId)}/conference`;
export const round = (workshopId: string, roundId: string) => `${ws(workshopId)}/rounds/${enc(roundId)}`;

export const api = {
  config: () => request(trust<typeof ConfigResponseSchema>(), '/api/config'),
  /** `accessKey`: the server's ADMIN_TOKEN where creation needs it. */
  createWorkshop: (body: Body<typeof CreateWorkshopBodySchema>, accessKey?: string) =>
    request(trust<typeof CreateWorkshopResponseSchema>(), '/api/workshops', { body, token: accessKey || undefined }),
  joinInfo: (code: string) => request(trust<typeof JoinInfoResponseSchema>(), `/api/join/${enc(code)}`),
  join: (body: Body<typeof JoinBodySchema>) => request(trust<typeof JoinResponseSchema>(), '/api/join', { body }),
  session: (token: string) => request(trust<typeof SessionResponseSchema>(), '/api/session', { token }),
  myCards: (workshopId: string, token: string, queryId: string) =>
    request(trust<typeof PrivateCardsResponseSchema>(), `${q(workshopId, queryId)}/cards`, { token }),
  /** `clientKey`: the device's key for this card; sending it again returns the same card. */
  writeCard: (workshopId: string, token: string, queryId: string, text: string, clientKey?: string) =>
    request(trust<typeof PrivateCardResponseSchema>(), `${q(workshopId, queryId)}/cards`, {
      body: { text, clientKey } satisfies Body<typeof NewPrivateCardBodySchema>,
      token,
    }),
  editMyCard: (workshopId: string, token: string, queryId: string, cardId: string, text: string) =>
    request(trust<typeof PrivateCardResponseSchema>(), `${q(workshopId, queryId)}/cards/${enc(cardId)}`, {
      body: { text },
      token,
      method: 'PATCH',
    }),
  deleteMyCard: (workshopId: string, token: string, queryId: string, cardId: string) =>
    request(NoContent, `${q(workshopId, queryId)}/cards/${enc(cardId)}`, { token, method: 'DELETE' }),
  people: (workshopId: string, token: string) =>
    request(trust<typeof PeopleResponseSchema>(), `${ws(workshopId)}/people`, { token }),
  vote: (workshopId: string, token: string, roundId: string, body: Body<typeof VoteBodySchema>) =>
    request(trust<typeof OkResponseSchema>(), `${round(workshopId, roundId)}/vote`, { body, token, method: 'PUT' }),
  myVotes: (workshopId: string, token: string, roundId: string) =>
    request(trust<typeof MyVotesResponseSchema>(), `${round(workshopId, roundId)}/vote`, { token }),
  gridRow: (workshopId: string, token: string, caseId: string, stepId: string, organisation?: string) =>
    request(trust<typeof GridRowResponseSchema>(), `${conf(workshopId)}/grids/${enc(caseId)}/${enc(stepId)}/rows`, {
      body: organisation ? { organisation } : {},
      token,
    }),
  ticket: (workshopId: string, token: string) =>
    request(trust<typeof TicketResponseSchema>(), `${ws(workshopId)}/ticket`, { body: {}, token }),
};

/** The moderation's calls (and others no phone needs), loaded with their schemas on first use. */
type ModerationApi = typeof import('./apiModeration').moderationApi;
type Api = typeof api & ModerationApi;
/** Methods of `api` that take (workshopId, token, …rest). */
type WorkshopBound = {
  [
    K in keyof Api as Api[K] extends (workshopId: string, token: string, ...rest: never[]) => unknown ? K : never
  ]: Api[K] extends (workshopId: string, token: string, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;
};
export type WorkshopApi = WorkshopBound & { readonly workshopId: string; readonly token: string };

const coreNames = [
  'myCards',
  'writeCard',
  'editMyCard',
  'deleteMyCard',
  'people',
  'vote',
  'myVotes',
  'gridRow',
  'ticket',
] as const satisfies readonly (keyof WorkshopBound & keyof typeof api)[];

const moderationNames = [
  'newScreenLink',
  'createQuery',
  'activateQuery',
  'extendTimer',
  'reveal',
  'progress',
  'step',
  'timer',
  'addCase',
  'updateCase',
  'caseRoles',
  'agenda',
  'openRound',
  'closeRound',
  'resolution',
  'deleteWorkshop',
  'backup',
  'versions',
  'saveVersion',
  'previewVersion',
  'restoreVersion',
  'bin',
  'restoreFromBin',
  'removePerson',
  'rotateJoinCode',
  'renewModeratorLink',
  'screenJoin',
  'remote',
  'steering',
] as const satisfies readonly (keyof WorkshopBound & keyof ModerationApi)[];

type AnyCall = (workshopId: string, token: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * The workshop-scoped API: every call already carries the workshop id and the
 * session's token. The moderation's calls load their module (and schemas) on
 * first use, so the phone's first load carries only what a participant calls.
 */
export function workshopApi(workshopId: string, token: string): WorkshopApi {
  const bound: Record<string, unknown> = { workshopId, token };
  for (const name of coreNames) {
    const fn = api[name] as AnyCall;
    bound[name] = (...rest: unknown[]) => fn(workshopId, token, ...rest);
  }
  for (const name of moderationNames) {
    bound[name] = (...rest: unknown[]) =>
      import('./apiModeration').then((m) => (m.moderationApi[name] as AnyCall)(workshopId, token, ...rest));
  }
  return bound as WorkshopApi;
}
