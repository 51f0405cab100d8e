// Addresses and limits of the sync endpoint shared by server and clients.

/** Documents a workshop is made of: "board" holds the content participants write; "control" the workshop's control state, written only by the server on moderator commands. */
export const docNames = ['board', 'control'] as const;
export type DocName = (typeof docNames)[number];

export function isDocName(s: string): s is DocName {
  return (docNames as readonly string[]).includes(s);
}

/** Path prefix of the websocket endpoint: `${SYNC_PATH}/<workshopId>/<docName>?token=…`. */
export const SYNC_PATH = '/sync';

/** The y-websocket "room name" for a document; the provider appends it to the server URL. */
export function roomName(workshopId: string, doc: DocName): string {
  return `${workshopId}/${doc}`;
}

/**
 * Documents of a network rather than of one workshop: its stakeholder
 * analysis. A workshop's people reach it at `${SYNC_PATH}/<workshopId>/stakeholders`
 * (the server maps that to their network's room); the coordinator at
 * `${SYNC_PATH}/network/<networkId>/stakeholders`.
 */
export const STAKEHOLDERS_DOC = 'stakeholders';

/** The room of a network's stakeholder analysis (what the server stores it under, and the coordinator's path). */
export function networkRoomName(networkId: string): string {
  return `network/${networkId}/${STAKEHOLDERS_DOC}`;
}

/**
 * The service chains of a network's body (a working group's; a workshop's
 * own plenary when it has no network). A workshop's people reach them at
 * `${SYNC_PATH}/<workshopId>/chains`; the server maps that to their body's room.
 */
export const CHAINS_DOC = 'chains';

/** The room of a body's service chains. */
export function bodyChainsRoomName(bodyId: string): string {
  return `body/${bodyId}/${CHAINS_DOC}`;
}

/** Default cap on one websocket frame (bytes); the server's MAX_MESSAGE_BYTES overrides it. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
