// Integration: service chains through the real server. A working group's
// chains are shared by its workshops and by nobody else; everyone in them
// builds chains through operations the server checks (an edge to a node that
// is not there, into a start: refused), removing a whole chain is the
// moderation's, the shared screen only reads; over the socket people type
// into the chains' texts and nothing else.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  applyChainOp,
  chainText,
  chainTextKey,
  CloseCode,
  readChains,
  SYNC_PATH,
  type ChainOp,
  type ChainsResponse,
} from '@nws/shared';
import { api, bearerWebSocket, createTestNetwork, serverPerFile, waitFor } from '../testing/harness.js';

const server = serverPerFile();

async function workingGroups() {
  const n = await createTestNetwork(server().url, {
    name: 'Netzwerk Arbeit',
    targetGroup: 'Alleinerziehende',
    area: 'Weststadt',
  });
  const arbeit = await n.body('working', 'AG Arbeit');
  const first = await n.workshop('AG Arbeit 1', arbeit);
  const second = await n.workshop('AG Arbeit 2', arbeit);
  const sprache = await n.workshop('AG Sprache 1', await n.body('working', 'AG Sprache'));
  await n.plenary();
  return { first, second, sprache, join: n.join };
}

const op = (wid: string, token: string, body: ChainOp | Record<string, unknown>) =>
  api<{ id: string | null; error?: { code: string } }>(server().url, `/api/workshops/${wid}/chains/ops`, {
    body,
    token,
  });
const chains = (wid: string, token: string) =>
  api<ChainsResponse & { error?: { code: string } }>(server().url, `/api/workshops/${wid}/chains`, { token });

function chainsClient(wid: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server().url.replace(/^http/, 'ws') + SYNC_PATH, `${wid}/chains`, doc, {
    WebSocketPolyfill: bearerWebSocket(token),
    disableBc: true,
    maxBackoffTime: 300,
  });
  const closes: number[] = [];
  provider.on('connection-close', (e: { code: number } | null) => e && closes.push(e.code));
  const synced = new Promise<void>((ok) => provider.once('sync', (s: boolean) => s && ok()));
  return { doc, closes, synced, destroy: () => (provider.destroy(), doc.destroy()) };
}

describe('service chains of a working group', () => {
  it('are built by its participants through checked operations, shared by its workshops, hidden from others', async () => {
    const { first, second, sprache, join } = await workingGroups();
    const pia = await join(first, 'Pia', 'Jobcenter');
    const wid = first.workshop.id;
    const made = await op(wid, pia, { op: 'createChain', title: 'Junge Mutter mit Vorschulkind' });
    expect(made.status).toBe(201);
    const chainId = made.body.id!;
    const lane = (await op(wid, pia, { op: 'addLane', chainId, organisation: 'Jobcenter' })).body.id!;
    const start = (await op(wid, pia, { op: 'addNode', chainId, laneId: lane, kind: 'start', text: 'Anmeldung' })).body
      .id!;
    const step = (await op(wid, pia, { op: 'addNode', chainId, laneId: lane, kind: 'step', text: 'Profiling' })).body
      .id!;
    expect((await op(wid, pia, { op: 'addEdge', chainId, from: start, to: step })).status).toBe(201);
    // The server refuses what breaks a chain's shape, and bad bodies.
    expect((await op(wid, pia, { op: 'addEdge', chainId, from: step, to: 'missing' })).status).toBe(404);
    expect((await op(wid, pia, { op: 'addEdge', chainId, from: step, to: start })).status).toBe(400);
    expect((await op(wid, pia, { op: 'addNode', chainId, laneId: lane, kind: 'start' })).status).toBe(409);
    for (const bad of [
      { op: 'explode', chainId },
      { op: 'addLane', chainId },
      { op: 'addLane', chainId, organisation: 'x', extra: 1 },
    ])
      expect((await op(wid, pia, bad)).status).toBe(400);
    // Removing a whole chain is the moderation's; the screen reads, never writes.
    expect((await op(wid, pia, { op: 'removeChain', chainId })).status).toBe(403);
    expect((await op(wid, first.screenToken, { op: 'addLane', chainId, organisation: 'Kita' })).status).toBe(403);
    expect((await chains(wid, first.screenToken)).status).toBe(200);
    // The working group's next workshop has the chain; another working group's does not.
    const listed = await chains(second.workshop.id, second.moderatorToken);
    expect(listed.body.chains.map((c) => [c.title, c.nodes.map((n) => n.text)])).toEqual([
      ['Junge Mutter mit Vorschulkind', ['Anmeldung', 'Profiling']],
    ]);
    expect((await chains(sprache.workshop.id, sprache.moderatorToken)).body.chains).toEqual([]);
    expect((await chains(sprache.workshop.id, pia)).status).toBe(401);
    expect((await op(second.workshop.id, second.moderatorToken, { op: 'removeChain', chainId })).status).toBe(200);
    expect((await chains(wid, pia)).body.chains).toEqual([]);
  });

  it('over the socket: typing into a chain’s texts reaches the others; its structure is refused from a raw client', async () => {
    const { first, join } = await workingGroups();
    const pia = await join(first, 'Pia', 'Jobcenter');
    const ole = await join(first, 'Ole', 'Jugendamt');
    const wid = first.workshop.id;
    const chainId = (await op(wid, pia, { op: 'createChain', title: 'Kette' })).body.id!;
    const lane = (await op(wid, pia, { op: 'addLane', chainId, organisation: 'Jobcenter' })).body.id!;
    const node = (await op(wid, pia, { op: 'addNode', chainId, laneId: lane, kind: 'step' })).body.id!;
    const a = chainsClient(wid, pia);
    const b = chainsClient(wid, ole);
    await Promise.all([a.synced, b.synced]);
    chainText(a.doc, chainTextKey.node(chainId, node))!.insert(0, 'Profiling im Jobcenter');
    await waitFor(() => readChains(b.doc)[0]?.nodes[0]?.text === 'Profiling im Jobcenter', 'the text at Ole');
    // A raw client making structure itself (a node without the server): refused, and nobody sees it.
    applyChainOp(b.doc, { op: 'addNode', chainId, laneId: lane, kind: 'end', text: 'gefälscht' }, () => 'forged');
    await waitFor(() => b.closes.includes(CloseCode.UpdateRefused), 'the refusal');
    await new Promise((r) => setTimeout(r, 100));
    expect(readChains(a.doc)[0]!.nodes.map((n) => n.text)).toEqual(['Profiling im Jobcenter']);
    a.destroy();
    b.destroy();
  });

  it('a service-chain step joins the agenda in Phase III only, added by the moderation only', async () => {
    const { first, join } = await workingGroups();
    const pia = await join(first, 'Pia', 'Jobcenter');
    const add = (afterId: string, token: string) =>
      api<{ error?: { code: string } }>(server().url, `/api/workshops/${first.workshop.id}/conference/agenda`, {
        body: { op: 'add', afterId, title: { de: 'Dienstleistungskette', en: 'Service chain' }, artefact: 'chains' },
        token,
      });
    const early = await add('narration', first.moderatorToken);
    expect(early.status).toBe(400);
    expect(early.body.error?.code).toBe('invalid_agenda');
    expect((await add('goal-system', pia)).status).toBe(403);
    expect((await add('goal-system', first.moderatorToken)).status).toBe(200);
  });
});
