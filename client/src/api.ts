// The HTTP API as typed functions. Request bodies are typed and responses
// parsed with the shared protocol schemas (shared/src/protocol); failures
// become ApiError with the server's error code.
import type { z } from 'zod';
import {
  AgendaResponseSchema,
  BackupResponseSchema,
  BinListResponseSchema,
  BinRestoreResponseSchema,
  CaseResponseSchema,
  ConfigResponseSchema,
  CreateWorkshopResponseSchema,
  ErrorBodySchema,
  GridRowResponseSchema,
  ImportResponseSchema,
  JoinCodeResponseSchema,
  JoinInfoResponseSchema,
  JoinResponseSchema,
  MyVotesResponseSchema,
  OkResponseSchema,
  PeopleResponseSchema,
  PrivateCardResponseSchema,
  PrivateCardsResponseSchema,
  QueryProgressResponseSchema,
  QueryResponseSchema,
  RenewLinkResponseSchema,
  ResolutionResponseSchema,
  RestoreResponseSchema,
  RevealResponseSchema,
  RoundResponseSchema,
  ScreenLinkResponseSchema,
  SessionResponseSchema,
  StepResponseSchema,
  TicketResponseSchema,
  TimerResponseSchema,
  VersionListResponseSchema,
  VersionPreviewResponseSchema,
  VersionResponseSchema,
  type AgendaOpBodySchema,
  type CasePatchBodySchema,
  type CaseRolesBodySchema,
  type ConferenceTimerBodySchema,
  type CreateQueryBodySchema,
  type CreateWorkshopBodySchema,
  type ImportBodySchema,
  type JoinBodySchema,
  type NewCaseBodySchema,
  type NewResolutionBodySchema,
  type NewVersionBodySchema,
  type OpenRoundBodySchema,
  type RestoreBodySchema,
  type StepBodySchema,
  type VoteBodySchema,
} from '@nws/shared';

export type { Person } from '@nws/shared';

/** What a caller sends: the schema's input (defaults may be left out). */
type Body<S extends z.ZodType> = z.input<S>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The answer of a 204 (no body). */
const NoContent = {
  safeParse: (json: unknown) =>
    json === null ? { success: true as const, data: undefined } : { success: false as const },
};

async function request<T>(
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
    const err = ErrorBodySchema.safeParse(json);
    throw new ApiError(
      res.status,
      err.success ? err.data.error.code : 'unknown',
      err.success ? err.data.error.message : res.statusText,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(res.status, 'unknown', 'unexpected response');
  return parsed.data;
}

const enc = encodeURIComponent;
const ws = (workshopId: string) => `/api/workshops/${enc(workshopId)}`;
const q = (workshopId: string, queryId: string) => `${ws(workshopId)}/queries/${enc(queryId)}`;
const conf = (workshopId: string) => `${ws(workshopId)}/conference`;
const round = (workshopId: string, roundId: string) => `${ws(workshopId)}/rounds/${enc(roundId)}`;

export const api = {
  config: () => request(ConfigResponseSchema, '/api/config'),
  /** `accessKey`: the server's ADMIN_TOKEN where creation needs it. */
  createWorkshop: (body: Body<typeof CreateWorkshopBodySchema>, accessKey?: string) =>
    request(CreateWorkshopResponseSchema, '/api/workshops', { body, token: accessKey || undefined }),
  joinInfo: (code: string) => request(JoinInfoResponseSchema, `/api/join/${enc(code)}`),
  join: (body: Body<typeof JoinBodySchema>) => request(JoinResponseSchema, '/api/join', { body }),
  session: (token: string) => request(SessionResponseSchema, '/api/session', { token }),
  newScreenLink: (workshopId: string, token: string) =>
    request(ScreenLinkResponseSchema, `${ws(workshopId)}/screen-links`, { body: {}, token }),
  createQuery: (workshopId: string, token: string, body: Body<typeof CreateQueryBodySchema>) =>
    request(QueryResponseSchema, `${ws(workshopId)}/queries`, { body, token }),
  activateQuery: (workshopId: string, token: string, queryId: string) =>
    request(OkResponseSchema, `${q(workshopId, queryId)}/activate`, { body: {}, token }),
  extendTimer: (workshopId: string, token: string, queryId: string, minutes: number) =>
    request(OkResponseSchema, `${q(workshopId, queryId)}/timer`, { body: { minutes }, token }),
  reveal: (workshopId: string, token: string, queryId: string) =>
    request(RevealResponseSchema, `${q(workshopId, queryId)}/reveal`, { body: {}, token }),
  progress: (workshopId: string, token: string, queryId: string) =>
    request(QueryProgressResponseSchema, `${q(workshopId, queryId)}/progress`, { token }),
  myCards: (workshopId: string, token: string, queryId: string) =>
    request(PrivateCardsResponseSchema, `${q(workshopId, queryId)}/cards`, { token }),
  writeCard: (workshopId: string, token: string, queryId: string, text: string) =>
    request(PrivateCardResponseSchema, `${q(workshopId, queryId)}/cards`, { body: { text }, token }),
  editMyCard: (workshopId: string, token: string, queryId: string, cardId: string, text: string) =>
    request(PrivateCardResponseSchema, `${q(workshopId, queryId)}/cards/${enc(cardId)}`, {
      body: { text },
      token,
      method: 'PATCH',
    }),
  deleteMyCard: (workshopId: string, token: string, queryId: string, cardId: string) =>
    request(NoContent, `${q(workshopId, queryId)}/cards/${enc(cardId)}`, { token, method: 'DELETE' }),
  people: (workshopId: string, token: string) => request(PeopleResponseSchema, `${ws(workshopId)}/people`, { token }),
  step: (workshopId: string, token: string, body: Body<typeof StepBodySchema>) =>
    request(StepResponseSchema, `${conf(workshopId)}/step`, { body, token }),
  timer: (workshopId: string, token: string, body: Body<typeof ConferenceTimerBodySchema>) =>
    request(TimerResponseSchema, `${conf(workshopId)}/timer`, { body, token }),
  addCase: (workshopId: string, token: string, body: Body<typeof NewCaseBodySchema>) =>
    request(CaseResponseSchema, `${conf(workshopId)}/cases`, { body, token }),
  updateCase: (workshopId: string, token: string, caseId: string, body: Body<typeof CasePatchBodySchema>) =>
    request(CaseResponseSchema, `${conf(workshopId)}/cases/${enc(caseId)}`, { body, token, method: 'PATCH' }),
  caseRoles: (workshopId: string, token: string, caseId: string, body: Body<typeof CaseRolesBodySchema>) =>
    request(CaseResponseSchema, `${conf(workshopId)}/cases/${enc(caseId)}/roles`, { body, token }),
  agenda: (workshopId: string, token: string, body: Body<typeof AgendaOpBodySchema>) =>
    request(AgendaResponseSchema, `${conf(workshopId)}/agenda`, { body, token }),
  openRound: (workshopId: string, token: string, body: Body<typeof OpenRoundBodySchema>) =>
    request(RoundResponseSchema, `${ws(workshopId)}/rounds`, { body, token }),
  closeRound: (workshopId: string, token: string, roundId: string) =>
    request(RoundResponseSchema, `${round(workshopId, roundId)}/close`, { body: {}, token }),
  vote: (workshopId: string, token: string, roundId: string, body: Body<typeof VoteBodySchema>) =>
    request(OkResponseSchema, `${round(workshopId, roundId)}/vote`, { body, token, method: 'PUT' }),
  myVotes: (workshopId: string, token: string, roundId: string) =>
    request(MyVotesResponseSchema, `${round(workshopId, roundId)}/vote`, { token }),
  resolution: (workshopId: string, token: string, body: Body<typeof NewResolutionBodySchema>) =>
    request(ResolutionResponseSchema, `${ws(workshopId)}/resolutions`, { body, token }),
  deleteWorkshop: (workshopId: string, token: string) =>
    request(NoContent, ws(workshopId), { token, method: 'DELETE' }),
  backup: (workshopId: string, token: string) => request(BackupResponseSchema, `${ws(workshopId)}/backup`, { token }),
  importBackup: (backup: Body<typeof ImportBodySchema>, accessKey?: string) =>
    request(ImportResponseSchema, '/api/workshops/import', { body: backup, token: accessKey || undefined }),
  gridRow: (workshopId: string, token: string, caseId: string, stepId: string, organisation?: string) =>
    request(GridRowResponseSchema, `${conf(workshopId)}/grids/${enc(caseId)}/${enc(stepId)}/rows`, {
      body: organisation ? { organisation } : {},
      token,
    }),
  versions: (workshopId: string, token: string) =>
    request(VersionListResponseSchema, `${ws(workshopId)}/versions`, { token }),
  saveVersion: (workshopId: string, token: string, body: Body<typeof NewVersionBodySchema>) =>
    request(VersionResponseSchema, `${ws(workshopId)}/versions`, { body, token }),
  previewVersion: (workshopId: string, token: string, versionId: string) =>
    request(VersionPreviewResponseSchema, `${ws(workshopId)}/versions/${enc(versionId)}`, { token }),
  restoreVersion: (workshopId: string, token: string, versionId: string, body: Body<typeof RestoreBodySchema>) =>
    request(RestoreResponseSchema, `${ws(workshopId)}/versions/${enc(versionId)}/restore`, { body, token }),
  bin: (workshopId: string, token: string) => request(BinListResponseSchema, `${ws(workshopId)}/bin`, { token }),
  restoreFromBin: (workshopId: string, token: string, cardId: string) =>
    request(BinRestoreResponseSchema, `${ws(workshopId)}/bin/${enc(cardId)}/restore`, { body: {}, token }),
  ticket: (workshopId: string, token: string) =>
    request(TicketResponseSchema, `${ws(workshopId)}/ticket`, { body: {}, token }),
  removePerson: (workshopId: string, token: string, sessionId: string) =>
    request(NoContent, `${ws(workshopId)}/people/${enc(sessionId)}`, { token, method: 'DELETE' }),
  rotateJoinCode: (workshopId: string, token: string) =>
    request(JoinCodeResponseSchema, `${ws(workshopId)}/join-code`, { body: {}, token }),
  renewModeratorLink: (workshopId: string, token: string) =>
    request(RenewLinkResponseSchema, `${ws(workshopId)}/moderator-link`, { body: {}, token }),
};

type Api = typeof api;
/** Methods of `api` that take (workshopId, token, …rest). */
type WorkshopBound = {
  [
    K in keyof Api as Api[K] extends (workshopId: string, token: string, ...rest: never[]) => unknown ? K : never
  ]: Api[K] extends (workshopId: string, token: string, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;
};
export type WorkshopApi = WorkshopBound & { readonly workshopId: string; readonly token: string };

const boundNames = [
  'newScreenLink',
  'createQuery',
  'activateQuery',
  'extendTimer',
  'reveal',
  'progress',
  'myCards',
  'writeCard',
  'editMyCard',
  'deleteMyCard',
  'people',
  'step',
  'timer',
  'addCase',
  'updateCase',
  'caseRoles',
  'agenda',
  'openRound',
  'closeRound',
  'vote',
  'myVotes',
  'resolution',
  'deleteWorkshop',
  'backup',
  'gridRow',
  'versions',
  'saveVersion',
  'previewVersion',
  'restoreVersion',
  'bin',
  'restoreFromBin',
  'ticket',
  'removePerson',
  'rotateJoinCode',
  'renewModeratorLink',
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
