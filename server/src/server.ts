// Wires storage, rooms and the HTTP app into a listening server. Used by
// main.ts and by the integration tests (in-process).
import { serve, type ServerType } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CHAINS_DOC, CloseCode, STAKEHOLDERS_DOC } from '@nws/shared';
import type { Config } from './config.js';
import { openDatabase, type DB } from './store/db.js';
import { UpdateLog } from './store/updateLog.js';
import { WorkshopStore } from './store/workshopStore.js';
import { NetworkStore } from './store/networkStore.js';
import { StakeholderStore } from './store/stakeholderStore.js';
import { MonitoringStore } from './store/monitoringStore.js';
import { PrivateCardStore } from './store/privateCards.js';
import { AuditLog } from './store/audit.js';
import { VoteStore } from './store/votes.js';
import { RoomRegistry } from './sync/roomRegistry.js';
import { VersionStore } from './store/versions.js';
import { BinStore } from './store/bin.js';
import { BoardHistory } from './sync/boardHistory.js';
import { createApp } from './http/app.js';
import { TicketStore } from './auth/tickets.js';
import { SocketCounter } from './sync/socketLimits.js';

export interface RunningServer {
  /** Base URL the server listens on, e.g. http://127.0.0.1:8787 */
  url: string;
  port: number;
  db: DB;
  workshops: WorkshopStore;
  networks: NetworkStore;
  updateLog: UpdateLog;
  rooms: RoomRegistry;
  privateCards: PrivateCardStore;
  audit: AuditLog;
  versions: VersionStore;
  bin: BinStore;
  /** The routes the HTTP app answers (method and path pattern), e.g. for tests that try every one. */
  routes: { method: string; path: string }[];
  /** Compacts rooms, closes sockets with 4503 and the database. */
  close(): Promise<void>;
}

export type Logger = (msg: string, extra?: Record<string, unknown>) => void;

/**
 * Compressed joins (permessage-deflate, which every browser's WebSocket
 * speaks): only messages of 1 KiB and more are compressed — a joining
 * client's copy of the document, not the small updates of typing, which go
 * out as they are. A small window (2 KiB) and memLevel 4 keep a connection's
 * zlib state near 16 KiB once it has compressed (ws keeps it, reset, for the
 * connection's life) while a 5,000-card board still shrinks to about a fifth;
 * without context takeover nothing of one message is kept for the next.
 * Measured by `npm run bench:cold`.
 */
export const JOIN_COMPRESSION = {
  threshold: 1024,
  serverMaxWindowBits: 11,
  clientMaxWindowBits: 11,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  zlibDeflateOptions: { level: 6, memLevel: 4 },
  concurrencyLimit: 4,
} as const;

export const jsonLogger: Logger = (msg, extra) => {
  process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), msg, ...extra })}\n`);
};

export async function startServer(config: Config, log: Logger = jsonLogger): Promise<RunningServer> {
  const db = openDatabase(join(config.dataDir, 'netzwerkstatt.sqlite'));
  const workshops = new WorkshopStore(db);
  const networks = new NetworkStore(db, workshops);
  const stakeholders = new StakeholderStore(db);
  const updateLog = new UpdateLog(db);
  const versions = new VersionStore(db, { max: config.versionsMax, maxDays: config.versionsMaxDays });
  const bin = new BinStore(db);
  // Versions past VERSIONS_MAX_DAYS go at start and then every six hours, used workshop or not.
  const pruneVersions = () => {
    const dropped = versions.pruneExpired();
    if (dropped > 0) log('expired versions dropped', { dropped });
  };
  pruneVersions();
  const pruneTimer = setInterval(pruneVersions, 6 * 60 * 60_000);
  pruneTimer.unref();
  const rooms = new RoomRegistry(updateLog, {
    compactEvery: config.compactEvery,
    idleMs: config.roomIdleMs,
    // Participants and moderators write the board (and type into a network's stakeholder analysis and a body's chains); the control document only
    // changes through moderator commands, so no connection may write it.
    canWrite: (s, room) =>
      (room.endsWith('/board') || room.endsWith(`/${STAKEHOLDERS_DOC}`) || room.endsWith(`/${CHAINS_DOC}`)) &&
      s.role !== 'screen',
    boardRules: config.boardRules,
    commitEach: config.commitEach,
    history: new BoardHistory({ versions, bin, autoVersionMs: config.autoVersionMinutes * 60_000, log }),
    log,
  });
  const privateCards = new PrivateCardStore(db);
  const audit = new AuditLog(db);
  const votes = new VoteStore(db);
  const app = createApp({
    config,
    workshops,
    networks,
    stakeholders,
    monitoring: new MonitoringStore(db),
    rooms,
    privateCards,
    votes,
    updateLog,
    audit,
    versions,
    bin,
    tickets: new TicketStore(),
    sockets: new SocketCounter({ perSession: config.maxSocketsPerSession, perAddress: config.maxSocketsPerAddress }),
    log,
  });
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes,
    perMessageDeflate: config.compressJoins ? JOIN_COMPRESSION : false,
  });

  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: wss } }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    db,
    workshops,
    networks,
    routes: app.routes.map(({ method, path }) => ({ method, path })),
    updateLog,
    rooms,
    privateCards,
    audit,
    versions,
    bin,
    close() {
      closing ??= new Promise<void>((resolve) => {
        clearInterval(pruneTimer);
        rooms.closeAll(CloseCode.ServerRestart, 'server shutting down');
        for (const ws of wss.clients) ws.terminate();
        server.close(() => {
          db.close();
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      return closing;
    },
  };
}
