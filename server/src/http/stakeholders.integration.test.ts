// Integration: a network's partner register and stakeholder analysis through
// the real server. The coordinator and a workshop's moderation change the
// analysis's structure; participants only type, and only into their own
// organisation's row (checked on the socket, not just hidden in the UI);
// saved states can be listed, read and exported. A participant of one working
// group cannot open another's workshop unless they joined it too.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import ExcelJS from 'exceljs';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import {
  addCard,
  CloseCode,
  createCluster,
  editStakeholderCell,
  getQuery,
  readStakeholders,
  roomName,
  SYNC_PATH,
  type PartnersResponse,
  type StakeholderStateResponse,
  type StakeholderVersionResponse,
  type StakeholderVersionsResponse,
} from '@nws/shared';
import { api, bearerWebSocket, createTestNetwork, rawSocket, serverPerFile, waitFor } from '../testing/harness.js';

const server = serverPerFile();

async function networkWithWorkshops() {
  const n = await createTestNetwork(server().url, {
    name: 'Netzwerk Übergang Schule–Beruf',
    targetGroup: 'Junge Geflüchtete',
    area: 'Südstadt',
  });
  const first = await n.workshop('Auftakt', await n.plenary());
  return { ...n, first };
}

const path = (nid: string) => `/api/networks/${nid}/stakeholders`;

/** A y-websocket client on the analysis: through a workshop (its path) or as the coordinator (the network's path). */
function analysisClient(room: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server().url.replace(/^http/, 'ws') + SYNC_PATH, room, doc, {
    WebSocketPolyfill: bearerWebSocket(token),
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  provider.on('connection-close', (e: { code: number } | null) => e && closes.push(e.code));
  const synced = new Promise<void>((ok) => provider.once('sync', (s: boolean) => s && ok()));
  return { doc, provider, closes, synced, destroy: () => (provider.destroy(), doc.destroy()) };
}

describe('the stakeholder analysis', () => {
  it('starts with the method’s columns; the coordinator adds, renames, moves and removes columns and rows', async () => {
    const { network: n, token } = await networkWithWorkshops();
    const get = () => api<StakeholderStateResponse>(server().url, path(n.id), { token });
    expect((await get()).body.state.columns.map((c) => c.title)).toEqual([
      'Interessen/Ziele',
      'Ressourcen/Potenziale',
      'Bedeutung für das Netzwerk',
      'Restriktionen/Konflikte',
    ]);
    const added = await api<StakeholderStateResponse>(server().url, `${path(n.id)}/columns`, {
      body: { title: 'Kontaktweg' },
      token,
    });
    expect(added.status).toBe(201);
    const col = added.body.state.columns.at(-1)!;
    const patched = await api<StakeholderStateResponse>(server().url, `${path(n.id)}/columns/${col.id}`, {
      method: 'PATCH',
      body: { title: 'Erreichbarkeit', index: 0 },
      token,
    });
    expect(patched.body.state.columns[0]).toMatchObject({ id: col.id, title: 'Erreichbarkeit' });
    expect((await api(server().url, `${path(n.id)}/columns/resources`, { method: 'DELETE', token })).status).toBe(200);
    const row = await api<StakeholderStateResponse>(server().url, `${path(n.id)}/rows`, {
      body: { organisation: 'Jugendamt/ASD', significance: 'wanted' },
      token,
    });
    expect(row.status).toBe(201);
    const sig = await api<StakeholderStateResponse>(
      server().url,
      `${path(n.id)}/rows/${encodeURIComponent('jugendamt/asd')}`,
      {
        method: 'PATCH',
        body: { significance: 'involved' },
        token,
      },
    );
    expect(sig.body.state.rows).toEqual([
      expect.objectContaining({ id: 'jugendamt/asd', organisation: 'Jugendamt/ASD', significance: 'involved' }),
    ]);
    expect((await get()).body.state.columns.map((c) => c.id)).not.toContain('resources');
    // Bad input: 400, nothing changed.
    for (const [p, body] of [
      ['/columns', { title: '' }],
      ['/columns', { title: 'x', extra: 1 }],
      ['/rows', { organisation: 'x'.repeat(121) }],
      ['/rows', { organisation: 'A', significance: 'wichtig' }],
    ] as const)
      expect((await api(server().url, path(n.id) + p, { body, token })).status).toBe(400);
    expect((await api(server().url, `${path(n.id)}/columns/nope`, { method: 'DELETE', token })).status).toBe(404);
    expect((await get()).body.state.rows).toHaveLength(1);
  });

  it('in a workshop: participants read it and add their own row only; they type only into their own row', async () => {
    const { network: n, token, first, join } = await networkWithWorkshops();
    const jana = await join(first, 'Jana', 'Jobcenter');
    const wpath = `/api/workshops/${first.workshop.id}/stakeholders`;
    // Structure is the moderation's: refused from a raw participant client.
    for (const [p, method, body] of [
      ['/columns', 'POST', { title: 'Eigene Spalte' }],
      ['/rows', 'POST', { organisation: 'Schulamt' }],
      ['/versions', 'POST', { label: 'x' }],
      ['/columns/interests', 'DELETE', undefined],
    ] as const)
      expect((await api(server().url, wpath + p, { method, body, token: jana })).status).toBe(403);
    expect((await api(server().url, `${wpath}/rows/own`, { body: {}, token: jana })).status).toBe(201);
    // The moderation adds another organisation's row from the workshop.
    expect(
      (await api(server().url, `${wpath}/rows`, { body: { organisation: 'Schulamt' }, token: first.moderatorToken }))
        .status,
    ).toBe(201);
    const seen = await api<StakeholderStateResponse>(server().url, wpath, { token: jana });
    expect(seen.body.state.rows.map((r) => r.organisation)).toEqual(['Jobcenter', 'Schulamt']);

    const mine = analysisClient(`${first.workshop.id}/stakeholders`, jana);
    const coordinator = analysisClient(`network/${n.id}/stakeholders`, token);
    await Promise.all([mine.synced, coordinator.synced]);
    editStakeholderCell(mine.doc, 'interests', 'jobcenter', 'Vermittlung in Ausbildung');
    editStakeholderCell(coordinator.doc, 'restrictions', 'schulamt', 'Datenschutz');
    await waitFor(
      () =>
        readStakeholders(coordinator.doc).rows[0]!.cells['interests'] === 'Vermittlung in Ausbildung' &&
        readStakeholders(mine.doc).rows[1]!.cells['restrictions'] === 'Datenschutz',
      'both edits everywhere',
    );
    // Typing into another organisation's row: the update is refused and nobody else sees it.
    editStakeholderCell(mine.doc, 'interests', 'schulamt', 'gefälscht');
    await waitFor(() => mine.closes.includes(CloseCode.UpdateRefused), 'the refusal');
    await new Promise((r) => setTimeout(r, 100));
    expect(readStakeholders(coordinator.doc).rows[1]!.cells['interests']).toBe('');
    mine.destroy();
    coordinator.destroy();
    // What was accepted is stored.
    const stored = readStakeholders(server().rooms.open(`network/${n.id}/stakeholders`).doc);
    expect(stored.rows[0]!.cells['interests']).toBe('Vermittlung in Ausbildung');
  });

  it('opens the network’s socket to its coordinator only', async () => {
    const { network: n } = await networkWithWorkshops();
    const other = await networkWithWorkshops();
    const status = (token: string) =>
      new Promise<number>((ok) => {
        const ws = new WebSocket(`${server().url.replace(/^http/, 'ws')}${SYNC_PATH}/network/${n.id}/stakeholders`, {
          headers: { authorization: `Bearer ${token}` },
        });
        ws.once('open', () => (ok(101), ws.close()));
        ws.once('unexpected-response', (_q, res) => (ok(res.statusCode ?? 0), ws.terminate()));
        ws.once('error', () => ok(0));
      });
    expect(await status(other.token)).toBe(403);
    expect(await status(other.first.moderatorToken)).toBe(401);
    expect(await status('x'.repeat(43))).toBe(401);
  });

  it('saves dated states, lists and reads them back; exports XLSX with German labels', async () => {
    const { network: n, token } = await networkWithWorkshops();
    await api(server().url, `${path(n.id)}/rows`, {
      body: { organisation: 'Migrationsberatung', significance: 'wanted' },
      token,
    });
    server()
      .rooms.open(`network/${n.id}/stakeholders`)
      .change((d) => editStakeholderCell(d, 'interests', 'migrationsberatung', 'Zugang für Mütter'));
    const saved = await api<StakeholderVersionResponse>(server().url, `${path(n.id)}/versions`, {
      body: { label: 'Auftakt' },
      token,
    });
    expect(saved.status).toBe(201);
    await api(server().url, `${path(n.id)}/rows/migrationsberatung`, {
      method: 'PATCH',
      body: { significance: 'involved' },
      token,
    });
    const list = await api<StakeholderVersionsResponse>(server().url, `${path(n.id)}/versions`, { token });
    expect(list.body.versions).toEqual([expect.objectContaining({ label: 'Auftakt', createdBy: 'Nora', rows: 1 })]);
    const one = await api<StakeholderVersionResponse>(server().url, `${path(n.id)}/versions/${saved.body.version.id}`, {
      token,
    });
    expect(one.body.state.rows[0]).toMatchObject({ significance: 'wanted', cells: { interests: 'Zugang für Mütter' } });
    const other = await networkWithWorkshops();
    expect(
      (await api(server().url, `${path(other.network.id)}/versions/${saved.body.version.id}`, { token: other.token }))
        .status,
    ).toBe(404);

    const res = await fetch(`${server().url}${path(n.id)}/export.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Beteiligtenanalyse')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Beteiligte(r)',
      'Interessen/Ziele',
      'Ressourcen/Potenziale',
      'Bedeutung für das Netzwerk',
      'Restriktionen/Konflikte',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe('Migrationsberatung');
    expect(sheet.getRow(2).getCell(2).value).toBe('Zugang für Mütter');
    expect(sheet.getRow(2).getCell(4).value).toBe('beteiligt');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('the partner register', () => {
  it('takes organisations typed in, from an invitation list, and those of people who joined', async () => {
    const { network: n, token, first, join } = await networkWithWorkshops();
    await join(first, 'Kira', 'Kita-Träger Sonnenschein');
    const add = await api<PartnersResponse>(server().url, `/api/networks/${n.id}/partners`, {
      body: { name: 'Ausländerbehörde', kind: 'Behörde', contactRole: 'Sachgebietsleitung' },
      token,
    });
    expect(add.status).toBe(201);
    // An actors query with two clustered cards and one duplicate.
    const wid = first.workshop.id;
    const query = await api<{ query: { id: string } }>(server().url, `/api/workshops/${wid}/queries`, {
      body: { question: 'Wer muss noch dabei sein?', purpose: 'actors', mode: 'named' },
      token: first.moderatorToken,
    });
    expect(query.status).toBe(201);
    const qid = query.body.query.id;
    server()
      .rooms.open(roomName(wid, 'board'))
      .change((board) => {
        const control = server().rooms.open(roomName(wid, 'control')).doc;
        const q = getQuery(control, qid)!;
        const a = addCard(board, { text: 'Schulsozialarbeit', queryId: qid, x: 0, y: 0 });
        const b = addCard(board, { text: 'Jugendmigrationsdienst', queryId: qid, x: 0, y: 100 });
        createCluster(board, q, { name: 'Freie Träger', cardIds: [a.id, b.id] });
        addCard(board, { text: 'Ausländerbehörde', queryId: qid, x: 0, y: 200 });
      });
    const imported = await api<PartnersResponse>(server().url, `/api/networks/${n.id}/partners/import`, {
      body: { workshopId: wid, queryId: qid },
      token,
    });
    expect(imported.status).toBe(201);
    expect(imported.body.added).toBe(2); // the Ausländerbehörde was there already
    const byName = Object.fromEntries(imported.body.partners.map((p) => [p.name, p]));
    expect(byName['Schulsozialarbeit']).toMatchObject({ kind: 'Freie Träger', source: 'invitation' });
    expect(byName['Ausländerbehörde']).toMatchObject({
      kind: 'Behörde',
      contactRole: 'Sachgebietsleitung',
      source: 'manual',
    });
    expect(byName['Kita-Träger Sonnenschein']).toMatchObject({ source: 'joined', workshops: 1 });
    // Editing a joined organisation stores it; the register feeds the analysis's rows.
    const kita = byName['Kita-Träger Sonnenschein']!;
    const edited = await api<PartnersResponse>(
      server().url,
      `/api/networks/${n.id}/partners/${encodeURIComponent(kita.id)}`,
      {
        method: 'PATCH',
        body: { kind: 'Freier Träger' },
        token,
      },
    );
    expect(edited.body.partners.find((p) => p.name === kita.name)).toMatchObject({
      kind: 'Freier Träger',
      workshops: 1,
    });
    const rows = await api<StakeholderStateResponse>(server().url, `${path(n.id)}/rows/from-register`, {
      body: {},
      token,
    });
    expect(rows.body.state.rows.map((r) => [r.organisation, r.significance])).toEqual([
      ['Ausländerbehörde', 'wanted'],
      ['Jugendmigrationsdienst', 'wanted'],
      ['Kita-Träger Sonnenschein', 'involved'],
      ['Schulsozialarbeit', 'wanted'],
    ]);
    // Workshop links and other coordinators change no register.
    expect(
      (await api(server().url, `/api/networks/${n.id}/partners`, { body: { name: 'X' }, token: first.moderatorToken }))
        .status,
    ).toBe(401);
    expect(
      (
        await api(server().url, `/api/networks/${n.id}/partners/import`, {
          body: { workshopId: 'nope-nope-nope', queryId: qid },
          token,
        })
      ).status,
    ).toBe(404);
  });
});

describe('working groups keep to themselves', () => {
  it('a participant of one working group’s workshop cannot read another’s, unless they join it too', async () => {
    const { body, workshop, join } = await networkWithWorkshops();
    const arbeit = await workshop('AG Arbeit, 1. Sitzung', await body('working', 'AG Arbeit'));
    const sprache = await workshop('AG Sprache, 1. Sitzung', await body('working', 'AG Sprache'));
    const ali = await join(arbeit, 'Ali', 'Jobcenter');
    const other = sprache.workshop.id;
    for (const p of ['/people', '/steering', '/stakeholders', '/versions', '/bin'])
      expect((await api(server().url, `/api/workshops/${other}${p}`, { token: ali })).status).toBe(401);
    expect((await api(server().url, `/api/workshops/${other}/ticket`, { body: {}, token: ali })).status).toBe(401);
    expect(await rawSocket(server().url, other, ali).then((r) => (r.ws?.close(), r.status))).toBe(401);
    // Invited (the join code of AG Sprache), Ali gets a session of that workshop too.
    const invited = await join(sprache, 'Ali', 'Jobcenter');
    expect((await api(server().url, `/api/workshops/${other}/stakeholders`, { token: invited })).status).toBe(200);
    expect(await rawSocket(server().url, other, invited).then((r) => (r.ws?.close(), r.status))).toBe(101);
  });
});
