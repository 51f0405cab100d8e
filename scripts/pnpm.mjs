// `node scripts/pnpm.mjs <args>`: the project's pinned pnpm, installed on first use.
import { pnpm } from './toolchain.mjs';

pnpm(process.argv.slice(2));
