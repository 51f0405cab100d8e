// Integration: nothing the server relayed is lost — not to SIGKILL, not to
// compaction — and a room whose storage cannot be read is refused, not
// served empty.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addCard, cardsMap, editCardText, getCard, listCards, roomName } from '@nws/shared';
import {
  ChildServer,
  connectClient,
  createWorkshop,
  freePort,
  rawSocket,
  startTestServer,
  tempDataDir,
  waitFor,
  type TestClient,
} from '../testing/harness.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Card ids a client has received from the server: those in its doc that it did not write itself. */
function receivedIds(client: TestClient, ownIds: Set<string>): string[] {
  return listCards(client.doc)
    .map((c) => c.id)
    .filter((id) => !ownIds.has(id));
}

/** Our server as a child process (to SIGKILL) on a fresh data folder, with a workshop. */
async function killableServerWithWorkshop() {
  const server = new ChildServer(tempDataDir(), await freePort());
  cleanups.push(() => server.kill());
  await server.start();
  return { server, ws: await createWorkshop(server.url) };
}

describe('SIGKILL while clients write', () => {
  it.each([2, 20])(
    'loses no update that any of %i writing clients had received from the server',
    async (writerCount) => {
      const { server, ws } = await killableServerWithWorkshop();
      const writers: TestClient[] = [];
      for (let i = 0; i < writerCount; i++) writers.push(connectClient(server.url, ws.id, await ws.join(`W${i}`)));
      cleanups.push(() => writers.forEach((w) => w.destroy()));
      await Promise.all(writers.map((w) => w.synced));
      const own = writers.map(() => new Set<string>());
      let writing = true;
      const loops = writers.map(async (w, i) => {
        let n = 0;
        while (writing) {
          own[i]!.add(addCard(w.doc, { authorId: w.authorId, text: `w${i}-${n++}`, x: n, y: i }).id);
          await new Promise((r) => setTimeout(r, writerCount > 2 ? 20 : 2));
        }
      });
      await waitFor(
        () => writers.every((w, i) => receivedIds(w, own[i]!).length > 50),
        'every client receiving',
        30_000,
      );
      // Snapshot what each client has received from the server, then kill at once.
      await server.kill();
      writing = false;
      await Promise.all(loops);
      const received = new Set(writers.flatMap((w, i) => receivedIds(w, own[i]!)));
      writers.forEach((w) => w.provider.disconnect());
      expect(received.size).toBeGreaterThan(50);

      await server.start();
      const checker = connectClient(server.url, ws.id, ws.moderatorToken);
      cleanups.push(() => checker.destroy());
      await checker.synced;
      const stored = new Set(listCards(checker.doc).map((c) => c.id));
      const missing = [...received].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
    },
  );
});

describe('SIGKILL while 20 clients type (group commit)', () => {
  it('loses no keystroke that any client had received from the server', async () => {
    const { server, ws } = await killableServerWithWorkshop();
    const typists: TestClient[] = [];
    for (let i = 0; i < 20; i++) typists.push(connectClient(server.url, ws.id, await ws.join(`T${i}`)));
    cleanups.push(() => typists.forEach((w) => w.destroy()));
    await Promise.all(typists.map((w) => w.synced));
    // Each types into a card of their own, a letter at a time (every keystroke one update).
    const cards = typists.map((w, i) => addCard(w.doc, { authorId: w.authorId, text: '', x: i, y: 0 }).id);
    let typing = true;
    const loops = typists.map(async (w, i) => {
      let text = '';
      while (typing) {
        text += String.fromCharCode(97 + (text.length % 26));
        editCardText(w.doc, cards[i]!, text);
        await new Promise((r) => setTimeout(r, 25));
      }
    });
    const seenBy = (w: TestClient, i: number) =>
      cards.filter((_, j) => j !== i).map((id) => [id, getCard(w.doc, id)?.text ?? ''] as const);
    await waitFor(
      () => typists.every((w, i) => seenBy(w, i).every(([, t]) => t.length > 10)),
      'every client receiving everyone’s typing',
      30_000,
    );
    await server.kill();
    typing = false;
    await Promise.all(loops);
    // What each client had received of the others' texts.
    const received = typists.flatMap((w, i) => seenBy(w, i));
    typists.forEach((w) => w.provider.disconnect());

    await server.start();
    const checker = connectClient(server.url, ws.id, ws.moderatorToken);
    cleanups.push(() => checker.destroy());
    await checker.synced;
    // Typing only appends: what was received is the stored text or a beginning of it.
    const lost = received.filter(([id, text]) => !(getCard(checker.doc, id)?.text ?? '').startsWith(text));
    expect(received.length).toBe(20 * 19);
    expect(lost).toEqual([]);
  });
});

describe('restart and compaction', () => {
  it('after a graceful restart the room equals what clients last received', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer({ DATA_DIR: dataDir, COMPACT_EVERY: '7' });
    const ws = await createWorkshop(first.url);
    const a = connectClient(first.url, ws.id, ws.moderatorToken);
    await a.synced;
    for (let i = 0; i < 30; i++) addCard(a.doc, { authorId: a.authorId, text: `Karte ${i}`, x: i, y: 0 });
    const b = connectClient(first.url, ws.id, await ws.join('B'));
    await b.synced;
    await waitFor(() => listCards(b.doc).length === 30, 'all cards at b');
    const seen = Y.encodeStateAsUpdate(b.doc);
    a.destroy();
    b.destroy();
    await first.close();

    const second = await startTestServer({ DATA_DIR: dataDir });
    cleanups.push(() => second.close());
    const c = connectClient(second.url, ws.id, ws.moderatorToken);
    cleanups.push(() => c.destroy());
    await c.synced;
    const expected = new Y.Doc();
    Y.applyUpdate(expected, seen);
    expect(listCards(c.doc)).toEqual(listCards(expected));
  });

  it('compacts the update log into one snapshot without losing state', async () => {
    const server = await startTestServer({ COMPACT_EVERY: '10' });
    cleanups.push(() => server.close());
    const ws = await createWorkshop(server.url);
    const a = connectClient(server.url, ws.id, ws.moderatorToken);
    cleanups.push(() => a.destroy());
    await a.synced;
    for (let i = 0; i < 35; i++) {
      addCard(a.doc, { authorId: a.authorId, text: `c${i}`, x: 0, y: 0 });
      await new Promise((r) => setTimeout(r, 1));
    }
    const room = roomName(ws.id, 'board');
    await waitFor(() => {
      const r = server.rooms.get(room);
      return r !== undefined && cardsMap(r.doc).size === 35;
    }, 'server has all cards');
    // Stored once the last batch is durable and the compaction after it has run.
    await waitFor(() => server.updateLog.load(room).updates.length < 10, 'compacted');
    const stored = server.updateLog.load(room);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(10);
    const rebuilt = new Y.Doc();
    Y.applyUpdate(rebuilt, stored.snapshot!);
    for (const u of stored.updates) Y.applyUpdate(rebuilt, u.data);
    expect(listCards(rebuilt)).toEqual(listCards(a.doc));
  });
});

describe('a room that cannot be loaded', () => {
  it('is refused with 503 and its stored rows stay untouched', async () => {
    const dataDir = tempDataDir();
    const first = await startTestServer({ DATA_DIR: dataDir });
    const ws = await createWorkshop(first.url);
    const a = connectClient(first.url, ws.id, ws.moderatorToken);
    await a.synced;
    const card = addCard(a.doc, { authorId: a.authorId, text: 'wichtig', x: 0, y: 0 });
    await waitFor(() => first.updateLog.pending(roomName(ws.id, 'board')) > 0, 'stored');
    a.destroy();
    await first.close();

    // Corrupt storage: a row that is not a Yjs update.
    const db = new Database(join(dataDir, 'netzwerkstatt.sqlite'));
    db.prepare('INSERT INTO updates (room, data, created_at) VALUES (?, ?, ?)').run(
      roomName(ws.id, 'board'),
      Buffer.from([0xff, 0xff, 0xff, 0x01]),
      Date.now(),
    );
    const rowsBefore = db.prepare('SELECT id, hex(data) AS h FROM updates ORDER BY id').all();
    const snapshotsBefore = db.prepare('SELECT room, hex(data) AS h, upto_id FROM snapshots').all();
    db.close();

    const second = await startTestServer({ DATA_DIR: dataDir });
    cleanups.push(() => second.close());
    expect((await rawSocket(second.url, ws.id, ws.moderatorToken)).status).toBe(503);
    const client = connectClient(second.url, ws.id, ws.moderatorToken);
    cleanups.push(() => client.destroy());
    await new Promise((r) => setTimeout(r, 300));
    expect(client.provider.synced).toBe(false);
    expect(listCards(client.doc)).toEqual([]);
    const rowsAfter = second.db.prepare('SELECT id, hex(data) AS h FROM updates ORDER BY id').all();
    expect(rowsAfter).toEqual(rowsBefore);
    expect(second.db.prepare('SELECT room, hex(data) AS h, upto_id FROM snapshots').all()).toEqual(snapshotsBefore);
    // the good data is still there for whoever repairs it
    const good = new Y.Doc();
    Y.applyUpdate(good, second.updateLog.load(roomName(ws.id, 'board')).snapshot!);
    expect(getCard(good, card.id)?.text).toBe('wichtig');
  });
});
