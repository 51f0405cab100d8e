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

/** Default cap on one websocket frame (bytes); the server's MAX_MESSAGE_BYTES overrides it. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
