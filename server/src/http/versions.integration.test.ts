// Integration: versions, restore and the bin against a real server and stock
// y-websocket clients. A clumsy moderator wipes the board, the moderation
// restores the last version and every client shows it again; the restore is
// itself a version that undoes it; deleted cards come back from the bin.
import { describe, expect, it } from 'vitest';
import {
  addCard,
  addTheme,
  cardsMap,
  decodeVersion,
  deleteCard,
  listCards,
  listThemes,
  type BinListResponse,
  type RestoreResponse,
  type VersionListResponse,
  type VersionPreviewResponse,
  type VersionResponse,
} from '@nws/shared';
import { api, connectClient, serverPerTest, waitFor, type TestClient } from '../testing/harness.js';

const servers = serverPerTest({ AUTO_VERSION_MINUTES: '0' });

async function setup(env: Record<string, string> = {}) {
  const { s, ws } = await servers.withWorkshop(env);
  const call = <T>(path: string, init: { body?: unknown; token?: string; method?: string } = {}) =>
    api<T>(s.url, `/api/workshops/${ws.id}${path}`, { token: ws.moderatorToken, ...init });
  const connect = async (token: string) => {
    const c = servers.track(connectClient(s.url, ws.id, token));
    await c.synced;
    return c;
  };
  return { s, ws, call, connect };
}

const texts = (c: TestClient) =>
  listCards(c.doc)
    .map((x) => x.text)
    .sort();

describe('versions and restore', () => {
  it('a wiped board comes back for every client from the last version, and the restore can be undone', async () => {
    const { ws, call, connect } = await setup();
    const pia = await ws.join('Pia', 'Jobcenter');
    const mod = await connect(ws.moderatorToken);
    const p1 = await connect(pia);
    const p2 = await connect(await ws.join('Paul', 'Jugendamt'));
    addCard(p1.doc, { authorId: p1.authorId, text: 'Jobcenter', x: 0, y: 0 });
    addCard(p2.doc, { authorId: p2.authorId, text: 'Jugendamt', x: 10, y: 0 });
    addTheme(mod.doc, { title: 'Übergänge', caseId: null });
    const all = [mod, p1, p2];
    await waitFor(
      () => all.every((c) => texts(c).length === 2 && listThemes(c.doc).length === 1),
      'content everywhere',
    );

    const saved = await call<VersionResponse>('/versions', { body: { label: 'vor der Pause' } });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({
      trigger: 'manual',
      label: 'vor der Pause',
      summary: { cards: 2, themes: 1 },
    });
    expect(saved.body.version.diff.cards.added.map((c) => c.label).sort()).toEqual(['Jobcenter', 'Jugendamt']);

    // The clumsy moderator deletes everything (a participant's wipe is refused by the board rules).
    mod.doc.transact(() => {
      for (const id of [...cardsMap(mod.doc).keys()]) deleteCard(mod.doc, id);
      mod.doc.getMap('themes').clear();
    });
    await waitFor(() => all.every((c) => texts(c).length === 0 && listThemes(c.doc).length === 0), 'wipe everywhere');

    const list = await call<VersionListResponse>('/versions');
    const last = list.body.versions[0]!;
    expect(last.id).toBe(saved.body.version.id);
    const restored = await call<RestoreResponse>(`/versions/${last.id}/restore`, { body: { what: 'all' } });
    expect(restored.status).toBe(200);
    await waitFor(
      () => all.every((c) => texts(c).join() === 'Jobcenter,Jugendamt' && listThemes(c.doc).length === 1),
      'restored everywhere',
    );
    // Stored, not only relayed: a fresh client sees it too.
    const late = await connect(ws.moderatorToken);
    expect(texts(late)).toEqual(['Jobcenter', 'Jugendamt']);

    // The restore shows up in the history: the version taken just before it holds the wiped board.
    const after = (await call<VersionListResponse>('/versions')).body.versions;
    expect(after[0]).toMatchObject({
      id: restored.body.before.id,
      trigger: 'restore',
      summary: { cards: 0, themes: 0 },
    });
    expect(after[0]!.diff.cards.removed.map((c) => c.label).sort()).toEqual(['Jobcenter', 'Jugendamt']);
    // …and restoring that one undoes the restore.
    expect((await call(`/versions/${after[0]!.id}/restore`, { body: { what: 'all' } })).status).toBe(200);
    await waitFor(
      () => [...all, late].every((c) => texts(c).length === 0 && listThemes(c.doc).length === 0),
      'undone everywhere',
    );
  });

  it('previews a version read-only and restores a single card from it', async () => {
    const { ws, call, connect } = await setup();
    const p1 = await connect(await ws.join('Pia'));
    const mod = await connect(ws.moderatorToken);
    const card = addCard(p1.doc, { authorId: p1.authorId, text: 'Schulsozialarbeit', x: 0, y: 0 });
    addCard(p1.doc, { authorId: p1.authorId, text: 'bleibt', x: 0, y: 0 });
    await waitFor(() => texts(mod).length === 2, 'cards at the moderator');
    const v = (await call<VersionResponse>('/versions', { body: {} })).body.version;
    deleteCard(mod.doc, card.id);
    addCard(p1.doc, { authorId: p1.authorId, text: 'neu', x: 0, y: 0 });
    await waitFor(() => texts(p1).join() === 'bleibt,neu', 'deleted at the author');

    const preview = await call<VersionPreviewResponse>(`/versions/${v.id}`);
    expect(preview.status).toBe(200);
    expect(
      listCards(decodeVersion(preview.body.update))
        .map((x) => x.text)
        .sort(),
    ).toEqual(['Schulsozialarbeit', 'bleibt']);
    expect(texts(mod)).toEqual(['bleibt', 'neu']); // a preview changes nothing

    expect((await call(`/versions/${v.id}/restore`, { body: { what: 'card', id: 'no-such-card-id' } })).status).toBe(
      404,
    );
    expect((await call(`/versions/${v.id}/restore`, { body: { what: 'everything' } })).status).toBe(400);
    expect((await call(`/versions/nope/restore`, { body: { what: 'all' } })).status).toBe(404);
    expect((await call(`/versions/${v.id}/restore`, { body: { what: 'card', id: card.id } })).status).toBe(200);
    await waitFor(
      () => [p1, mod].every((c) => texts(c).join() === 'Schulsozialarbeit,bleibt,neu'),
      'single card back, newer card kept',
    );
  });

  it('takes versions at a step change, a reveal, a round close and on demand', async () => {
    const { ws, call } = await setup({ AUTO_VERSION_MINUTES: '5' });
    const pia = await ws.join('Pia');
    expect((await call('/conference/step', { body: { to: 'start' } })).status).toBe(200);
    const q = await call<{ query: { id: string } }>('/queries', { body: { question: 'Wer fehlt?', mode: 'named' } });
    await call(`/queries/${q.body.query.id}/cards`, { body: { text: 'Kita' }, token: pia });
    expect((await call(`/queries/${q.body.query.id}/reveal`, { body: {} })).status).toBe(200);
    const round = await call<{ round: { id: string } }>('/rounds', {
      body: { kind: 'dots', title: 'Themen', itemIds: ['theme-aaaa'], dotsPerPerson: 3 },
    });
    expect((await call(`/rounds/${round.body.round.id}/close`, { body: {} })).status).toBe(200);
    expect((await call('/versions', { body: { label: 'Stand' } })).status).toBe(201);
    const triggers = (await call<VersionListResponse>('/versions')).body.versions.map((v) => v.trigger);
    expect(triggers).toEqual(['manual', 'round', 'reveal', 'step']);
    const reveal = (await call<VersionListResponse>('/versions')).body.versions.find((v) => v.trigger === 'reveal')!;
    expect(reveal.diff.cards.added.map((c) => c.label)).toEqual(['Kita']);
  });

  it('while people edit, takes a version at most every AUTO_VERSION_MINUTES', async () => {
    const { s, ws, call, connect } = await setup({ AUTO_VERSION_MINUTES: '5' });
    const autos = async () =>
      (await call<VersionListResponse>('/versions')).body.versions.filter((v) => v.trigger === 'auto');
    const p1 = await connect(await ws.join('Pia'));
    addCard(p1.doc, { authorId: p1.authorId, text: 'eins', x: 0, y: 0 });
    await waitFor(
      () => s.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM versions WHERE trigger = 'auto'").get()!.n === 1,
      'first auto version',
    );
    addCard(p1.doc, { authorId: p1.authorId, text: 'zwei', x: 0, y: 0 });
    addCard(p1.doc, { authorId: p1.authorId, text: 'drei', x: 0, y: 0 });
    await waitFor(() => s.updateLog.pending(`${ws.id}/board`) >= 3, 'stored');
    await new Promise((r) => setTimeout(r, 100));
    expect((await autos()).map((v) => v.diff.cards.added.map((c) => c.label))).toEqual([['eins']]);
    // Five minutes later (moved back in the table), the next edit takes the next one.
    s.db.prepare('UPDATE versions SET created_at = created_at - ?').run(6 * 60_000);
    s.versions.forget(ws.id);
    addCard(p1.doc, { authorId: p1.authorId, text: 'vier', x: 0, y: 0 });
    await waitFor(
      () => s.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM versions WHERE trigger = 'auto'").get()!.n === 2,
      'second auto version',
    );
    expect((await autos())[0]!.diff.cards.added.map((c) => c.label).sort()).toEqual(['drei', 'vier', 'zwei']);
  });

  it('keeps at most VERSIONS_MAX versions per workshop, dropping the oldest', async () => {
    const { call } = await setup({ VERSIONS_MAX: '3' });
    for (let i = 1; i <= 5; i++) expect((await call('/versions', { body: { label: `Stand ${i}` } })).status).toBe(201);
    const labels = (await call<VersionListResponse>('/versions')).body.versions.map((v) => v.label);
    expect(labels).toEqual(['Stand 5', 'Stand 4', 'Stand 3']);
  });

  it('drops versions older than VERSIONS_MAX_DAYS at the next start, also of workshops nobody uses', async () => {
    const { s, call } = await setup({ VERSIONS_MAX_DAYS: '30' });
    expect((await call('/versions', { body: { label: 'alt' } })).status).toBe(201);
    expect((await call('/versions', { body: { label: 'neu' } })).status).toBe(201);
    s.db.prepare("UPDATE versions SET created_at = created_at - ? WHERE label = 'alt'").run(31 * 86_400_000);
    await s.close();
    const again = await servers.start({ DATA_DIR: s.config.dataDir, VERSIONS_MAX_DAYS: '30' });
    const labels = again.db.prepare<[], { label: string }>('SELECT label FROM versions').all();
    expect(labels.map((r) => r.label)).toEqual(['neu']);
  });

  it('is for the moderation only', async () => {
    const { ws, call } = await setup();
    const pia = await ws.join('Pia');
    const v = (await call<VersionResponse>('/versions', { body: {} })).body.version;
    for (const token of [pia, ws.screenToken]) {
      expect((await call('/versions', { token })).status).toBe(403);
      expect((await call('/versions', { body: {}, token })).status).toBe(403);
      expect((await call(`/versions/${v.id}`, { token })).status).toBe(403);
      expect((await call(`/versions/${v.id}/restore`, { body: { what: 'all' }, token })).status).toBe(403);
    }
    expect((await call('/versions', { token: 'not-a-token' })).status).toBe(401);
  });
});

describe('the bin', () => {
  it('holds deleted cards with their author; the moderation and the author take them back, nobody else', async () => {
    const { ws, call, connect } = await setup();
    const piaToken = await ws.join('Pia', 'Jobcenter');
    const paulToken = await ws.join('Paul', 'Jugendamt');
    const mod = await connect(ws.moderatorToken);
    const pia = await connect(piaToken);
    const paul = await connect(paulToken);
    const a = addCard(pia.doc, { authorId: pia.authorId, text: 'Karte von Pia', x: 0, y: 0 });
    const b = addCard(paul.doc, { authorId: paul.authorId, text: 'Karte von Paul', x: 0, y: 0 });
    await waitFor(() => texts(mod).length === 2, 'cards at the moderator');

    deleteCard(mod.doc, a.id); // the moderation deletes Pia's card
    deleteCard(paul.doc, b.id); // Paul deletes his own
    await waitFor(() => [mod, pia, paul].every((c) => texts(c).length === 0), 'deleted everywhere');

    const bin = await call<BinListResponse>('/bin');
    expect(bin.status).toBe(200);
    expect(bin.body.cards.map((e) => [e.card.text, e.authorName]).sort()).toEqual([
      ['Karte von Paul', 'Paul'],
      ['Karte von Pia', 'Pia'],
    ]);
    expect(bin.body.cards.find((e) => e.card.id === b.id)?.deletedBy).toBe(paul.authorId);
    // A participant sees only their own deleted cards.
    expect((await call<BinListResponse>('/bin', { token: piaToken })).body.cards.map((e) => e.card.id)).toEqual([a.id]);
    expect((await call('/bin', { token: ws.screenToken })).status).toBe(403);

    // Paul may not take Pia's card back; Pia may.
    expect((await call(`/bin/${a.id}/restore`, { body: {}, token: paulToken })).status).toBe(403);
    expect((await call(`/bin/${a.id}/restore`, { body: {}, token: piaToken })).status).toBe(200);
    await waitFor(
      () => [mod, pia, paul].every((c) => texts(c).join() === 'Karte von Pia'),
      "Pia's card back everywhere",
    );
    expect(listCards(mod.doc)[0]).toMatchObject({ id: a.id, authorId: pia.authorId });
    // The moderation takes Paul's back.
    expect((await call(`/bin/${b.id}/restore`, { body: {} })).status).toBe(200);
    await waitFor(
      () => [mod, pia, paul].every((c) => texts(c).join() === 'Karte von Paul,Karte von Pia'),
      "Paul's card back everywhere",
    );
    expect((await call<BinListResponse>('/bin')).body.cards).toEqual([]);
    expect((await call(`/bin/${b.id}/restore`, { body: {} })).status).toBe(404);
  });
});
