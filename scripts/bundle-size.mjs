// Measures the JavaScript a route downloads, from Vite's build manifest:
// the entry's static imports plus the lazily loaded page and its static
// imports (what the browser fetches before the page can be used), gzipped.
// `node scripts/bundle-size.mjs` prints the figures and fails when the phone
// participant view exceeds its budget. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { root } from './toolchain.mjs';

// CLIENT_DIST measures another build folder (as the server serves one).
const dist = process.env.CLIENT_DIST ?? join(root, 'client', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
// The phone's budget is 110 KB (issue 17), and the test fails above it.
// 151.7 KB before issue 17's cuts: the phone's calls and its reading of the
// control document no longer parse with zod (validation is the server's; see
// client/src/api.ts and shared/src/doc/read.ts), i18next and react-i18next
// gave way to our own typed lookup (client/src/i18n/translate.ts), and yjs's
// console warnings no longer bring lib0's styled logger. Earlier: the default
// agenda's texts, the backup's schemas, the lobby's and the board page's own
// texts, y-websocket's unused tab channel and zod's English messages left it.
const BUDGET_KB = 110;

/** Manifest key of the chunk built from a source file. */
const keyOf = (src) => {
  const key = Object.keys(manifest).find((k) => k === src || manifest[k].src === src);
  if (!key) throw new Error(`no chunk for ${src} in the manifest`);
  return key;
};

/** The chunk files a route loads: the closure of static imports from each start chunk. */
function closure(keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imp of chunk.imports ?? []) visit(imp);
  };
  keys.forEach(visit);
  return [...files].filter((f) => f.endsWith('.js'));
}

function measure(files) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gz, files: files.length };
}

const entry = keyOf('index.html');
const routes = {
  'participant (phone, /w/:id/me)': [entry, keyOf('src/participant/ParticipantView.tsx')],
  'lobby (/)': [entry, keyOf('src/lobby/Lobby.tsx')],
  'board without canvas (/w/:id, list view)': [entry, keyOf('src/app/WorkshopShell.tsx')],
  'board with canvas (+ tldraw)': [entry, keyOf('src/app/WorkshopShell.tsx'), keyOf('src/board/CanvasView.tsx')],
};

const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
console.log('route                                         JS files   raw KB   gzip KB');
for (const [name, keys] of Object.entries(routes)) {
  const m = measure(closure(keys));
  const isBudgeted = name.startsWith('participant');
  const over = isBudgeted && m.gz / 1024 > BUDGET_KB;
  failed ||= over;
  console.log(
    `${name.padEnd(45)} ${String(m.files).padStart(8)} ${kb(m.raw).padStart(8)} ${kb(m.gz).padStart(9)}${isBudgeted ? `   budget ${BUDGET_KB} KB: ${over ? 'OVER' : 'met'}` : ''}`,
  );
}
if (failed) {
  console.error(`\n✖ the participant view loads more than ${BUDGET_KB} KB of gzipped JavaScript`);
  process.exit(1);
}
