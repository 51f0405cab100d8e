// Configuration from the environment, validated once at start-up. Defaults
// run on a laptop: http://localhost:8787, data under ./data.
import { z } from 'zod';
import { resolve } from 'node:path';
import { DEFAULT_MAX_MESSAGE_BYTES } from '@nws/shared';

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const EnvSchema = z.object({
  PORT: int(8787, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MAX_MESSAGE_BYTES: int(DEFAULT_MAX_MESSAGE_BYTES, 1024, 64 * 1024 * 1024),
  ALLOWED_ORIGINS: z.preprocess(emptyAsUndefined, z.string().optional()),
  TLDRAW_LICENSE_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  COMPACT_EVERY: int(500, 1, 1_000_000),
  ROOM_IDLE_MS: int(10_000, 0, 3_600_000),
  // A whole room of 60 may join at once from one address (municipal NAT): each join is two requests
  // (look up the code, join), plus retries. 300 a minute still makes finding one given workshop's
  // code among ~887 million take about five years on average.
  JOIN_RATE_LIMIT: int(300, 1, 100_000),
  // Workshops created or imported per client address and hour (a coordinator makes a few a week).
  CREATE_RATE_LIMIT: int(30, 1, 1_000_000),
  // Largest request body on every API route but the import (which has IMPORT_MAX_BYTES).
  MAX_BODY_BYTES: int(256 * 1024, 1024, 64 * 1024 * 1024),
  // Open websockets per session (a browser tab holds two: board and control) and per client address.
  MAX_SOCKETS_PER_SESSION: int(8, 1, 10_000),
  MAX_SOCKETS_PER_ADDRESS: int(400, 1, 1_000_000),
  // When set, creating and importing workshops needs it as the bearer token.
  ADMIN_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  // Participant and screen links stop working this many days after the workshop's last activity.
  TOKEN_TTL_DAYS: int(30, 1, 36_500),
  DEMO_WORKSHOP: z.enum(['true', 'false', '1', '0']).default('true'),
  CLIENT_DIST: z.preprocess(emptyAsUndefined, z.string().optional()),
  VERSIONS_MAX: int(200, 1, 100_000),
  VERSIONS_MAX_DAYS: int(90, 1, 36_500),
  AUTO_VERSION_MINUTES: int(5, 0, 24 * 60),
  // For the sync benchmark's comparison run only: 'off' relays board updates unchecked.
  BOARD_RULES: z.enum(['on', 'off']).default('on'),
  // For the sync benchmark's comparison run only: 'each' commits every update alone (as before group commit).
  COMMIT: z.enum(['group', 'each']).default('group'),
  // Compressed joins (permessage-deflate, see server.ts); 'off' for the cold-join benchmark's comparison.
  WS_COMPRESSION: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Base of printed links; defaults to http://localhost:<port>. */
  publicUrl: string | null;
  maxMessageBytes: number;
  /** Extra origins allowed to open websockets, besides the page's own host. */
  allowedOrigins: string[];
  tldrawLicenseKey: string | null;
  compactEvery: number;
  roomIdleMs: number;
  /** Join attempts per client address per minute. */
  joinRateLimit: number;
  /** Workshops created or imported per client address per hour. */
  createRateLimit: number;
  /** Largest request body on API routes other than the import. */
  maxBodyBytes: number;
  maxSocketsPerSession: number;
  maxSocketsPerAddress: number;
  /** Required (as bearer token) to create or import workshops; null: anyone may. */
  adminToken: string | null;
  /** Participant and screen tokens expire this long after the workshop's last activity. */
  tokenTtlMs: number;
  demoWorkshop: boolean;
  /** Folder of the built client; null serves the API only. */
  clientDist: string | null;
  /** Versions kept per workshop at most (the oldest go first). */
  versionsMax: number;
  /** Versions older than this many days are dropped. */
  versionsMaxDays: number;
  /** While people edit a board, a version at most this often (0: none of these automatic versions). */
  autoVersionMinutes: number;
  /** Check client updates to boards against the board rules (off only in the benchmark's comparison run). */
  boardRules: boolean;
  /** Group commit (default), or every update committed alone (the benchmark's comparison run). */
  commitEach: boolean;
  /** permessage-deflate for messages of 1 KiB and more (joins). */
  compressJoins: boolean;
}

/** Parses the environment; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaults: { clientDist?: string } = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, '') ?? null,
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim().replace(/\/$/, ''))
      .filter(Boolean),
    tldrawLicenseKey: e.TLDRAW_LICENSE_KEY ?? null,
    compactEvery: e.COMPACT_EVERY,
    roomIdleMs: e.ROOM_IDLE_MS,
    joinRateLimit: e.JOIN_RATE_LIMIT,
    createRateLimit: e.CREATE_RATE_LIMIT,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxSocketsPerSession: e.MAX_SOCKETS_PER_SESSION,
    maxSocketsPerAddress: e.MAX_SOCKETS_PER_ADDRESS,
    adminToken: e.ADMIN_TOKEN ?? null,
    tokenTtlMs: e.TOKEN_TTL_DAYS * 24 * 60 * 60 * 1000,
    demoWorkshop: e.DEMO_WORKSHOP === 'true' || e.DEMO_WORKSHOP === '1',
    clientDist: e.CLIENT_DIST ? resolve(e.CLIENT_DIST) : (defaults.clientDist ?? null),
    versionsMax: e.VERSIONS_MAX,
    versionsMaxDays: e.VERSIONS_MAX_DAYS,
    autoVersionMinutes: e.AUTO_VERSION_MINUTES,
    boardRules: e.BOARD_RULES === 'on',
    commitEach: e.COMMIT === 'each',
    compressJoins: e.WS_COMPRESSION === 'on',
  };
}
