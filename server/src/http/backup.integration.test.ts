// Integration: what an import takes over. A backup whose control document
// claims a resolution no round produced is imported with every decision
// marked as taken over (the forged one as not adding up), as a client and the
// protocol see it; and backup → import → backup keeps the same people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { WebsocketProvider } from 'y-websocket';
import {
  addCard,
  addResolution,
  buildProtocol,
  listCards,
  listResolutions,
  listRounds,
  protocolToMarkdown,
  resolutionsMap,
  roomName,
  SYNC_PATH,
  type Backup,
  type CreateWorkshopResponse,
  type ProtocolLabels,
  type ResolutionResponse,
  type Round,
} from '@nws/shared';
import { api, bearerWebSocket, connectClient, createWorkshop, startTestServer, waitFor } from '../testing/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer({ AUTO_VERSION_MINUTES: '0' });
});
afterAll(() => server.close());

const call = <T>(wid: string, token: string, path: string, init: { body?: unknown; method?: string } = {}) =>
  api<T & { error?: { code: string } }>(server.url, `/api/workshops/${wid}${path}`, { token, ...init });

const importBackup = (backup: unknown) =>
  api<CreateWorkshopResponse & { error?: { code: string } }>(server.url, '/api/workshops/import', { body: backup });

/** The control document as a client receives it over the socket. */
async function controlAsClient(wid: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.url.replace(/^http/, 'ws') + SYNC_PATH, roomName(wid, 'control'), doc, {
    WebSocketPolyfill: bearerWebSocket(token),
    disableBc: true,
  });
  await new Promise<void>((ok) => provider.once('sync', (s: boolean) => s && ok()));
  return { doc, destroy: () => (provider.destroy(), doc.destroy()) };
}

/** Protocol words: only the resolutions' are read here. */
const labels: ProtocolLabels = {
  title: 'Protokoll',
  targetGroup: 'Zielgruppe',
  area: 'Sozialraum',
  queries: 'Kartenabfragen',
  unclustered: 'Ohne Cluster',
  cases: 'Fälle',
  giver: 'Fallgeber/in',
  moderation: 'Moderation',
  userPerspective: 'Nutzerperspektive',
  web: 'Wirkungsgefüge',
  situation: 'Lage',
  disagreements: 'Lesarten',
  caseThemes: 'Themenspeicher',
  crossCase: 'Fallübergreifend',
  inNetwork: 'im Netzwerk',
  toInvite: 'einladen',
  planning: 'Planungsdaten',
  relations: { confirms: 'bestätigt', adds: 'ergänzt', contradicts: 'widerspricht' },
  generative: 'Generativ',
  goals: 'Zielsystem',
  resolutions: 'Beschlüsse',
  tally: '{{green}}/{{blue}}/{{red}}',
  imported: 'aus Sicherung übernommen, nicht in diesem Workshop beschlossen',
  importedInconsistent: 'Ergebnis nicht stimmig',
  none: '—',
  narrationOmitted: 'ohne Fallschilderungen',
  matrix: {
    levels: { overall: 'Grundsatzziel', framework: 'Rahmenziel', result: 'Ergebnisziel', activity: 'Aktivität' },
    level: 'Ebene',
    number: 'Nr.',
    text: 'Formulierung',
    indicators: 'Indikatoren',
    sources: 'Quellen',
    assumptions: 'Annahmen',
    actors: 'Akteure',
    title: 'Planungsmatrix',
  },
};

describe('importing decisions', () => {
  it('marks every resolution and round result of a backup as taken over, a forged one as not adding up', async () => {
    const ws = await createWorkshop(server.url);
    const mod = ws.moderatorToken;
    const voters = [await ws.join('Pia', 'Jobcenter'), await ws.join('Paul', 'Jugendamt')];
    const round = (
      await call<{ round: Round }>(ws.id, mod, '/rounds', {
        body: { kind: 'consent', title: 'Ziele', itemIds: ['goal-1', 'goal-2'] },
      })
    ).body.round;
    for (const token of voters)
      await call(ws.id, token, `/rounds/${round.id}/vote`, {
        method: 'PUT',
        body: { marks: { 'goal-1': 'green', 'goal-2': 'red' } },
      });
    await call(ws.id, mod, `/rounds/${round.id}/close`, { body: {} });
    const here = await call<ResolutionResponse>(ws.id, mod, '/resolutions', {
      body: { text: 'Ziel 1 beschlossen', roundId: round.id, itemId: 'goal-1' },
    });
    expect(here.body.resolution.imported).toBeUndefined(); // decided here: no mark

    // The forger edits the backup's control document: two resolutions no round produced.
    const backup = (await call<Backup>(ws.id, mod, '/backup')).body;
    const control = new Y.Doc();
    Y.applyUpdate(control, fromBase64(backup.documents.control));
    const tally = { green: 40, blue: 0, red: 0 };
    addResolution(
      control,
      { text: 'einstimmig beschlossen (40/0/0)', tally, roundId: null, itemId: null },
      { id: 'f1' },
    );
    addResolution(control, { text: 'Ziel 2 einstimmig', tally, roundId: round.id, itemId: 'goal-2' }, { id: 'f2' });
    const forged = { ...backup, documents: { ...backup.documents, control: toBase64(Y.encodeStateAsUpdate(control)) } };

    const imported = await importBackup(forged);
    expect(imported.status).toBe(201);
    const copy = imported.body;
    const seen = await controlAsClient(copy.workshop.id, copy.screenToken);
    const marks = Object.fromEntries(listResolutions(seen.doc).map((r) => [r.text, r.imported?.consistent]));
    expect(marks).toEqual({
      'Ziel 1 beschlossen': true,
      'einstimmig beschlossen (40/0/0)': false,
      'Ziel 2 einstimmig': false,
    });
    expect(listRounds(seen.doc).map((r) => r.imported?.consistent)).toEqual([true]);

    const md = protocolToMarkdown(buildProtocol(new Y.Doc(), seen.doc, copy.workshop, new Map()), labels);
    const lines = md.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/ — \*\*aus Sicherung übernommen, nicht in diesem Workshop beschlossen/);
    expect(lines.find((l) => l.includes('40/0/0'))).toMatch(
      /einstimmig beschlossen \(40\/0\/0\) \(40\/0\/0\) — \*\*aus Sicherung übernommen, nicht in diesem Workshop beschlossen; Ergebnis nicht stimmig\*\*$/,
    );

    // A client cannot take the mark off: the control document is the server's.
    resolutionsMap(seen.doc).set('f1', {
      ...listResolutions(seen.doc).find((r) => r.id === 'f1')!,
      imported: undefined,
    });
    await new Promise((r) => setTimeout(r, 200));
    const later = await controlAsClient(copy.workshop.id, copy.moderatorToken);
    expect(listResolutions(later.doc).find((r) => r.id === 'f1')!.imported?.consistent).toBe(false);

    // A resolution recorded after the import from an imported round is no decision of this workshop either.
    const after = await call<ResolutionResponse>(copy.workshop.id, copy.moderatorToken, '/resolutions', {
      body: { text: 'Ziel 1 nochmal', roundId: round.id, itemId: 'goal-1' },
    });
    expect(after.body.resolution).toMatchObject({
      tally: { green: 2, blue: 0, red: 0 },
      imported: { consistent: true },
    });
    seen.destroy();
    later.destroy();
  });

  it('refuses a backup whose decisions are no rounds or resolutions at all, and creates nothing', async () => {
    const ws = await createWorkshop(server.url);
    const backup = (await call<Backup>(ws.id, ws.moderatorToken, '/backup')).body;
    const control = new Y.Doc();
    Y.applyUpdate(control, fromBase64(backup.documents.control));
    resolutionsMap(control).set('neg', {
      id: 'neg',
      text: 'x',
      tally: { green: -3, blue: 0, red: 0 },
      roundId: null,
      itemId: null,
      createdAt: 1,
    });
    const before = server.db.prepare('SELECT COUNT(*) AS n FROM workshops').get();
    const res = await importBackup({
      ...backup,
      documents: { ...backup.documents, control: toBase64(Y.encodeStateAsUpdate(control)) },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('invalid_backup');
    expect(server.db.prepare('SELECT COUNT(*) AS n FROM workshops').get()).toEqual(before);
  });
});

describe('people over backup and import', () => {
  it('two round trips keep the same people: no extra moderator or screen each time', async () => {
    const ws = await createWorkshop(server.url);
    await ws.join('Pia', 'Jobcenter');
    await ws.join('Paul', 'Jugendamt');
    // The moderation writes a card: its name stays with the content.
    const modId = (await api<{ session: { id: string } }>(server.url, '/api/session', { token: ws.moderatorToken }))
      .body.session.id;
    const board = connectClient(server.url, ws.id, ws.moderatorToken);
    await board.synced;
    addCard(board.doc, { text: 'Jobcenter', x: 0, y: 0, authorId: modId });
    await waitFor(
      () => listCards(server.rooms.get(roomName(ws.id, 'board'))?.doc ?? new Y.Doc()).length === 1,
      'card at the server',
    );
    board.destroy();

    const people = (b: Backup) => b.people.map((p) => `${p.role}:${p.name}:${p.sessionId}`);
    let backup = (await call<Backup>(ws.id, ws.moderatorToken, '/backup')).body;
    const first = people(backup);
    expect(first).toEqual([`moderator:Moderation:${modId}`, ...first.slice(1)]);
    expect(first.slice(1).map((p) => p.split(':').slice(0, 2).join(':'))).toEqual([
      'participant:Pia',
      'participant:Paul',
    ]);
    const listed: number[] = [];
    for (let trip = 0; trip < 2; trip++) {
      const copy = (await importBackup(backup)).body;
      const all = await call<{ people: unknown[] }>(copy.workshop.id, copy.moderatorToken, '/people');
      listed.push(all.body.people.length);
      backup = (await call<Backup>(copy.workshop.id, copy.moderatorToken, '/backup')).body;
      expect(people(backup)).toEqual(first);
    }
    // each copy: its own moderator and screen, plus the same three taken over
    expect(listed).toEqual([5, 5]);
    // A backup listing every link (as earlier versions wrote them) is recorded the same way.
    const extra = { organisation: '', level: null };
    const copy = (
      await importBackup({
        ...backup,
        people: [
          ...backup.people,
          { sessionId: 'screen-old', name: 'Leinwand', role: 'screen', ...extra },
          { sessionId: 'moderator-old', name: 'Moderation', role: 'moderator', ...extra },
        ],
      })
    ).body;
    const all = await call<{ people: unknown[] }>(copy.workshop.id, copy.moderatorToken, '/people');
    expect(all.body.people).toHaveLength(5);
  });
});
