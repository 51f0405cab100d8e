// `npm run bench:sync` / `npm run bench:cold`: install what is needed (the
// workspace; Chromium for the cold join), then run the benchmark. Works from
// a fresh clone like the README's two commands. Env passes through (BENCH_*).
import { ensureChromium, installDeps, pnpm } from './toolchain.mjs';

const which = process.argv[2];
if (which !== 'sync' && which !== 'cold') {
  console.error('usage: node scripts/bench.mjs sync|cold');
  process.exit(2);
}
installDeps();
// Ours runs as `npm start` runs it: compiled (server/dist).
pnpm(['--filter', '@nws/server', 'build']);
const env = which === 'cold' ? { CHROMIUM_PATH: ensureChromium('the cold-join benchmark') } : {};
pnpm(['--filter', '@nws/server', `bench:${which}`], { env });
