// The one error type of the domain: pure operations and server commands throw
// it with a code; the HTTP layer maps the code to a status with the table
// below, once, and answers `{ error: { code, message } }`.

/** HTTP status of each domain error code. */
export const domainErrorStatus = {
  /** Input that breaks a rule of the model (lengths, shapes, votes beyond the allowance). */
  invalid: 400,
  /** An agenda edit that would leave an invalid agenda. */
  invalid_agenda: 400,
  /** A role or case giver who is not a participant of the workshop. */
  unknown_person: 400,
  /** The documents of a backup cannot be read. */
  invalid_backup: 400,
  /** Not allowed for this session (beyond its role). */
  forbidden: 403,
  not_found: 404,
  unknown_workshop: 404,
  unknown_body: 404,
  unknown_resolution: 404,
  /** No workshop has this join code. */
  unknown_code: 404,
  unknown_case: 404,
  unknown_step: 404,
  unknown_query: 404,
  unknown_card: 404,
  unknown_round: 404,
  /** No such person (session) in this workshop. */
  unknown_session: 404,
  /** A state conflict not covered by a more specific code. */
  conflict: 409,
  /** The moderation cannot remove itself (it would lock the workshop's steering out). */
  cannot_remove_self: 409,
  /** The case giver may not moderate their own case. */
  case_giver_cannot_moderate: 409,
  /** There is no next (or previous) step. */
  no_step: 409,
  /** The card query is no longer open for writing. */
  not_writing: 409,
  /** The per-person card limit of a query is reached. */
  limit_reached: 409,
  invalid_transition: 409,
  reason_required: 400,
  /** In a call-out query the moderation writes the cards. */
  callout_mode: 409,
  round_closed: 409,
  /** A resolution needs a closed round. */
  round_open: 409,
  /** A participant who joined without an organisation has no row of theirs in the stakeholder analysis. */
  no_organisation: 409,
} as const satisfies Record<string, 400 | 403 | 404 | 409>;

export type DomainErrorCode = keyof typeof domainErrorStatus;

/** A refused operation: what rule it broke (`code`) and why, in words for logs and developers (`message`). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** The HTTP status this error is answered with. */
  get status(): (typeof domainErrorStatus)[DomainErrorCode] {
    return domainErrorStatus[this.code];
  }
}
