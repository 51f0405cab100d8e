// Keys of texts chosen at run time (error codes from the server, roles from
// the session), checked against the German resources here once so the call
// sites stay typed without casts.
import type { TFunction } from './translate';
import type { de } from './de';
import type { deBoard } from './deBoard';

type ErrorKey = keyof typeof de.errors;
/** Error codes with a text of their own; every other code reads as `errors.unknown`. */
const knownErrors: ReadonlySet<string> = new Set<ErrorKey>([
  'network',
  'invalid_token',
  'unknown_workshop',
  'unknown_code',
  'invalid_code',
  'invalid_body',
  'rate_limited',
  'no_token',
  'not_found',
  'not_writing',
  'limit_reached',
  'callout_mode',
  'forbidden',
  'unknown_query',
  'unknown_card',
  'room_unavailable',
  'case_giver_cannot_moderate',
  'no_step',
  'invalid_agenda',
  'unknown_person',
  'round_closed',
  'round_open',
  'unknown_round',
  'invalid_backup',
  'too_large',
  'session_removed',
  'token_expired',
  'too_many_connections',
  'admin_token_required',
  'cannot_remove_self',
  'unknown_session',
]);
const isKnownError = (code: string): code is ErrorKey => knownErrors.has(code);

/** The text of an error code (a server answer's code, or one of the client's own). */
export function errorText(t: TFunction, code: string): string {
  return isKnownError(code) ? t(`errors.${code}`) : t('errors.unknown', { code });
}

type Role = keyof typeof deBoard.board.roles;
const roles: ReadonlySet<string> = new Set<Role>(['moderator', 'participant', 'screen']);

/** The key of a role's name (an unknown role reads as a participant). */
export function roleKey(role: string): `board.roles.${Role}` {
  return `board.roles.${roles.has(role) ? (role as Role) : 'participant'}`;
}
