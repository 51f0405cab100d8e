// Fault injection: the server restarts (or dies) under connected clients.
// They reconnect by themselves, edits made while it was away arrive, and
// they go on editing together.
import { afterEach, describe, expect, it } from 'vitest';
import { addCard, getCard, listCards } from '@nws/shared';
import {
  ChildServer,
  connectClient,
  createWorkshop,
  freePort,
  tempDataDir,
  waitFor,
  type TestClient,
} from '../testing/harness.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe.each(['SIGTERM', 'SIGKILL'] as const)('server %s with clients connected', (signal) => {
  it('clients reconnect by themselves and continue; offline edits merge', async () => {
    const server = new ChildServer(tempDataDir(), await freePort());
    cleanups.push(() => server.kill());
    await server.start();
    const ws = await createWorkshop(server.url);
    const clients: TestClient[] = [];
    for (const name of ['A', 'B', 'C']) clients.push(connectClient(server.url, ws.id, await ws.join(name)));
    cleanups.push(() => clients.forEach((c) => c.destroy()));
    await Promise.all(clients.map((c) => c.synced));
    const before = addCard(clients[0]!.doc, { authorId: clients[0]!.authorId, text: 'vor dem Neustart', x: 0, y: 0 });
    await waitFor(() => clients.every((c) => getCard(c.doc, before.id)), 'card before restart');

    if (signal === 'SIGKILL') await server.kill();
    else await server.stop();
    await waitFor(() => clients.every((c) => !c.provider.wsconnected), 'clients notice');
    // Edits while the server is away stay local ...
    const offline = addCard(clients[1]!.doc, {
      authorId: clients[1]!.authorId,
      text: 'während der Server weg war',
      x: 0,
      y: 0,
    });
    await server.start();
    // ... and arrive after the clients reconnected on their own.
    await waitFor(() => clients.every((c) => c.provider.wsconnected), 'clients reconnected', 15_000);
    await waitFor(() => clients.every((c) => getCard(c.doc, offline.id)), 'offline card everywhere', 10_000);
    const after = addCard(clients[2]!.doc, { authorId: clients[2]!.authorId, text: 'nach dem Neustart', x: 0, y: 0 });
    await waitFor(() => clients.every((c) => getCard(c.doc, after.id)), 'card after restart', 10_000);
    const texts = (c: TestClient) =>
      listCards(c.doc)
        .map((x) => x.text)
        .sort();
    expect(texts(clients[0]!)).toEqual(['nach dem Neustart', 'vor dem Neustart', 'während der Server weg war']);
    expect(new Set(clients.map((c) => JSON.stringify(texts(c)))).size).toBe(1);
  });
});
