// Websocket close codes of the sync endpoint. 4000–4999 is the range RFC 6455
// leaves to applications; a client treats 44xx as final (do not reconnect)
// and 45xx as temporary (reconnect with backoff).
export const CloseCode = {
  /** A frame that is not a well-formed y-protocols message. */
  MalformedMessage: 4400,
  /** Token missing, unknown, or of another workshop (only if detected after the upgrade). */
  Unauthorized: 4401,
  /** The connection tried something its role may not do. */
  Forbidden: 4403,
  /**
   * An update broke a board rule and was refused whole (nothing applied,
   * stored or relayed). The client drops its local copy of the document and
   * reconnects, so it gets the server's state again.
   */
  UpdateRefused: 4409,
  /** The workshop does not exist (any more); clients drop their local copy. */
  WorkshopGone: 4404,
  /** The room could not be loaded from storage; retry later. Nothing was served. */
  RoomUnavailable: 4500,
  /** The server is shutting down or restarting; reconnect. */
  ServerRestart: 4503,
  /** Standard RFC 6455 code, sent by `ws` when a frame exceeds MAX_MESSAGE_BYTES. */
  MessageTooBig: 1009,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which a client must not reconnect by itself. */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500 && code !== CloseCode.UpdateRefused;
}
