// `npm test`: install, then format check, typecheck, lint, unit + integration (vitest),
// build, and browser tests (Playwright on Debian's Chromium). Fails loudly
// if a browser is missing and cannot be installed — never skips.
import { ensureChromium, installDeps, pnpm, run, step } from './toolchain.mjs';

const started = Date.now();
installDeps();
const chromium = ensureChromium('the browser tests');
step('format (Prettier)');
pnpm(['exec', 'prettier', '--check', '.', '--log-level', 'warn']);
step('typecheck');
pnpm(['-r', 'typecheck']);
step('lint');
pnpm(['exec', 'eslint', '.', '--max-warnings=0']);
step('unit and integration tests (vitest)');
pnpm(['exec', 'vitest', 'run']);
step('building the client');
pnpm(['--filter', '@nws/client', 'build']);
step('bundle budget (participant view: target 150 KB gzip, fails above 155 KB)');
run(process.execPath, ['scripts/bundle-size.mjs']);
step('browser tests (Playwright, Chromium)');
pnpm(['--filter', '@nws/e2e', 'e2e'], { env: { CHROMIUM_PATH: chromium } });
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
