// The Hocuspocus peer of the sync benchmark (started by startHocuspocus in
// lib.ts): @hocuspocus/server with its SQLite extension, as installed by
// ensureHocuspocus into .bench/hocuspocus (not a workspace dependency), on
// HOST:PORT, storing to the SQLite file HOCUSPOCUS_DB. The debounce is left
// at its defaults — a document is stored 2 s after its last change, at the
// latest 10 s after the first — since that is what is compared: updates are
// relayed at once and stored later. Prints "HOCUSPOCUS READY <url>" when it
// listens.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.HOCUSPOCUS_DIR ?? fileURLToPath(new URL('../../.bench/hocuspocus/', import.meta.url));
// Resolves packages as a file in .bench/hocuspocus would.
const require = createRequire(join(dir, 'server.cjs'));
const { Server } = require('@hocuspocus/server');
const { SQLite } = require('@hocuspocus/extension-sqlite');

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 1234);
const database = process.env.HOCUSPOCUS_DB;
if (!database) throw new Error('HOCUSPOCUS_DB (a SQLite file) is required');

const server = new Server({
  address: host,
  port,
  quiet: true,
  extensions: [new SQLite({ database })],
});
await server.listen();
console.log(`HOCUSPOCUS READY ws://${host}:${port}`);
