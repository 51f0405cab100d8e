// Shared parts of the benchmarks: starting our server and the peer servers
// (the reference, Hocuspocus) as child processes, reading their CPU time and
// memory from /proc, and percentiles.
import WebSocket from 'ws';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(benchDir, '../..');
const refDir = join(repoRoot, '.bench', 'reference');
export const REFERENCE = 'y-websocket@1.5.4';
export const hocuspocusDir = join(repoRoot, '.bench', 'hocuspocus');
/** Hocuspocus 3.4 (4.x needs Node 22): server, its SQLite extension and the client provider, all this version. */
export const HOCUSPOCUS_VERSION = '3.4.4';
export const HOCUSPOCUS = `@hocuspocus/server@${HOCUSPOCUS_VERSION}`;
const HOCUSPOCUS_PACKAGES = ['@hocuspocus/server', '@hocuspocus/extension-sqlite', '@hocuspocus/provider'];

/** Installs the reference server (y-websocket 1.5.4's own server) for benchmarks only. */
export function ensureReference(): string {
  const bin = join(refDir, 'node_modules', 'y-websocket', 'bin', 'server.js');
  if (!existsSync(bin)) {
    console.log(`installing the reference server (${REFERENCE}) into .bench/reference …`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        refDir,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--omit=optional',
        '--loglevel=error',
        REFERENCE,
        'ws@6',
        'yjs@13',
      ],
      { stdio: 'inherit' },
    );
  }
  return bin;
}

function installedVersion(modules: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/**
 * Installs Hocuspocus (server, SQLite extension, provider) for benchmarks
 * only, into .bench/hocuspocus; returns its node_modules. The SQLite
 * extension uses `sqlite3`, which compiles when no prebuilt binary can be
 * fetched (a minute or two; Node's headers are taken from the local Node
 * when it ships them). Its `yjs` is then linked to the workspace's: the
 * benchmark's clients load the provider from there and must share one Yjs
 * with the documents they edit (two copies break Yjs's constructor checks),
 * and so the Hocuspocus server runs the same Yjs as ours.
 */
export function ensureHocuspocus(): string {
  const modules = join(hocuspocusDir, 'node_modules');
  const binding = join(modules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
  if (HOCUSPOCUS_PACKAGES.some((p) => installedVersion(modules, p) !== HOCUSPOCUS_VERSION) || !existsSync(binding)) {
    console.log(
      `installing ${HOCUSPOCUS} with its SQLite extension and provider into .bench/hocuspocus (sqlite3 may compile: a minute or two) …`,
    );
    const nodeDir = resolve(dirname(process.execPath), '..');
    const headers = existsSync(join(nodeDir, 'include', 'node', 'common.gypi'));
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        hocuspocusDir,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...HOCUSPOCUS_PACKAGES.map((p) => `${p}@${HOCUSPOCUS_VERSION}`),
      ],
      {
        stdio: 'inherit',
        env: { ...process.env, ...(headers && !process.env.npm_config_nodedir ? { npm_config_nodedir: nodeDir } : {}) },
      },
    );
    if (!existsSync(binding)) throw new Error(`sqlite3 did not build: ${binding} is missing (see npm's output above)`);
  }
  const ours = realpathSync(join(repoRoot, 'server', 'node_modules', 'yjs'));
  const theirs = join(modules, 'yjs');
  if (!existsSync(theirs) || realpathSync(theirs) !== ours) {
    rmSync(theirs, { recursive: true, force: true });
    symlinkSync(ours, theirs, 'dir');
  }
  return modules;
}

export interface Proc {
  proc: ChildProcess;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

async function waitForLine(proc: ChildProcess, re: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = re.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m);
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    proc.once('exit', (code) => fail(new Error(`${what} exited with ${code}: ${out}`)));
  });
}

// Servers still running when the benchmark ends (a failed run) go with it.
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((p) => p.kill('SIGKILL')));
function track(proc: ChildProcess): ChildProcess {
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
  return proc;
}

// SIGTERM, and SIGKILL if the server has not shut down within 15 s.
const stopper = (proc: ChildProcess) => () =>
  new Promise<void>((ok) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return ok();
    const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
    proc.once('exit', () => {
      clearTimeout(timer);
      ok();
    });
    proc.kill('SIGTERM');
  });

function cpuProfArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** Our server on a fresh data directory, or on env.DATA_DIR (a restart on the same data). */
export async function startOurs(port: number, env: Record<string, string> = {}): Promise<Proc> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'nws-bench-'));
  const proc = track(
    // BENCH_CPU_PROF=<dir>: our server writes a V8 CPU profile there on exit (for finding where time goes).
    spawn(process.execPath, [...cpuProfArgs(), '--expose-gc', 'dist/main.js'], {
      cwd: join(repoRoot, 'server'),
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO_WORKSHOP: 'false',
        JOIN_RATE_LIMIT: '100000',
        CREATE_RATE_LIMIT: '100000',
        MAX_SOCKETS_PER_ADDRESS: '100000',
        MAX_SOCKETS_PER_SESSION: '10000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const m = await waitForLine(proc, /READY (\S+)/, 'our server');
  return { proc, pid: proc.pid!, url: m[1]!, stop: stopper(proc) };
}

export async function startReference(port: number): Promise<Proc> {
  const bin = ensureReference();
  const proc = track(
    spawn(process.execPath, [bin], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await waitForLine(proc, /running at/, 'reference server');
  return { proc, pid: proc.pid!, url: `http://127.0.0.1:${port}`, stop: stopper(proc) };
}

/**
 * Hocuspocus with its SQLite extension (default debounce: it stores a
 * document 2 s after its last change, at the latest 10 s after the first),
 * storing to `database` — a fresh file unless given (a restart on the same
 * data).
 */
export async function startHocuspocus(
  port: number,
  database = join(mkdtempSync(join(tmpdir(), 'nws-bench-hocuspocus-')), 'hocuspocus.sqlite'),
): Promise<Proc> {
  ensureHocuspocus();
  const proc = track(
    spawn(process.execPath, [join(benchDir, 'hocuspocusServer.mjs')], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        HOCUSPOCUS_DIR: hocuspocusDir,
        HOCUSPOCUS_DB: database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await waitForLine(proc, /HOCUSPOCUS READY/, 'hocuspocus server');
  return { proc, pid: proc.pid!, url: `http://127.0.0.1:${port}`, stop: stopper(proc) };
}

/** Ends a server as a crash would (SIGKILL: no shutdown code runs) and waits until it is gone. */
export function killHard(server: Proc): Promise<void> {
  return new Promise<void>((ok) => {
    if (server.proc.exitCode !== null || server.proc.signalCode !== null) return ok();
    server.proc.once('exit', () => ok());
    server.proc.kill('SIGKILL');
  });
}

const TICKS = 100; // USER_HZ on Linux

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** Resident memory of a process in MiB. */
export function rssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function machine(): string {
  const cpus = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('processor')).length;
  const mem = /MemTotal:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
  return `${cpus} cores, ${mem ? Math.round(Number(mem[1]) / 1024 / 1024) : '?'} GiB, Node ${process.version}`;
}

/** A `ws` WebSocket class that sends a bearer token in the upgrade request (non-browser clients; browsers use tickets). */
export function bearerWebSocket(token: string): typeof globalThis.WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { authorization: `Bearer ${token}` } });
    }
  } as unknown as typeof globalThis.WebSocket;
}

/** Our server's memory after a full garbage collection (it was started with --expose-gc): resident, in KiB. */
export async function collectedRssKiB(server: Proc): Promise<number> {
  const line = new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('no memory report')), 10_000);
    const onData = (d: Buffer) => {
      const m = /MEMORY (\{.*\})/.exec(d.toString());
      if (!m) return;
      clearTimeout(timer);
      server.proc.stdout?.off('data', onData);
      ok((JSON.parse(m[1]!) as { rss: number }).rss / 1024);
    };
    server.proc.stdout?.on('data', onData);
  });
  server.proc.kill('SIGUSR2');
  return line;
}
