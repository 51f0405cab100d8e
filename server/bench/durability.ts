// Durability probe of the sync benchmark: what a crash costs. One client
// makes K edits of one card's text (one every EVERY_MS); the server is
// SIGKILLed KILL_AFTER_MS after the last and restarted on the same data; a
// new client reads the card back. The edits arrive in order, so the text it
// reads ("e:<k>") tells how many survived. Ours commits each update before
// relaying it; Hocuspocus's SQLite extension stores 2 s after a document's
// last change, at the latest 10 s after its first (default debounce).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCard, cardsMap, editCardText } from '@nws/shared';
import { killHard, sleep, startHocuspocus, startOurs } from './lib.js';
import { connect, roomFor, type Peer } from './peers.js';

export const K = 30;
export const EVERY_MS = 400;
export const KILL_AFTER_MS = 500;

async function synced(peer: Peer, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!peer.synced()) {
    if (Date.now() > deadline) throw new Error(`durability probe: ${what} did not sync`);
    await sleep(50);
  }
}

/** Edits lost (of K) when this server is SIGKILLed KILL_AFTER_MS after the last one. */
async function lost(kind: 'ours' | 'hocuspocus', port: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'nws-bench-durability-'));
  const start = () =>
    kind === 'ours' ? startOurs(port, { DATA_DIR: dir }) : startHocuspocus(port, join(dir, 'hocuspocus.sqlite'));
  let server = await start();
  const room = await roomFor(server, kind, 2);
  const writer = connect(room, 0);
  await synced(writer, `${kind} writer`);
  const id = addCard(writer.doc, { authorId: writer.authorId, text: 'e:0', x: 0, y: 0 }).id;
  // The card itself is stored by both before the edits start (past Hocuspocus's 2 s debounce).
  await sleep(3000);
  for (let k = 1; k <= K; k++) {
    editCardText(writer.doc, id, `e:${k}`);
    await sleep(k < K ? EVERY_MS : KILL_AFTER_MS);
  }
  await killHard(server);
  // Gone before the restart: it would send the lost edits again on reconnecting.
  writer.destroy();
  writer.doc.destroy();
  server = await start();
  const reader = connect(room, 1);
  await synced(reader, `${kind} reader after the restart`);
  const card = cardsMap(reader.doc).get(id);
  const text: unknown = card?.get('text');
  reader.destroy();
  reader.doc.destroy();
  await server.stop();
  const m = typeof text === 'string' ? /^e:(\d+)$/.exec(text) : null;
  return K - (m ? Number(m[1]) : 0);
}

/** Edits lost on SIGKILL by ours and by Hocuspocus, on ports port and port + 1. */
export async function durabilityProbe(port: number): Promise<{ ours: number; hocuspocus: number }> {
  return { ours: await lost('ours', port), hocuspocus: await lost('hocuspocus', port + 1) };
}
