// Entry point: configuration from the environment, start, print the demo
// links, and shut down cleanly on SIGINT/SIGTERM (rooms compacted, sockets
// closed with 4503 so clients reconnect to the next instance).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { jsonLogger, startServer } from './server.js';
import { ensureDemoWorkshop } from './demo.js';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const config = loadConfig(process.env, { clientDist: resolve(here, '../../client/dist') });
  const server = await startServer(config);
  const base =
    config.publicUrl ??
    `http://${config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host}:${server.port}`;
  console.log(`Netzwerkstatt läuft auf ${base}  (Daten: ${config.dataDir})`);
  if (config.demoWorkshop) {
    const demo = ensureDemoWorkshop(server.workshops, server.updateLog, base);
    console.log('\nDemo-Workshop:');
    if (demo.moderator) console.log(`  Moderation:     ${demo.moderator}`);
    console.log(`  Teilnehmende:   ${demo.participant}   (Code ${demo.joinCode})`);
    if (demo.screen) console.log(`  Leinwand:       ${demo.screen}`);
    if (!demo.moderator) {
      // Links are shown once: the server keeps only hashes of tokens.
      console.log(`  Moderationslink verloren? Neuen erzeugen: npm run moderator-link -- ${demo.workshopId}`);
    }
    console.log(`\nNeuer Workshop: ${base}/\n`);
  }
  if (!config.boardRules)
    console.log('ACHTUNG: BOARD_RULES=off — Board-Updates werden ungeprüft angenommen (nur für den Benchmark).');
  console.log(`READY ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    jsonLogger('shutting down', { signal });
    void server.close().then(() => process.exit(0));
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // Benchmarks only (node --expose-gc): SIGUSR2 collects garbage and prints the memory in use.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc)
    process.on('SIGUSR2', () => {
      gc();
      console.log(`MEMORY ${JSON.stringify(process.memoryUsage())}`);
    });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
