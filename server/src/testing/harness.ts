// Test harness: a real server (in-process or as a child process that can be
// SIGKILLed) and headless clients using the stock y-websocket provider.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  CloseCode,
  type CreateNetworkResponse,
  type NetworkOverview,
  type NetworkWorkshopCreated,
  documentContent,
  roomName,
  SYNC_PATH,
  type CreateWorkshopResponse,
  type JoinResponse,
} from '@nws/shared';
import { loadConfig, type Config } from '../config.js';
import { startServer, type RunningServer } from '../server.js';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'nws-test-'));
}

/** Test servers log only when NWS_TEST_LOG is set (then to stderr). */
export const quietLog = (msg: string, extra?: Record<string, unknown>) => {
  if (process.env.NWS_TEST_LOG) process.stderr.write(`${msg} ${JSON.stringify(extra ?? {})}\n`);
};

/** Starts the real server in this process on a free port with a fresh data dir. */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer & { config: Config }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: tempDataDir(),
    DEMO_WORKSHOP: 'false',
    // Suites create many workshops from one address; the limit has its own test.
    CREATE_RATE_LIMIT: '100000',
    ...env,
  });
  const server = await startServer(config, quietLog);
  return Object.assign(server, { config });
}

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * For test files that share one server among their tests: started before
 * the first, closed after the last. Returns the running server's getter.
 */
export function serverPerFile(env: Record<string, string> = {}): () => TestServer {
  let current: TestServer | null = null;
  beforeAll(async () => {
    current = await startTestServer(env);
  });
  afterAll(() => current?.close());
  return () => {
    if (!current) throw new Error('the server starts before the first test');
    return current;
  };
}

/**
 * For test files that start a server per test: `start(env)` starts one (on
 * top of `defaults`), `withWorkshop(env)` also creates a workshop, `track(c)`
 * keeps a client; both are closed after each test.
 */
export function serverPerTest(defaults: Record<string, string> = {}) {
  let current: TestServer | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.destroy());
    await current?.close();
    current = null;
  });
  const start = async (env: Record<string, string> = {}) => (current = await startTestServer({ ...defaults, ...env }));
  return {
    start,
    async withWorkshop(env: Record<string, string> = {}) {
      const s = await start(env);
      return { s, ws: await createWorkshop(s.url) };
    },
    track<T extends TestClient>(c: T): T {
      clients.push(c);
      return c;
    },
  };
}

/** A server in a child process, so a test can SIGKILL it mid-write. */
export class ChildServer {
  proc: ChildProcess | null = null;
  url = '';
  constructor(
    readonly dataDir: string,
    readonly port: number,
    readonly env: Record<string, string> = {},
  ) {}

  async start(): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      env: {
        ...process.env,
        DATA_DIR: this.dataDir,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DEMO_WORKSHOP: 'false',
        CREATE_RATE_LIMIT: '100000',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    this.url = await new Promise<string>((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`server did not start: ${stderr}`)), 20_000);
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /READY (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`server exited with ${code}: ${stderr}`));
      });
    });
  }

  /** SIGKILL: no shutdown hooks, no compaction, no flush beyond what was committed. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
    this.proc = null;
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
    this.proc = null;
  }
}

export async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((ok) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

export async function api<T>(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface TestWorkshop {
  id: string;
  joinCode: string;
  moderatorToken: string;
  screenToken: string;
  join(name: string, organisation?: string): Promise<string>;
}

/** Creates a workshop through the HTTP API. */
export async function createWorkshop(base: string, name = 'Testwerkstatt'): Promise<TestWorkshop> {
  const { status, body } = await api<CreateWorkshopResponse>(base, '/api/workshops', {
    body: { name, targetGroup: 'Familien', area: 'Nordstadt' },
  });
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`);
  return {
    id: body.workshop.id,
    joinCode: body.workshop.joinCode,
    moderatorToken: body.moderatorToken,
    screenToken: body.screenToken,
    async join(person, organisation = 'Jobcenter') {
      const r = await api<JoinResponse>(base, '/api/join', {
        body: { code: body.workshop.joinCode, name: person, organisation, level: 'operative' },
      });
      if (r.status !== 201) throw new Error(`join failed: ${r.status}`);
      const s = await api<{ session: { id: string } }>(base, '/api/session', { token: r.body.token });
      sessionIds.set(r.body.token, s.body.session.id);
      return r.body.token;
    },
  };
}

/** Session ids of the tokens `join` handed out, so test clients can write cards as their author. */
const sessionIds = new Map<string, string>();

/** The session id behind a participant token from `TestWorkshop.join`. */
export function sessionIdOf(token: string): string {
  const id = sessionIds.get(token);
  if (!id) throw new Error('unknown test token');
  return id;
}

export interface TestClient {
  /** The client's document; replaced by a fresh one when the server refuses an update (4409), as the real client does. */
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  /** The session id cards are written under (participants); undefined for other tokens. */
  authorId: string | undefined;
  /** How often the server refused this client's update and it started afresh. */
  refusals: number;
  destroy(): void;
}

/** A headless y-websocket client on a workshop's board document; after a refused update (4409) it drops its copy and syncs afresh. */
export function connectClient(
  base: string,
  workshopId: string,
  token: string,
  opts: { doc?: Y.Doc; connect?: boolean } = {},
): TestClient {
  const open = (doc: Y.Doc, connect: boolean) =>
    new WebsocketProvider(base.replace(/^http/, 'ws') + SYNC_PATH, roomName(workshopId, 'board'), doc, {
      WebSocketPolyfill: bearerWebSocket(token),
      disableBc: true,
      connect,
      maxBackoffTime: 300,
    });
  const doc = opts.doc ?? new Y.Doc();
  const client: TestClient = {
    doc,
    provider: open(doc, opts.connect ?? true),
    synced: Promise.resolve(),
    authorId: sessionIds.get(token),
    refusals: 0,
    destroy() {
      client.provider.destroy();
      client.doc.destroy();
    },
  };
  const watch = (provider: WebsocketProvider) => {
    provider.on('connection-close', (event: { code: number } | null) => {
      if (event?.code !== CloseCode.UpdateRefused || client.provider !== provider) return;
      client.refusals++;
      provider.destroy();
      client.doc.destroy();
      client.doc = new Y.Doc();
      client.provider = open(client.doc, true);
      watch(client.provider);
    });
  };
  watch(client.provider);
  client.synced = new Promise<void>((ok) => {
    if (client.provider.synced) ok();
    else client.provider.once('sync', (s: boolean) => s && ok());
  });
  return client;
}

/**
 * A `ws` WebSocket class that sends a bearer token in the upgrade request,
 * as non-browser clients do (browsers fetch a one-time ticket instead).
 */
export function bearerWebSocket(token: string): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { authorization: `Bearer ${token}` } });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/** Waits until a predicate holds, polling; fails with a message after a timeout. */
export async function waitFor(pred: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!pred()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Opens a raw websocket to the sync endpoint; resolves with the socket once open, or the HTTP status if refused. */
export function rawSocket(
  base: string,
  workshopId: string,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<{ ws: WebSocket; status: 101 } | { ws: null; status: number }> {
  const auth: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${SYNC_PATH}/${roomName(workshopId, 'board')}`, {
    headers: { ...auth, ...headers },
  });
  ws.binaryType = 'nodebuffer';
  return new Promise((ok) => {
    ws.once('open', () => ok({ ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => {
      ok({ ws: null, status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => ok({ ws: null, status: 0 }));
  });
}

/** Collects every frame a raw socket receives, and its close code. */
export function recordSocket(ws: WebSocket): { frames: Uint8Array[]; closed: Promise<number> } {
  const frames: Uint8Array[] = [];
  ws.on('message', (d: Buffer) => frames.push(new Uint8Array(d)));
  const closed = new Promise<number>((ok) => ws.once('close', (code) => ok(code)));
  return { frames, closed };
}

/** JSON with sorted keys: map iteration order differs between clients that integrated the same entries in another order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * A document's content for comparing copies: canonical JSON without empty
 * roots (a copy synced afresh has no root whose entries were all deleted and
 * garbage-collected, while a long-lived one keeps it open and empty).
 */
export function contentOf(doc: Y.Doc): string {
  return canonical(
    Object.fromEntries(Object.entries(documentContent(doc)).filter(([, v]) => Object.keys(v as object).length > 0)),
  );
}

/**
 * A network made through the API with its coordinator's token, and the
 * coordinator's and a participant's first steps in it: its plenary, new
 * bodies, workshops in a body, joining a workshop with its code.
 */
export async function createTestNetwork(
  base: string,
  network: { name: string; targetGroup: string; area: string; coordinatorName?: string },
) {
  const made = await api<CreateNetworkResponse>(base, '/api/networks', {
    body: { coordinatorName: 'Nora', ...network },
  });
  const { network: created, coordinatorToken: token } = made.body;
  const plenary = async () =>
    (await api<NetworkOverview>(base, `/api/networks/${created.id}`, { token })).body.bodies[0]!.id;
  const body = async (kind: 'working' | 'steering' | 'plenary', name: string) =>
    (
      await api<{ body: { id: string } }>(base, `/api/networks/${created.id}/bodies`, {
        body: { kind, name },
        token,
      })
    ).body.body.id;
  const workshop = async (name: string, bodyId: string) =>
    (
      await api<NetworkWorkshopCreated>(base, `/api/networks/${created.id}/workshops`, {
        body: { name, bodyId },
        token,
      })
    ).body;
  const join = async (w: NetworkWorkshopCreated, name: string, organisation: string) =>
    (
      await api<{ token: string }>(base, '/api/join', {
        body: { code: w.workshop.joinCode, name, organisation, level: 'operative' },
      })
    ).body.token;
  return { network: created, token, plenary, body, workshop, join };
}
