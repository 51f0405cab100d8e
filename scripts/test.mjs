// `npm test`: install, then typecheck, lint, unit + integration (vitest),
// build, and browser tests (Playwright on Debian's Chromium). Fails loudly
// if a browser is missing and cannot be installed — never skips.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { installDeps, pnpm, run, step } from './toolchain.mjs';

const started = Date.now();
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    step("installing Debian's chromium for the browser tests (apt-get)");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-q'], { env });
    run('apt-get', ['install', '-y', '-q', 'chromium'], { env });
    if (existsSync(chromium)) return;
  }
  console.error(
    `\n✖ The browser tests need Chromium at ${chromium}, and it is missing.\n` +
      `  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `  or point CHROMIUM_PATH at a Chromium/Chrome binary. Browser tests are never skipped.`,
  );
  process.exit(1);
}

installDeps();
ensureChromium();
step('typecheck');
pnpm(['-r', 'typecheck']);
step('lint');
pnpm(['exec', 'eslint', '.', '--max-warnings=0']);
step('unit and integration tests (vitest)');
pnpm(['exec', 'vitest', 'run']);
step('building the client');
pnpm(['--filter', '@nws/client', 'build']);
step('bundle budget (participant view ≤ 150 KB gzip)');
run(process.execPath, ['scripts/bundle-size.mjs']);
step('browser tests (Playwright, Chromium)');
pnpm(['--filter', '@nws/e2e', 'e2e'], { env: { CHROMIUM_PATH: chromium } });
console.log(`\n✔ all checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
