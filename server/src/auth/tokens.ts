// Secrets and identifiers. Tokens carry 256 bits from the OS CSPRNG and are
// stored only as SHA-256 hashes, so a copy of the database grants no access.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '@nws/shared';

/** A bearer token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** An opaque id with 120 bits of randomness. */
export function newId(): string {
  return randomBytes(15).toString('base64url');
}

/** A 6-character join code from the look-alike-free alphabet. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Presence colours, picked in turn so neighbours differ. */
const palette = ['#d9480f', '#1c7ed6', '#2b8a3e', '#ae3ec9', '#e67700', '#0c8599', '#c2255c', '#5f3dc4'];
export function colorFor(index: number): string {
  return palette[index % palette.length]!;
}
