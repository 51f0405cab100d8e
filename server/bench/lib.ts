// Shared parts of the benchmarks: starting our server and the reference
// server as child processes, reading their CPU time and memory from /proc,
// and percentiles.
import WebSocket from 'ws';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const refDir = join(repoRoot, '.bench', 'reference');
export const REFERENCE = 'y-websocket@1.5.4';

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

const stopper = (proc: ChildProcess) => () =>
  new Promise<void>((ok) => {
    if (proc.exitCode !== null) return ok();
    proc.once('exit', () => ok());
    proc.kill('SIGTERM');
  });

function cpuProfArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

export async function startOurs(port: number, env: Record<string, string> = {}): Promise<Proc> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nws-bench-'));
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
