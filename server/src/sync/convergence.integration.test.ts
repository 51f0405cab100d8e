// Convergence, in the spirit of Yjs's own randomized tests: clients through
// the real server apply random board operations while randomly going
// offline and back, forbidden ones (refused by the board rules) mixed in.
// At the end every client is identical, and a document
// rebuilt from the stored update log equals the live one. The seed is
// printed on failure (TEST_SEED=… reruns it).
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addGoal,
  addTheme,
  assignToCluster,
  createCluster,
  deleteCard,
  editCardText,
  listCards,
  listClusters,
  listGoals,
  moveCard,
  moveGoal,
  roomName,
  stackCard,
} from '@nws/shared';
import {
  connectClient,
  contentOf,
  createWorkshop,
  startTestServer,
  waitFor,
  type TestClient,
} from '../testing/harness.js';
import { prng, seedFromEnv } from '../testing/prng.js';

const seed = seedFromEnv('TEST_SEED', 424242);
const CLIENTS = 7;
const ROUNDS = 60;

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
afterAll(() => server?.close());

const query = { id: 'query-conv', areaX: 2000, areaY: 0 };

function randomOp(doc: Y.Doc, r: ReturnType<typeof prng>, n: number, authorId: string | undefined): void {
  const cards = listCards(doc);
  const card = cards.length ? r.pick(cards) : null;
  const clusters = listClusters(doc);
  try {
    switch (r.int(9)) {
      case 0:
      case 1:
        addCard(doc, {
          authorId,
          text: `k${n}`,
          x: r.int(2000),
          y: r.int(2000),
          queryId: r.int(2) ? query.id : undefined,
        });
        break;
      case 2:
        if (card) editCardText(doc, card.id, `${card.text}+${n}`);
        break;
      case 3:
        if (card) moveCard(doc, card.id, r.int(3000), r.int(3000));
        break;
      case 4:
        if (card && r.int(3) === 0) deleteCard(doc, card.id);
        break;
      case 5:
        if (cards.length >= 2) createCluster(doc, query, { name: `c${n}`, cardIds: [r.pick(cards).id] });
        break;
      case 6:
        if (card && clusters.length) assignToCluster(doc, [card.id], r.int(4) ? r.pick(clusters).id : null);
        break;
      case 7:
        if (cards.length >= 2) stackCard(doc, r.pick(cards).id, r.pick(cards).id);
        break;
      default: {
        const goals = listGoals(doc);
        const overall = goals.find((g) => g.level === 'overall');
        if (!overall) addGoal(doc, { level: 'overall', parentId: null, text: `o${n}` });
        else if (r.int(2)) addGoal(doc, { level: 'framework', parentId: overall.id, text: `f${n}` });
        else {
          const fw = goals.filter((g) => g.level === 'framework');
          if (fw.length) moveGoal(doc, r.pick(fw).id, overall.id, r.int(fw.length));
          else addTheme(doc, { title: `t${n}`, caseId: null });
        }
      }
    }
  } catch {
    // Operations on entities another client just deleted fail like they would in the UI.
  }
}

describe(`convergence (seed ${seed})`, () => {
  it(`${CLIENTS} clients, ${ROUNDS} rounds of random operations and disconnects, converge; storage equals live`, async () => {
    server = await startTestServer({ COMPACT_EVERY: '25' });
    const ws = await createWorkshop(server.url);
    const r = prng(seed);
    const clients: TestClient[] = [];
    // One moderator and participants: participants' operations on other people's cards, on
    // clusters of an unrevealed query and on the goal tree are refused by the board rules
    // (4409); the refused client drops its copy and syncs afresh, like the real client.
    clients.push(connectClient(server.url, ws.id, ws.moderatorToken));
    for (let i = 1; i < CLIENTS; i++) clients.push(connectClient(server.url, ws.id, await ws.join(`C${i}`)));
    await Promise.all(clients.map((c) => c.synced));
    let n = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const c of clients) {
        if (r.int(10) === 0) {
          if (c.provider.shouldConnect) c.provider.disconnect();
          else c.provider.connect();
        }
        for (let k = r.int(4); k > 0; k--) randomOp(c.doc, r, n++, c.authorId);
      }
      await new Promise((res) => setTimeout(res, r.int(15)));
    }
    for (const c of clients) if (!c.provider.shouldConnect) c.provider.connect();
    const same = () => {
      const first = contentOf(clients[0]!.doc);
      return clients.every((c) => c.provider.synced && contentOf(c.doc) === first);
    };
    await waitFor(same, `clients to converge (seed ${seed})`, 20_000);
    const live = server.rooms.get(roomName(ws.id, 'board'))!.doc;
    await waitFor(() => contentOf(live) === contentOf(clients[0]!.doc), `server to converge (seed ${seed})`);
    const stored = server.updateLog.load(roomName(ws.id, 'board'));
    const rebuilt = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(rebuilt, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(rebuilt, u.data);
    expect(contentOf(rebuilt), `seed ${seed}`).toBe(contentOf(live));
    expect(listCards(live).length, `seed ${seed}: the run did something`).toBeGreaterThan(10);
    expect(
      clients.reduce((sum, c) => sum + c.refusals, 0),
      `seed ${seed}: forbidden operations were mixed in`,
    ).toBeGreaterThan(0);
    clients.forEach((c) => c.destroy());
  });
});
