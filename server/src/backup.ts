// `npm run backup -- <file>`: copies the live database (DATA_DIR) to <file>.
import { join, resolve } from 'node:path';
import { loadConfig } from './config.js';
import { backupDatabase } from './store/backup.js';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run backup -- <target-file.sqlite>');
  process.exit(2);
}
// npm and pnpm run scripts in the package folder; paths are meant from where the user typed them.
const base = process.env.INIT_CWD ?? process.cwd();
const file = resolve(base, target);
const config = loadConfig({ ...process.env, DATA_DIR: resolve(base, process.env.DATA_DIR ?? './data') });
backupDatabase(join(config.dataDir, 'netzwerkstatt.sqlite'), file).then(
  ({ pages }) => console.log(`backup written to ${file} (${pages} pages)`),
  (err: unknown) => {
    console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
