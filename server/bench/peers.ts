// The servers the sync benchmark compares and their clients: one kind per
// server setup, each with the client its users would run — y-websocket's
// WebsocketProvider for ours and the reference, @hocuspocus/provider for
// Hocuspocus (loaded from .bench/hocuspocus, not a workspace dependency).
// Every kind's clients hold the same documents and make the same edits;
// only the server and the provider differ.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { roomName, SYNC_PATH } from '@nws/shared';
import { bearerWebSocket, ensureHocuspocus, startHocuspocus, startOurs, startReference, type Proc } from './lib.js';

/**
 * reference: y-websocket 1.5.4's own server (memory only); hocuspocus: Hocuspocus
 * with its SQLite extension (stores after a debounce); ours: as shipped (commits
 * before relaying); unchecked: ours with the board rules off; each: ours with
 * every update committed alone (no group commit).
 */
export type Kind = 'reference' | 'hocuspocus' | 'ours' | 'unchecked' | 'each';

/** Kinds whose clients join a room without an account: the peer servers. */
const isPeer = (kind: Kind) => kind === 'reference' || kind === 'hocuspocus';

/** One benchmark client: its document and its connection, whatever the provider. */
export interface Peer {
  doc: Y.Doc;
  /** Our session id (cards carry their author's, a board rule); none on the peer servers. */
  authorId: string | undefined;
  synced(): boolean;
  /** Calls back on every failed or closed connection. */
  onTrouble(f: () => void): void;
  destroy(): void;
}

/** Where a room's clients connect, and as whom. */
export interface Room {
  kind: Kind;
  base: string;
  room: string;
  /** One per client: a bearer token for ours, '' on the peer servers. */
  tokens: string[];
  authors: (string | undefined)[];
}

export function startServer(kind: Kind, port: number): Promise<Proc> {
  if (kind === 'reference') return startReference(port);
  if (kind === 'hocuspocus') return startHocuspocus(port);
  return startOurs(port, kind === 'unchecked' ? { BOARD_RULES: 'off' } : kind === 'each' ? { COMMIT: 'each' } : {});
}

/** The part of @hocuspocus/provider 3.4 the benchmark uses. */
interface HocuspocusProviderModule {
  HocuspocusProviderWebsocket: new (config: { url: string; WebSocketPolyfill: unknown; maxDelay: number }) => {
    destroy(): void;
  };
  HocuspocusProvider: new (config: { name: string; document: Y.Doc; websocketProvider: { destroy(): void } }) => {
    readonly synced: boolean;
    on(event: 'close' | 'authenticationFailed', f: () => void): void;
    attach(): void;
    destroy(): void;
  };
}

let hocuspocus: HocuspocusProviderModule | null = null;

/**
 * Installs Hocuspocus if needed and loads its provider (the ES module build, so
 * its `yjs` import meets the Yjs these documents come from: ensureHocuspocus
 * links it to the workspace's).
 */
export async function loadHocuspocusProvider(): Promise<void> {
  const dir = join(ensureHocuspocus(), '@hocuspocus', 'provider');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { module: string };
  hocuspocus = (await import(pathToFileURL(join(dir, pkg.module)).href)) as HocuspocusProviderModule;
}

/** A room on this server: on ours a new workshop with n participants (sessions); on a peer, `bench-<index>`. */
export async function roomFor(server: Proc, kind: Kind, n: number, roomIndex = 0): Promise<Room> {
  if (isPeer(kind)) {
    return {
      kind,
      base: server.url.replace('http', 'ws'),
      room: `bench-${roomIndex}`,
      tokens: Array.from({ length: n }, () => ''),
      authors: Array.from({ length: n }, () => undefined),
    };
  }
  const res = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Bench', targetGroup: 'x', area: 'y' }),
  });
  const w = (await res.json()) as { workshop: { id: string; joinCode: string } };
  const tokens: string[] = [];
  const authors: string[] = [];
  for (let i = 0; i < n; i++) {
    const j = await fetch(`${server.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: w.workshop.joinCode, name: `C${i}`, organisation: 'Bench', level: 'operative' }),
    });
    const token = ((await j.json()) as { token: string }).token;
    tokens.push(token);
    const s = await fetch(`${server.url}/api/session`, { headers: { authorization: `Bearer ${token}` } });
    authors.push(((await s.json()) as { session: { id: string } }).session.id);
  }
  return {
    kind,
    base: server.url.replace('http', 'ws') + SYNC_PATH,
    room: roomName(w.workshop.id, 'board'),
    tokens,
    authors,
  };
}

/** Client i of a room, on a new document unless given one. */
export function connect(r: Room, i: number, doc = new Y.Doc()): Peer {
  const authorId = r.authors[i];
  if (r.kind === 'hocuspocus') {
    if (!hocuspocus) throw new Error('loadHocuspocusProvider() first');
    // One socket per client, as one browser tab has; reconnect at most 1 s apart like the y-websocket clients.
    const socket = new hocuspocus.HocuspocusProviderWebsocket({
      url: r.base,
      WebSocketPolyfill: WebSocket,
      maxDelay: 1000,
    });
    const provider = new hocuspocus.HocuspocusProvider({ name: r.room, document: doc, websocketProvider: socket });
    provider.attach();
    return {
      doc,
      authorId,
      synced: () => provider.synced,
      onTrouble(f) {
        provider.on('close', f);
        provider.on('authenticationFailed', f);
      },
      destroy() {
        provider.destroy();
        socket.destroy();
      },
    };
  }
  const token = r.tokens[i];
  const provider = new WebsocketProvider(r.base, r.room, doc, {
    WebSocketPolyfill: token ? bearerWebSocket(token) : (WebSocket as unknown as typeof globalThis.WebSocket),
    disableBc: true,
    maxBackoffTime: 1000,
  });
  return {
    doc,
    authorId,
    synced: () => provider.synced,
    onTrouble(f) {
      provider.on('connection-error', f);
      provider.on('connection-close', f);
    },
    destroy: () => provider.destroy(),
  };
}

/** n clients in one room (room index roomIndex on the peer servers). */
export async function clientsFor(server: Proc, kind: Kind, n: number, roomIndex = 0): Promise<Peer[]> {
  const r = await roomFor(server, kind, n, roomIndex);
  return r.tokens.map((_, i) => connect(r, i));
}
