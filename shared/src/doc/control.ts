// The control document: workshop control state that only the server writes,
// on validated moderator commands (clients read it live; the sync layer drops
// every write a client sends to it). Its root maps are declared here once;
// every other module reaches a root through these accessors.
import type * as Y from 'yjs';

/** The root maps of the control document, by name. */
export const controlRoots = {
  /**
   * Single values of the workshop: `activeQueryId`, `agenda` (AgendaSchema),
   * `position` (PositionSchema), `timer` (TimerSchema), `joinCode` (the code
   * after the moderation last changed it), `screenJoin` (boolean: the shared
   * screen shows how to join; absent = only before the start), `remote`
   * (RemoteSettings: the video room's link, remote mode on or off),
   * `expectedOrganisations` (ExpectedOrganisation[]: carried from earlier
   * workshops of the network) and `networkCases` (string[]: the ids of the
   * cases reconstructed anywhere in the network) — see doc/carryOver.ts.
   */
  state: 'state',
  /** One Y.Map per card query, keyed by query id; fields of CardQuerySchema. */
  queries: 'queries',
  /** Plain CaseSchema objects, keyed by case id. */
  cases: 'cases',
  /** Plain RoundSchema objects, keyed by round id. */
  rounds: 'rounds',
  /** Plain ResolutionSchema objects, keyed by resolution id. */
  resolutions: 'resolutions',
  /** Where carried cases came from: plain Provenance keyed by case id (doc/carryOver.ts). */
  carried: 'carried',
} as const;

export type ControlRoot = (typeof controlRoots)[keyof typeof controlRoots];

/** Every root name of the control document. */
export const CONTROL_ROOT_NAMES: readonly ControlRoot[] = Object.values(controlRoots);

export type QueryMap = Y.Map<unknown>;

/** The single values of the workshop's control state. */
export const stateMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(controlRoots.state);

/** The root map of all card queries. */
export const queriesMap = (doc: Y.Doc): Y.Map<QueryMap> => doc.getMap<QueryMap>(controlRoots.queries);

/** The root map of the conference's cases. */
export const casesMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(controlRoots.cases);

/** The root map of dot-voting and consent rounds. */
export const roundsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(controlRoots.rounds);

/** The root map of recorded resolutions. */
export const resolutionsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(controlRoots.resolutions);

/** The join code the server published after the moderation changed it, or null (then the session's is current). */
export function publishedJoinCode(doc: Y.Doc): string | null {
  const v = stateMap(doc).get('joinCode');
  return typeof v === 'string' ? v : null;
}

/** Publishes a new join code to everyone on the workshop (server only). */
export function publishJoinCode(doc: Y.Doc, code: string): void {
  stateMap(doc).set('joinCode', code);
}

/** The moderation's choice whether the shared screen shows how to join, or null (automatic: before the start). */
export function screenJoinChoice(doc: Y.Doc): boolean | null {
  const v = stateMap(doc).get('screenJoin');
  return typeof v === 'boolean' ? v : null;
}

/** Records the moderation's choice for the shared screen's join view (server only). */
export function setScreenJoin(doc: Y.Doc, show: boolean): void {
  stateMap(doc).set('screenJoin', show);
}

/**
 * A conference held remotely: the video room's link (the municipality's own
 * Jitsi or BigBlueButton; every participant surface offers it as one button)
 * and whether remote mode is on (participants follow the moderation and see
 * the shared screen's content on their own device).
 */
export interface RemoteSettings {
  videoUrl: string | null;
  on: boolean;
}

export function remoteSettings(doc: Y.Doc): RemoteSettings {
  const v = stateMap(doc).get('remote') as Partial<RemoteSettings> | undefined;
  const url = typeof v?.videoUrl === 'string' && /^https?:\/\//i.test(v.videoUrl) ? v.videoUrl : null;
  return { videoUrl: url, on: v?.on === true };
}

/** Records the moderation's remote settings (server only, validated by RemoteBodySchema). */
export function setRemote(doc: Y.Doc, remote: RemoteSettings): void {
  stateMap(doc).set('remote', { videoUrl: remote.videoUrl, on: remote.on });
}
