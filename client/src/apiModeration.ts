// The moderation's HTTP calls (steering, card queries, conference, rounds,
// versions, the bin, backups, people and links): a module of its own that
// workshopApi() and the lobby load on first use, so the phone's first load
// does not carry their request and response schemas.
import {
  AgendaResponseSchema,
  BackupResponseSchema,
  BinListResponseSchema,
  BinRestoreResponseSchema,
  CaseResponseSchema,
  ImportResponseSchema,
  JoinCodeResponseSchema,
  OkResponseSchema,
  QueryProgressResponseSchema,
  QueryResponseSchema,
  RenewLinkResponseSchema,
  ResolutionResponseSchema,
  RestoreResponseSchema,
  RevealResponseSchema,
  RoundResponseSchema,
  ScreenLinkResponseSchema,
  SteeringDecisionsResponseSchema,
  SteeringItemResponseSchema,
  SteeringQueueResponseSchema,
  StepResponseSchema,
  TimerResponseSchema,
  VersionListResponseSchema,
  VersionPreviewResponseSchema,
  VersionResponseSchema,
  type AgendaOpBodySchema,
  type CasePatchBodySchema,
  type CaseRolesBodySchema,
  type ConferenceTimerBodySchema,
  type RemoteBodySchema,
  type CreateQueryBodySchema,
  type ImportBodySchema,
  type NewCaseBodySchema,
  type NewResolutionBodySchema,
  type NewVersionBodySchema,
  type OpenRoundBodySchema,
  type RestoreBodySchema,
  type ScreenBodySchema,
  type StepBodySchema,
  type SteeringWorkshopDecisionBodySchema,
} from '@nws/shared';
import { conf, enc, NoContent, q, request, round, ws, type Body } from './api';

export const moderationApi = {
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
  resolution: (workshopId: string, token: string, body: Body<typeof NewResolutionBodySchema>) =>
    request(ResolutionResponseSchema, `${ws(workshopId)}/resolutions`, { body, token }),
  deleteWorkshop: (workshopId: string, token: string) =>
    request(NoContent, ws(workshopId), { token, method: 'DELETE' }),
  backup: (workshopId: string, token: string) => request(BackupResponseSchema, `${ws(workshopId)}/backup`, { token }),
  importBackup: (backup: Body<typeof ImportBodySchema>, accessKey?: string) =>
    request(ImportResponseSchema, '/api/workshops/import', { body: backup, token: accessKey || undefined }),
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
  removePerson: (workshopId: string, token: string, sessionId: string) =>
    request(NoContent, `${ws(workshopId)}/people/${enc(sessionId)}`, { token, method: 'DELETE' }),
  rotateJoinCode: (workshopId: string, token: string) =>
    request(JoinCodeResponseSchema, `${ws(workshopId)}/join-code`, { body: {}, token }),
  renewModeratorLink: (workshopId: string, token: string) =>
    request(RenewLinkResponseSchema, `${ws(workshopId)}/moderator-link`, { body: {}, token }),
  screenJoin: (workshopId: string, token: string, body: Body<typeof ScreenBodySchema>) =>
    request(OkResponseSchema, `${ws(workshopId)}/screen`, { body, token }),
  remote: (workshopId: string, token: string, body: Body<typeof RemoteBodySchema>) =>
    request(OkResponseSchema, `${ws(workshopId)}/remote`, { body, token }),
  /** What the network's steering group decided on the resolutions of this workshop's body, and what this workshop decided. */
  steering: (workshopId: string, token: string) =>
    request(SteeringDecisionsResponseSchema, `${ws(workshopId)}/steering`, { token }),
  /** In a steering group's workshop: what awaits the steering group in the network, and what this workshop decided. */
  steeringQueue: (workshopId: string, token: string) =>
    request(SteeringQueueResponseSchema, `${ws(workshopId)}/steering/resolutions`, { token }),
  /** In a steering group's workshop (its moderation): the decision on a forwarded resolution, with the vote if any. */
  steeringDecide: (
    workshopId: string,
    token: string,
    resolutionId: string,
    body: Body<typeof SteeringWorkshopDecisionBodySchema>,
  ) => request(SteeringItemResponseSchema, `${ws(workshopId)}/steering/${enc(resolutionId)}/decision`, { body, token }),
};
