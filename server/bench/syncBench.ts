// Sync benchmark: N headless clients in one room on loopback edit cards at
// a set rate; reports propagation latency p50/p99, server CPU seconds per
// 1,000 updates and server memory, for each N — against our server and, in
// the same invocation, against two peer servers installed for this only
// (into .bench/): the reference (y-websocket 1.5.4's own server, memory
// only) and Hocuspocus 3.4 with its SQLite extension at its default debounce
// (it relays at once and stores a document 2 s after its last change, at the
// latest 10 s after the first), whose clients use @hocuspocus/provider — and
// prints the ratios ours/reference and ours/Hocuspocus, and per workload
// what Hocuspocus's debounced storage saves against our commit-before-relay
// (CPU per update, p50). Ours runs twice more: with the board rules off
// (BOARD_RULES=off, a benchmark-only switch), so the cost of checking every
// update is measured in the same invocation, and with every update committed
// alone (COMMIT=each). Each figure is the median of BENCH_REPEATS runs with
// its min and max. Then a durability probe (edits lost when the server is
// SIGKILLed 0.5 s after a client's last edit, ours and Hocuspocus), and a
// soak at the largest N for ours: errors and memory growth.
// `npm run bench:sync`; env:
//   BENCH_N=25,100,300       clients per room, one workload each
//   BENCH_INTERVAL_MS=10000  ms between one client's edits (200 = typing)
//   BENCH_SECONDS=30         measured seconds per run (a client's first edit
//                            comes 1–2 intervals in: make it > 2 intervals)
//   BENCH_REPEATS=3          runs per server and workload
//   BENCH_ROOMS=1            rooms of N clients each on one server (many rooms)
//   BENCH_SATURATION=1       instead: raise the rate until p99 > 100 ms, at the first N
//   BENCH_SOAK_SECONDS=120   the soak (0 skips it)
//   BENCH_HOCUSPOCUS=0       skip Hocuspocus (and the durability probe)
//   BENCH_DURABILITY=0       skip the durability probe
//   BENCH_UNCHECKED=0        skip ours without board rules
//   BENCH_EACH=0             skip ours without group commit
//   BENCH_CPU_PROF=<dir>     our server writes V8 CPU profiles there
import * as Y from 'yjs';
import { addCard, cardsMap, editCardText } from '@nws/shared';
import { checkBoardUpdate } from '../src/sync/boardRules.js';
import { cpuSeconds, HOCUSPOCUS, machine, percentile, REFERENCE, rssMiB, sleep } from './lib.js';
import { clientsFor, loadHocuspocusProvider, startServer, type Kind } from './peers.js';
import { durabilityProbe, EVERY_MS, K, KILL_AFTER_MS } from './durability.js';

// Every y-websocket client in Node adds a process exit listener.
process.setMaxListeners(0);

const NS = (process.env.BENCH_N ?? '25,100,300').split(',').map(Number);
/** Rooms (workshops) of N clients each, all on one server: the many-rooms workload (BENCH_ROOMS=40 BENCH_N=30). */
const ROOMS = Math.max(1, Number(process.env.BENCH_ROOMS ?? 1));
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 120);
const REPEATS = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3));
const UNCHECKED = process.env.BENCH_UNCHECKED !== '0';
/** Also run ours with every update committed alone (COMMIT=each), to show what group commit saves. */
const EACH = process.env.BENCH_EACH !== '0';
/** Also run Hocuspocus (with its SQLite extension, default debounce) as a second peer. */
const HOCUSPOCUS_ON = process.env.BENCH_HOCUSPOCUS !== '0';
/** The SIGKILL durability probe, ours against Hocuspocus (needs Hocuspocus on). */
const DURABILITY = HOCUSPOCUS_ON && process.env.BENCH_DURABILITY !== '0';
const OBSERVERS = 20;

interface Result {
  n: number;
  updates: number;
  p50: number;
  p99: number;
  samples: number;
  cpuPer1000: number;
  /** Right after the start, before any client. */
  rssRest: number;
  rssStart: number;
  rssEnd: number;
  rssPeak: number;
  errors: number;
}

async function run(
  kind: Kind,
  n: number,
  seconds: number,
  port: number,
  soak = false,
  intervalMs = INTERVAL_MS,
): Promise<Result> {
  const server = await startServer(kind, port);
  await sleep(500);
  const rssRest = rssMiB(server.pid);
  const clients = [];
  for (let r = 0; r < ROOMS; r++) clients.push(...(await clientsFor(server, kind, n, r)));
  let errors = 0;
  let counting = false;
  for (const c of clients) c.onTrouble(() => counting && errors++);
  const deadline = Date.now() + 120_000;
  while (!clients.every((c) => c.synced())) {
    if (Date.now() > deadline) throw new Error(`${kind} N=${n}: clients did not sync`);
    await sleep(50);
  }
  // Each client owns one card and edits it.
  const own = clients.map((c, i) => addCard(c.doc, { authorId: c.authorId, text: `t:0:${i}`, x: i, y: 0 }).id);
  while (!clients.every((c) => cardsMap(c.doc).size === n)) {
    if (Date.now() > deadline) throw new Error(`${kind} N=${n}: cards did not spread`);
    await sleep(50);
  }
  const samples: number[] = [];
  // Observers spread over the rooms.
  for (const c of clients.filter((_, i) => i % Math.ceil(clients.length / OBSERVERS) === 0).slice(0, OBSERVERS)) {
    cardsMap(c.doc).observeDeep((events, tr) => {
      if (tr.local || !counting) return;
      const now = performance.now();
      for (const e of events) {
        if (!(e.target instanceof Y.Map)) continue;
        const text = e.target.get('text');
        const m = typeof text === 'string' ? /^t:([\d.]+):/.exec(text) : null;
        if (m && Number(m[1]) > 0) samples.push(now - Number(m[1]));
      }
    });
  }
  await sleep(2000);
  counting = true;
  const cpu0 = cpuSeconds(server.pid);
  const rssStart = rssMiB(server.pid);
  let rssPeak = rssStart;
  let updates = 0;
  const timers = clients.map((c, i) => {
    let t: ReturnType<typeof setInterval> | null = null;
    const first = setTimeout(() => {
      t = setInterval(() => {
        editCardText(c.doc, own[i]!, `t:${performance.now().toFixed(3)}:${i}`);
        updates++;
      }, intervalMs);
    }, Math.random() * intervalMs);
    return () => {
      clearTimeout(first);
      if (t) clearInterval(t);
    };
  });
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await sleep(soak ? 10_000 : 1000);
    rssPeak = Math.max(rssPeak, rssMiB(server.pid));
  }
  timers.forEach((stop) => stop());
  await sleep(1500);
  counting = false;
  const cpu = cpuSeconds(server.pid) - cpu0;
  const rssEnd = rssMiB(server.pid);
  clients.forEach((c) => {
    c.destroy();
    c.doc.destroy();
  });
  await server.stop();
  samples.sort((a, b) => a - b);
  return {
    n,
    updates,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    samples: samples.length,
    cpuPer1000: updates ? (cpu / updates) * 1000 : NaN,
    rssRest,
    rssStart,
    rssEnd,
    rssPeak,
    errors,
  };
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '—');
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
/** "median [min–max]" of a figure over the repetitions. */
function spread(xs: number[], d = 1): string {
  const ok = xs.filter(Number.isFinite);
  if (!ok.length) return '—';
  return `${fmt(median(ok), d)} [${fmt(Math.min(...ok), d)}–${fmt(Math.max(...ok), d)}]`;
}

type Runs = Record<Kind, Result[]>;

/**
 * The board rules' own cost, without the network's noise: 100 participants'
 * cards on a server document; 2,000 text edits (each a client update, as the
 * room receives it) are checked one by one and then applied. Returns the
 * median over 5 passes of the check's time per update in microseconds.
 */
function validationMicros(): number {
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const server = new Y.Doc();
    const control = new Y.Doc();
    const clients = Array.from({ length: 100 }, (_, i) => ({ doc: new Y.Doc(), id: `session-${i}` }));
    const own = clients.map((c, i) => addCard(c.doc, { authorId: c.id, text: `t:${i}`, x: i, y: 0 }).id);
    for (const c of clients) Y.applyUpdate(server, Y.encodeStateAsUpdate(c.doc));
    for (const c of clients) Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(server));
    let micros = 0;
    for (let k = 0; k < 2000; k++) {
      const i = k % clients.length;
      const c = clients[i]!;
      let update: Uint8Array | null = null;
      const grab = (u: Uint8Array) => (update = u);
      c.doc.once('update', grab);
      editCardText(c.doc, own[i]!, `t:${k}:${i}`);
      const session = { id: c.id, role: 'participant' as const, organisation: 'Bench' };
      const t0 = performance.now();
      const verdict = checkBoardUpdate(server, Y.decodeUpdate(update!), { session, control });
      micros += (performance.now() - t0) * 1000;
      if (!verdict.ok) throw new Error(`bench update refused: ${verdict.reason}`);
      Y.applyUpdate(server, update!);
    }
    passes.push(micros / 2000);
  }
  return median(passes);
}

/** Edits per second per client tried in turn by the saturation workload, until p99 passes 100 ms. */
const SATURATION_STEPS = [2, 5, 10, 20, 40];

/**
 * Saturation (BENCH_SATURATION=1): N clients in one room; for ours, the
 * reference and Hocuspocus, the edit rate is raised step by step
 * (SATURATION_STEPS per client) until p99 exceeds 100 ms; the figure is the
 * total update rate of the last step that stayed within it (0 if none did),
 * per repetition.
 */
async function saturation() {
  const n = NS[0]!;
  const seconds = Math.min(SECONDS, 20);
  const kinds = ['reference', 'ours', ...(HOCUSPOCUS_ON ? (['hocuspocus'] as const) : [])] as const;
  console.log(
    `sync benchmark, saturation — ${machine()}; ours vs ${REFERENCE}${HOCUSPOCUS_ON ? ` and ${HOCUSPOCUS} (SQLite)` : ''}; ${n} clients in one room; ${SATURATION_STEPS.join(', ')} edits/s per client in turn, ${seconds} s each, until p99 > 100 ms; ${REPEATS} repetitions`,
  );
  let port = 18_700;
  const found: Record<(typeof kinds)[number], number[]> = { reference: [], ours: [], hocuspocus: [] };
  for (let rep = 1; rep <= REPEATS; rep++) {
    for (const kind of rep % 2 ? kinds : [...kinds].reverse()) {
      let held = 0;
      const steps: string[] = [];
      for (const perClient of SATURATION_STEPS) {
        const r = await run(kind, n, seconds, port++, false, 1000 / perClient);
        steps.push(`${n * perClient}/s: p99 ${fmt(r.p99)} ms`);
        if (!(r.p99 <= 100)) break;
        held = n * perClient;
      }
      found[kind].push(held);
      console.log(`  ${kind} repetition ${rep}: ${steps.join('; ')} → holds ${held} updates/s`);
    }
  }
  const ratio = found.ours.map((x, i) => x / found.reference[i]!);
  const hp = found.ours.map((x, i) => x / found.hocuspocus[i]!);
  console.log(
    `\nhighest update rate with p99 ≤ 100 ms, median [min–max]: reference ${spread(found.reference, 0)}, ours ${spread(found.ours, 0)}${HOCUSPOCUS_ON ? `, hocuspocus ${spread(found.hocuspocus, 0)}` : ''}; ours/ref ${spread(ratio, 2)}${HOCUSPOCUS_ON ? `; ours/hocuspocus ${spread(hp, 2)}` : ''}`,
  );
  const r = median(ratio);
  console.log(`target saturation rate ≥ 1.0 × reference (median ratio): ${fmt(r, 2)} → ${r >= 1 ? 'met' : 'NOT met'}`);
}

/**
 * What Hocuspocus's debounced storage saves against our commit-before-relay,
 * per workload: CPU per update and p50, medians and the median of the
 * per-repetition ratios.
 */
function storageLine(n: number, runs: Runs): string {
  const med = (k: Kind, f: (x: Result) => number) => median(runs[k].map(f));
  const ratio = (f: (x: Result) => number) => median(runs.ours.map((x, i) => f(x) / f(runs.hocuspocus[i]!)));
  const cpu = (x: Result) => x.cpuPer1000;
  const p50 = (x: Result) => x.p50;
  return `storage ${workload(n)}: CPU ms per update ours ${fmt(med('ours', cpu), 3)} vs hocuspocus ${fmt(med('hocuspocus', cpu), 3)} (ours/hp ${fmt(ratio(cpu), 2)}); p50 ours ${fmt(med('ours', p50))} vs hocuspocus ${fmt(med('hocuspocus', p50))} ms (ours/hp ${fmt(ratio(p50), 2)})`;
}

const workload = (n: number) => (ROOMS > 1 ? `${ROOMS}×${n}` : String(n));

async function main() {
  // Installs Hocuspocus on first use (before any measurement).
  if (HOCUSPOCUS_ON) await loadHocuspocusProvider();
  if (process.env.BENCH_SATURATION === '1') return saturation();
  const kinds: Kind[] = [
    'reference',
    'ours',
    ...(HOCUSPOCUS_ON ? (['hocuspocus'] as const) : []),
    ...(UNCHECKED ? (['unchecked'] as const) : []),
    ...(EACH ? (['each'] as const) : []),
  ];
  console.log(
    `sync benchmark — ${machine()}; ours vs ${REFERENCE}${HOCUSPOCUS_ON ? ` and ${HOCUSPOCUS} (SQLite, default debounce)` : ''}${UNCHECKED ? ' and ours with the board rules off' : ''}; ${ROOMS > 1 ? `${ROOMS} rooms of N clients each; ` : ''}${1000 / INTERVAL_MS} edits/s per client; ${SECONDS} s per run; ${REPEATS} repetitions; latency from ${OBSERVERS} observer clients`,
  );
  let port = 18_700;
  const rows: { n: number; runs: Runs }[] = [];
  for (const n of NS) {
    const runs: Runs = { reference: [], hocuspocus: [], ours: [], unchecked: [], each: [] };
    for (let rep = 1; rep <= REPEATS; rep++) {
      // Alternate the order so neither server always runs on a warmer machine.
      for (const kind of rep % 2 ? kinds : [...kinds].reverse()) runs[kind].push(await run(kind, n, SECONDS, port++));
      console.log(`  N=${n} repetition ${rep}/${REPEATS} done`);
    }
    rows.push({ n, runs });
  }
  console.log('\nmedian [min–max] over the repetitions');
  console.log(
    '   N │ server     │ updates │ p50 ms             │ p99 ms               │ CPU ms per update   │ RSS MiB end   │ RSS MiB rest  │ errors',
  );
  const names: Record<Kind, string> = {
    reference: 'reference',
    hocuspocus: 'hocuspocus',
    ours: 'ours',
    unchecked: 'no rules',
    each: 'no group',
  };
  for (const { n, runs } of rows) {
    for (const kind of kinds) {
      const r = runs[kind];
      console.log(
        `${workload(n).padStart(4)} │ ${names[kind].padEnd(10)} │ ${String(Math.round(median(r.map((x) => x.updates)))).padStart(7)} │ ${spread(r.map((x) => x.p50)).padEnd(18)} │ ${spread(r.map((x) => x.p99)).padEnd(20)} │ ${spread(
          r.map((x) => x.cpuPer1000),
          3,
        ).padEnd(19)} │ ${spread(
          r.map((x) => x.rssEnd),
          0,
        ).padEnd(13)} │ ${spread(
          r.map((x) => x.rssRest),
          0,
        ).padEnd(13)} │ ${r.reduce((a, x) => a + x.errors, 0)}`,
      );
    }
    // Ratios per repetition (the runs of one repetition share the machine's state), then their spread.
    const ratio = (a: Kind, b: Kind, f: (x: Result) => number) => runs[a].map((x, i) => f(x) / f(runs[b][i]!));
    for (const [label, a, b] of [
      ['ours/ref', 'ours', 'reference'],
      ...(HOCUSPOCUS_ON ? ([['ours/hp', 'ours', 'hocuspocus']] as const) : []),
      ...(UNCHECKED ? ([['ours/none', 'ours', 'unchecked']] as const) : []),
      ...(EACH ? ([['each/ref', 'each', 'reference']] as const) : []),
    ] as const) {
      console.log(
        `     │ ${label.padEnd(10)} │         │ ${spread(
          ratio(a, b, (x) => x.p50),
          2,
        ).padEnd(18)} │ ${spread(
          ratio(a, b, (x) => x.p99),
          2,
        ).padEnd(20)} │ ${spread(
          ratio(a, b, (x) => x.cpuPer1000),
          2,
        ).padEnd(19)} │ ${spread(
          ratio(a, b, (x) => x.rssEnd),
          2,
        ).padEnd(13)} │ ${spread(
          ratio(a, b, (x) => x.rssRest),
          2,
        ).padEnd(13)} │`,
      );
    }
  }
  if (HOCUSPOCUS_ON) {
    console.log(
      "\nwhat Hocuspocus's debounced storage saves: it relays an update at once and stores the document 2 s after its last change (at the latest 10 s after the first), so a SIGKILL loses the last seconds; ours commits every update (group commit) before relaying it",
    );
    for (const { n, runs } of rows) console.log(storageLine(n, runs));
  }
  if (INTERVAL_MS <= 200)
    for (const { n, runs } of rows) {
      const perRep = (f: (x: Result) => number) => median(runs.ours.map((x, i) => f(x) / f(runs.reference[i]!)));
      const p50 = perRep((x) => x.p50);
      const cpu = perRep((x) => x.cpuPer1000);
      console.log(
        `target typing N=${n}: p50 ≤ 1.0 × reference and CPU per update ≤ 1.0 × reference (median of per-repetition ratios): p50 ${fmt(p50, 2)}, CPU ${fmt(cpu, 2)} → ${p50 <= 1 && cpu <= 1 ? 'met' : 'NOT met'}`,
      );
    }
  const at100 = rows.find((r) => r.n === 100);
  if (at100) {
    const rss = median(at100.runs.ours.map((x, i) => x.rssEnd / at100.runs.reference[i]!.rssEnd));
    console.log(
      `target RSS at N=100 ≤ 1.3 × reference (compiled server, median ratio): ${fmt(rss, 2)} → ${rss <= 1.3 ? 'met' : 'NOT met'}`,
    );
    const p99 = median(at100.runs.ours.map((x, i) => x.p99 / at100.runs.reference[i]!.p99));
    console.log(
      `\ntarget p99 at N=100 ≤ 0.8 × reference (median ratio): ${fmt(p99, 2)} → ${p99 <= 0.8 ? 'met' : 'NOT met'}`,
    );
    if (UNCHECKED) {
      const u = at100.runs;
      const perRep = (f: (x: Result) => number) => median(u.ours.map((x, i) => f(x) / f(u.unchecked[i]!)));
      const p50 = perRep((x) => x.p50);
      const p99r = perRep((x) => x.p99);
      console.log(
        `target board rules cost at N=100: p50 and p99 ≤ 1.1 × without rules (median of per-repetition ratios): p50 ${fmt(p50, 2)}, p99 ${fmt(p99r, 2)} → ${p50 <= 1.1 && p99r <= 1.1 ? 'met' : 'NOT met'}`,
      );
    }
  }
  if (UNCHECKED) {
    console.log(
      `validation cost per update (board rules alone, 100 cards, 2,000 text edits, median of 5 passes): ${fmt(validationMicros(), 1)} µs`,
    );
  }
  if (DURABILITY) {
    const d = await durabilityProbe(port);
    port += 2;
    console.log(
      `edits lost on SIGKILL ${KILL_AFTER_MS / 1000} s after the last of ${K} edits (one every ${EVERY_MS / 1000} s), restart on the same data: ours ${d.ours} of ${K}, hocuspocus ${d.hocuspocus} of ${K}`,
    );
  }
  const soakN = Math.max(...NS);
  if (SOAK_SECONDS > 0) {
    const soak = await run('ours', soakN, SOAK_SECONDS, port++, true);
    const growth = (soak.rssEnd - soak.rssStart) / soak.rssStart;
    console.log(
      `soak N=${soakN}, ${SOAK_SECONDS} s (ours): ${soak.updates} updates, errors ${soak.errors}, RSS ${fmt(soak.rssStart, 0)} → ${fmt(soak.rssEnd, 0)} MiB (peak ${fmt(soak.rssPeak, 0)}), growth ${fmt(growth * 100, 1)} % → ${soak.errors === 0 && growth < 0.1 ? 'met' : 'NOT met'} (target: no error, growth < 10 %)`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
