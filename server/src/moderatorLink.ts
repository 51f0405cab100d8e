// `npm run moderator-link -- [workshopId]`: mints a new link for a workshop's
// first moderator (the demo workshop's without an id) and prints it; the old
// moderator link stops working. For a lost link: the server keeps tokens only
// as hashes, so a link cannot be shown again, only renewed. Works while the
// server runs (SQLite WAL).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { openDatabase } from './store/db.js';
import { WorkshopStore } from './store/workshopStore.js';
import { moderatorLink } from './demo.js';

// The server runs in server/ (npm start), so a relative DATA_DIR means the same folder here.
const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = loadConfig({ ...process.env, DATA_DIR: resolve(serverDir, process.env.DATA_DIR ?? './data') });
const db = openDatabase(join(config.dataDir, 'netzwerkstatt.sqlite'));
const workshops = new WorkshopStore(db);
const demo = workshops.getSetting('demo');
const workshopId = process.argv[2] ?? (demo ? (JSON.parse(demo) as { workshopId: string }).workshopId : undefined);
const sessionId = workshopId ? workshops.firstModerator(workshopId) : null;
if (!workshopId || !sessionId) {
  console.error(
    workshopId
      ? `Kein Workshop ${workshopId} mit Moderation gefunden.`
      : 'usage: npm run moderator-link -- <workshopId>',
  );
  process.exit(2);
}
const base = config.publicUrl ?? `http://localhost:${config.port}`;
console.log(
  `Neuer Moderationslink (der alte gilt nicht mehr):\n  ${moderatorLink(base, workshopId, workshops.renewToken(sessionId))}`,
);
db.close();
