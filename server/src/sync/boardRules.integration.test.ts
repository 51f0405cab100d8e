// Integration: the board rules hold against participants using the stock
// y-websocket client. Each forbidden change is refused whole: the sender is
// closed with 4409, nothing of it reaches the other clients or the update
// log, and the sender comes back to the server's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addGoal,
  addTheme,
  cardsMap,
  carriedFrom,
  carriedMap,
  cellKey,
  createCluster,
  deleteCard,
  dissolveCluster,
  editCardText,
  getCard,
  getCluster,
  getQuery,
  goalText,
  GOAL_TEXT_MAX,
  listCards,
  listGoals,
  listThemes,
  moveCard,
  roomName,
  textsMap,
} from '@nws/shared';
import {
  api,
  connectClient,
  contentOf,
  createWorkshop,
  startTestServer,
  waitFor,
  type TestClient,
  type TestWorkshop,
} from '../testing/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let ws: TestWorkshop;
let moderator: TestClient;
let ana: TestClient; // Jobcenter
let ben: TestClient; // Jugendamt
let anasCard: string;
let bensCard: string;

const board = () => server.rooms.get(roomName(ws.id, 'board'))!.doc;
const storedCount = () => {
  const s = server.updateLog.load(roomName(ws.id, 'board'));
  return s.updates.length + (s.snapshot ? 1 : 0) * 1e6;
};
const content = contentOf;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkshop(server.url);
  moderator = connectClient(server.url, ws.id, ws.moderatorToken);
  ana = connectClient(server.url, ws.id, await ws.join('Ana', 'Jobcenter'));
  ben = connectClient(server.url, ws.id, await ws.join('Ben', 'Jugendamt'));
  await Promise.all([moderator.synced, ana.synced, ben.synced]);
  anasCard = addCard(ana.doc, { authorId: ana.authorId, text: 'Ana schreibt', x: 0, y: 0 }).id;
  bensCard = addCard(ben.doc, { authorId: ben.authorId, text: 'Ben schreibt', x: 10, y: 0 }).id;
  addGoal(moderator.doc, { level: 'overall', parentId: null, text: 'Kinder wachsen gut auf' });
  addTheme(moderator.doc, { title: 'Übergänge', caseId: null });
  await waitFor(
    () => [ana, ben, moderator].every((c) => listCards(c.doc).length === 2 && listGoals(c.doc).length === 1),
    'setup at every client',
  );
});
afterAll(() => {
  [moderator, ana, ben].forEach((c) => c.destroy());
  return server.close();
});

/**
 * Runs a forbidden change on `sender`'s document and checks the whole contract:
 * refused (4409 → the client starts afresh), not relayed, not stored, sender converges.
 */
async function expectRefused(sender: TestClient, change: (doc: Y.Doc) => void): Promise<void> {
  const others = [moderator, ana, ben].filter((c) => c !== sender);
  const before = content(board());
  const othersBefore = others.map((c) => content(c.doc));
  const stored = storedCount();
  const refusals = sender.refusals;
  change(sender.doc);
  await waitFor(() => sender.refusals === refusals + 1, 'the refusal');
  await waitFor(
    () => sender.provider.synced && content(sender.doc) === before,
    'the sender back at the server’s state',
  );
  await new Promise((r) => setTimeout(r, 50));
  expect(content(board())).toBe(before);
  expect(others.map((c) => content(c.doc))).toEqual(othersBefore);
  expect(storedCount()).toBe(stored);
}

describe('board rules against a raw participant client', () => {
  it('lets participants write, edit and delete their own cards', async () => {
    editCardText(ana.doc, anasCard, 'Ana schreibt neu');
    const extra = addCard(ana.doc, { authorId: ana.authorId, text: 'weg damit', x: 5, y: 5 });
    await waitFor(() => getCard(ben.doc, extra.id) !== null, 'Ana’s card at Ben');
    deleteCard(ana.doc, extra.id);
    await waitFor(
      () => getCard(ben.doc, extra.id) === null && getCard(ben.doc, anasCard)?.text === 'Ana schreibt neu',
      'Ana’s edits at Ben',
    );
    expect(ana.refusals).toBe(0);
  });

  it('refuses deleting another person’s card', async () => {
    await expectRefused(ana, (d) => deleteCard(d, bensCard));
    expect(getCard(board(), bensCard)).not.toBeNull();
  });

  it('refuses editing or moving another person’s card', async () => {
    await expectRefused(ana, (d) => editCardText(d, bensCard, 'gefälscht'));
    await expectRefused(ana, (d) => moveCard(d, bensCard, 500, 500));
  });

  it('refuses a forged authorId, on a new card and on one’s own', async () => {
    await expectRefused(ana, (d) => addCard(d, { authorId: ben.authorId, text: 'als Ben', x: 0, y: 0 }));
    await expectRefused(ana, (d) => addCard(d, { text: 'ohne Autorin', x: 0, y: 0 }));
    await expectRefused(ana, (d) => (cardsMap(d).get(anasCard) as Y.Map<unknown>).set('authorId', ben.authorId));
  });

  it('refuses a 75,000-deep chain of nested maps under a card, and any nesting where the schema has none', async () => {
    await expectRefused(ana, (d) => {
      const card = cardsMap(d).get(anasCard) as Y.Map<unknown>;
      d.transact(() => {
        let m = new Y.Map<unknown>();
        card.set('text', m);
        for (let i = 0; i < 75_000; i++) {
          const next = new Y.Map<unknown>();
          m.set('n', next);
          m = next;
        }
      });
    });
    await expectRefused(ana, (d) => (cardsMap(d).get(anasCard) as Y.Map<unknown>).set('color', new Y.Map()));
  });

  it('refuses oversized values that are under the frame limit', async () => {
    await expectRefused(ana, (d) => (cardsMap(d).get(anasCard) as Y.Map<unknown>).set('text', 'x'.repeat(281)));
    await expectRefused(ana, (d) => (cardsMap(d).get(anasCard) as Y.Map<unknown>).set('note', 'x'.repeat(500_000)));
    // A goal text is limited to what the goal model allows, not to the longer limit of grid cells.
    const goal = listGoals(board())[0]!;
    await expectRefused(ana, (d) => goalText(d, goal.id, 'indicators')!.insert(0, 'x'.repeat(GOAL_TEXT_MAX + 1)));
  });

  it('refuses a participant wiping the board: cards, themes and goals', async () => {
    await expectRefused(ana, (d) => d.transact(() => [...cardsMap(d).keys()].forEach((k) => cardsMap(d).delete(k))));
    await expectRefused(ana, (d) => d.transact(() => listThemes(d).forEach((t) => d.getMap('themes').delete(t.id))));
    await expectRefused(ana, (d) => d.transact(() => listGoals(d).forEach((g) => d.getMap('goals').delete(g.id))));
    expect(listCards(board())).toHaveLength(2);
  });

  it('refuses changing the goal tree’s structure, and allows the moderation to', async () => {
    const overall = listGoals(board())[0]!;
    await expectRefused(ana, (d) => addGoal(d, { level: 'framework', parentId: overall.id, text: 'eigenmächtig' }));
    addGoal(moderator.doc, { level: 'framework', parentId: overall.id, text: 'Rahmenziel' });
    await waitFor(() => listGoals(ana.doc).length === 2, 'the moderation’s goal at Ana');
    expect(moderator.refusals).toBe(0);
  });

  it('refuses every client write to where carried entities came from, the moderation’s too', async () => {
    const from = { workshopId: 'ws-earlier-01', workshopName: 'Planungskonferenz', at: 1 };
    server.rooms.open(roomName(ws.id, 'board')).change((d) => carriedMap(d).set('theme-carried-1', from));
    await waitFor(() => carriedFrom(moderator.doc, 'theme-carried-1') !== null, 'the provenance at the moderation');
    await expectRefused(moderator, (d) => carriedMap(d).set('theme-forged-1', { ...from, workshopId: 'elsewhere' }));
    await expectRefused(moderator, (d) => carriedMap(d).delete('theme-carried-1'));
    await expectRefused(ana, (d) => carriedMap(d).set('theme-carried-1', { ...from, workshopName: 'gefälscht' }));
    expect(carriedFrom(board(), 'theme-carried-1')).toEqual(from);
  });

  it('refuses writing into another organisation’s perspective-grid row, and allows one’s own', async () => {
    const conf = (path: string, body: unknown) =>
      api<{ case?: { id: string } }>(server.url, `/api/workshops/${ws.id}/conference${path}`, {
        body,
        token: ws.moderatorToken,
      });
    const caseId = (await conf('/cases', { title: 'Familie K.', narration: 'K.', caseGiverId: null })).body.case!.id;
    expect((await conf('/step', { stepId: 'actor-perspectives', caseId })).body).toHaveProperty('position');
    const own = cellKey(caseId, 'actor-perspectives', 'jobcenter', 0);
    const foreign = cellKey(caseId, 'actor-perspectives', 'jugendamt', 0);
    await waitFor(() => textsMap(ana.doc).get(foreign) instanceof Y.Text, 'the grid at Ana');
    (textsMap(ana.doc).get(own) as Y.Text).insert(0, 'Sicht des Jobcenters');
    await waitFor(
      () => (textsMap(ben.doc).get(own) as Y.Text | undefined)?.toString() === 'Sicht des Jobcenters',
      'Ana’s row at Ben',
    );
    await expectRefused(ana, (d) => (textsMap(d).get(foreign) as Y.Text).insert(0, 'fremde Zeile'));

    // An organisation with "/" in its name writes its own row too (the row id is not cut at the "/").
    const cemToken = await ws.join('Cem', 'Jugendamt/ASD');
    const cem = connectClient(server.url, ws.id, cemToken);
    await cem.synced;
    const row = await api(server.url, `/api/workshops/${ws.id}/conference/grids/${caseId}/actor-perspectives/rows`, {
      body: {},
      token: cemToken,
    });
    expect(row.status).toBe(201);
    const cems = cellKey(caseId, 'actor-perspectives', 'jugendamt/asd', 0);
    await waitFor(() => textsMap(cem.doc).get(cems) instanceof Y.Text, 'Cem’s row at Cem');
    (textsMap(cem.doc).get(cems) as Y.Text).insert(0, 'Sicht des ASD');
    await waitFor(
      () => (textsMap(ana.doc).get(cems) as Y.Text | undefined)?.toString() === 'Sicht des ASD',
      'Cem’s row at Ana',
    );
    expect(cem.refusals).toBe(0);
    cem.destroy();
  });

  it('refuses new cards during the case narration, and allows them again after it', async () => {
    const conf = (body: unknown) =>
      api(server.url, `/api/workshops/${ws.id}/conference/step`, { body, token: ws.moderatorToken });
    const caseId = (
      await api<{ case: { id: string } }>(server.url, `/api/workshops/${ws.id}/conference/cases`, {
        body: { title: 'Fall 2', narration: '', caseGiverId: null },
        token: ws.moderatorToken,
      })
    ).body.case.id;
    expect((await conf({ stepId: 'narration', caseId })).status).toBe(200);
    await expectRefused(ben, (d) =>
      addCard(d, { authorId: ben.authorId, text: 'während der Schilderung', x: 0, y: 0 }),
    );
    expect((await conf({ stepId: 'reconstruction', caseId })).status).toBe(200);
    const ok = addCard(ben.doc, { authorId: ben.authorId, text: 'danach', x: 0, y: 0 });
    await waitFor(() => getCard(ana.doc, ok.id) !== null, 'the card after the narration');
  });

  it('refuses public cards during a private card query, and participants dissolving or promoting clusters', async () => {
    const call = <T>(path: string, body: unknown) =>
      api<T>(server.url, `/api/workshops/${ws.id}${path}`, { body, token: ws.moderatorToken });
    const q = (await call<{ query: { id: string } }>('/queries', { question: 'Wer fehlt?', mode: 'named' })).body.query;
    await expectRefused(ana, (d) => addCard(d, { authorId: ana.authorId, text: 'öffentlich', x: 0, y: 0 }));
    expect((await call(`/queries/${q.id}/reveal`, {})).status).toBe(200);
    // After the reveal the moderation clusters; participants may cluster too, but not dissolve or promote.
    const query = getQuery(server.rooms.open(roomName(ws.id, 'control')).doc, q.id)!;
    const cluster = createCluster(moderator.doc, query, { name: 'Ämter' });
    await waitFor(() => getCluster(ana.doc, cluster.id) !== null, 'the cluster at Ana');
    await expectRefused(ana, (d) => dissolveCluster(d, cluster.id));
    await expectRefused(ana, (d) => addTheme(d, { title: 'aus dem Cluster', caseId: null, source: 'cluster' }));
    await expectRefused(ana, (d) => d.getMap('themes').delete(listThemes(d)[0]!.id));
  });
});

describe('a damaged board from before the rules', () => {
  it('loads repaired: the deep chain is gone, the well-formed cards stay, clients can read it', async () => {
    const other = await createWorkshop(server.url, 'Altbestand');
    const bad = new Y.Doc();
    const good = addCard(bad, { text: 'bleibt', x: 0, y: 0 });
    const broken = addCard(bad, { text: 'kaputt', x: 0, y: 0 });
    bad.transact(() => {
      let m = new Y.Map<unknown>();
      (cardsMap(bad).get(broken.id) as Y.Map<unknown>).set('text', m);
      for (let i = 0; i < 75_000; i++) {
        const next = new Y.Map<unknown>();
        m.set('n', next);
        m = next;
      }
    });
    // Stored directly, as an old server without the rules would have stored it.
    server.updateLog.append(roomName(other.id, 'board'), Y.encodeStateAsUpdate(bad));
    const reader = connectClient(server.url, other.id, other.moderatorToken);
    await reader.synced;
    await waitFor(() => getCard(reader.doc, good.id) !== null, 'the well-formed card');
    expect(() => JSON.stringify(reader.doc.toJSON())).not.toThrow();
    expect(getCard(reader.doc, broken.id)).toBeNull();
    const stored = server.updateLog.load(roomName(other.id, 'board'));
    expect(stored.updates).toHaveLength(0);
    expect(stored.snapshot!.length).toBeLessThan(10_000);
    reader.destroy();
  });
});
