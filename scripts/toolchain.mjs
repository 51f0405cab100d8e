// Bootstraps the tools the README's two commands need on a machine that has
// only Node and npm: a project-local pnpm (pinned in package.json) and the
// environment that lets better-sqlite3 compile against the installed headers.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = join(root, '.tools');
const pnpmEntry = join(toolsDir, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = String(pkg.packageManager).replace(/^pnpm@/, '');

/** Environment for child processes: native addons build against Node's own headers. */
export function toolEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

export function step(title) {
  console.log(`\n▶ ${title}`);
}

/** Runs a command, inheriting stdio; exits the process on failure. */
export function run(cmd, args, { env, ...opts } = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: toolEnv(env) });
  if (res.status !== 0) {
    console.error(`\n✖ ${[cmd, ...args].join(' ')} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

function installedPnpmVersion() {
  if (!existsSync(pnpmEntry)) return null;
  try {
    return JSON.parse(readFileSync(join(toolsDir, 'node_modules', 'pnpm', 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

/** Makes sure the pinned pnpm is installed under .tools/ (npm only, no root needed). */
export function ensurePnpm() {
  if (installedPnpmVersion() === pnpmVersion) return;
  step(`installing pnpm ${pnpmVersion} into .tools/ (npm)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, [
    'install',
    '--prefix',
    toolsDir,
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `pnpm@${pnpmVersion}`,
  ]);
}

/** Runs the pinned pnpm with the given arguments. */
export function pnpm(args, opts = {}) {
  ensurePnpm();
  run(process.execPath, [pnpmEntry, ...args], opts);
}

/** Installs the workspace's dependencies (frozen lockfile in CI). */
export function installDeps() {
  step('installing dependencies (pnpm)');
  const frozen = existsSync(join(root, 'pnpm-lock.yaml')) && process.env.CI ? ['--frozen-lockfile'] : [];
  pnpm(['install', '--prefer-offline', ...frozen]);
}

/**
 * The Chromium binary for browser tests and benchmarks (CHROMIUM_PATH or
 * Debian's). Installs Debian's package when it is missing and we may (root,
 * apt-get); otherwise exits with a message that says how — never a skip.
 */
export function ensureChromium(purpose) {
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(chromium)) return chromium;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    step(`installing Debian's chromium for ${purpose} (apt-get)`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-q'], { env });
    run('apt-get', ['install', '-y', '-q', 'chromium'], { env });
    if (existsSync(chromium)) return chromium;
  }
  console.error(
    `\n✖ ${purpose} need Chromium at ${chromium}, and it is missing.\n` +
      `  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
      `  or point CHROMIUM_PATH at a Chromium/Chrome binary. Browser tests are never skipped.`,
  );
  process.exit(1);
}
