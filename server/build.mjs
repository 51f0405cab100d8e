// `pnpm --filter @nws/server build`: the production server as plain
// JavaScript (dist/), so `npm start` runs Node on compiled code instead of a
// TypeScript loader. esbuild bundles our own code (server and the shared
// domain package, which ships TypeScript); every npm dependency stays an
// import resolved from node_modules at run time (better-sqlite3's native
// module, one Yjs instance).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((d) => !d.startsWith('@nws/'));

await build({
  entryPoints: ['src/main.ts', 'src/backup.ts', 'src/moderatorLink.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external,
  sourcemap: true,
  logLevel: 'warning',
});
