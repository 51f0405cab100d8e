// One live document and the connections editing it. Speaks the y-protocols
// messages the stock y-websocket client sends (sync, awareness, query
// awareness). Every accepted update is committed to the update log before it
// is relayed; the role and name of a connection come from its server session.
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { CloseCode } from '@nws/shared';
import type { Session } from '../store/workshopStore.js';
import type { UpdateLog } from '../store/updateLog.js';
import { GroupCommit } from '../store/groupCommit.js';

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 } as const;

/** Largest JSON awareness state one client may publish (cursor, selection, view). */
export const MAX_AWARENESS_STATE_CHARS = 8192;

/**
 * Awareness client ids a room remembers the owning session of. Ids of live
 * connections are always kept; beyond this, the longest unused are forgotten.
 */
export const MAX_AWARENESS_OWNERS = 4096;

/** A connection as the room sees it; the transport lives in the HTTP layer. */
export interface Peer {
  readonly session: Session;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** The Yjs client id this connection speaks for in awareness, bound on its first awareness entry. */
  clientId: number | null;
}

export interface RoomOptions {
  /** Compact the update log into a snapshot after this many appended updates. */
  compactEvery: number;
  /** Whether a session may write this document. */
  canWrite: (session: Session) => boolean;
  /**
   * The document's rules: checks a decoded update from a session against the
   * document as it is, before anything of it is applied. A refused update is
   * neither applied, stored nor relayed; its sender is closed with 4409 and
   * starts afresh from the server's state.
   */
  checkUpdate?: (session: Session, update: DecodedUpdate, doc: Y.Doc) => { ok: true } | { ok: false; reason: string };
  /** Called when the room has no peers any more, or has failed and must be dropped. */
  onIdle?: (room: Room) => void;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
  /**
   * Checks a loaded document; returns a repaired replacement if it holds what
   * would break clients (the stored log is then replaced by it), else null.
   */
  repair?: (doc: Y.Doc) => { doc: Y.Doc; reason: string } | null;
  /** Presence changes (cursor, selection, joins, leaves) are relayed in one frame per room at most this often. */
  awarenessFlushMs?: number;
  /** Keep-alive renewals (same state, new clock) are relayed in one frame per room at most this often. */
  awarenessRenewFlushMs?: number;
  /**
   * Where updates are committed: shared by the rooms of a server, so that one
   * transaction carries the updates of a whole loop turn (group commit).
   * Without it, each update is committed on its own at once.
   */
  commits?: GroupCommit;
}

/** Default window in which presence changes of a room are gathered into one frame (a cursor moves at most ~30 times a second). */
export const AWARENESS_FLUSH_MS = 30;
/**
 * Default window for keep-alive renewals. y-protocols clients renew every
 * 15 s (checked every 3 s) and drop a peer after 30 s without one, so
 * relaying renewals up to 5 s late keeps every peer alive (15 + 3 + 5 < 30)
 * while a room of N people sends N frames per window instead of N² / 15 per second.
 */
export const AWARENESS_RENEW_FLUSH_MS = 5000;

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

class MalformedMessage extends Error {}

const LOAD_ORIGIN = Symbol('load');
/** Origin of changes the server makes on validated commands. */
const SERVER_ORIGIN = Symbol('server');

export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly peers = new Set<Peer>();
  private lastUpdateId = 0;
  private sinceCompaction = 0;
  private persistError: unknown = null;
  private readonly commits: GroupCommit;
  /** Updates applied to the document and queued for commit, not yet committed (so not yet relayed). */
  private uncommitted = 0;
  /** Sync answers that wait until every update they would carry is committed. */
  private readonly afterCommit: (() => void)[] = [];
  /** Inside change(): a failed commit is thrown to its caller instead of dropping the room at once. */
  private changing = false;
  /** While a peer's update is being applied, its doc updates wait here until it applied completely. */
  private held: Uint8Array[] | null = null;
  /** A peer's update failed halfway: memory holds part of it, so the room must be reloaded from storage. */
  private poisoned = false;
  /** Awareness client ids whose state changed (relayed soon) or was only renewed (relayed lazily). */
  private readonly awarenessChanged = new Set<number>();
  private readonly awarenessRenewed = new Set<number>();
  /** Awareness client id → the session that bound it; kept after its socket closed, for that session's reconnect. */
  private readonly awarenessOwners = new Map<number, string>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  destroyed = false;

  private constructor(
    readonly name: string,
    private readonly updateLog: UpdateLog,
    private readonly opts: RoomOptions,
  ) {
    this.doc = new Y.Doc();
    this.commits = opts.commits ?? new GroupCommit(updateLog, { immediate: true });
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('change', this.onAwarenessChange);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Loads a room from the update log. Throws if storage cannot be read or holds undecodable data: the caller must refuse the connection, never serve an empty document. */
  static load(name: string, updateLog: UpdateLog, opts: RoomOptions): Room {
    const stored = updateLog.load(name);
    const room = new Room(name, updateLog, opts);
    try {
      room.doc.transact(() => {
        if (stored.snapshot) Y.applyUpdate(room.doc, stored.snapshot, LOAD_ORIGIN);
        for (const u of stored.updates) Y.applyUpdate(room.doc, u.data, LOAD_ORIGIN);
      }, LOAD_ORIGIN);
    } catch (err) {
      room.destroy();
      throw err;
    }
    room.lastUpdateId = stored.updates.at(-1)?.id ?? 0;
    room.sinceCompaction = stored.updates.length;
    const repaired = opts.repair?.(room.doc);
    if (repaired) {
      // Replace the stored log by the repaired document in one transaction, then load that.
      opts.log?.('repairing stored document', { room: name, reason: repaired.reason });
      room.destroy();
      updateLog.compact(name, Y.encodeStateAsUpdate(repaired.doc), room.lastUpdateId);
      repaired.doc.destroy();
      return Room.load(name, updateLog, { ...opts, repair: undefined });
    }
    return room;
  }

  /** Adds a connection and starts the sync handshake (server state vector + current presence). */
  join(peer: Peer): void {
    this.peers.add(peer);
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MessageType.Sync);
    syncProtocol.writeSyncStep1(enc, this.doc);
    peer.send(encoding.toUint8Array(enc));
    const states = this.awareness.getStates();
    if (states.size > 0) peer.send(this.encodeAwareness([...states.keys()]));
  }

  /** Removes a connection and its presence. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const id = peer.clientId;
    if (id !== null && ![...this.peers].some((p) => p.clientId === id)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [id], peer);
      this.touchOwner(id, peer.session.id); // just released: the last to be forgotten, while its owner reconnects
    }
    if (this.peers.size === 0) this.opts.onIdle?.(this);
  }

  /** Handles one binary frame from a peer. A malformed frame closes that peer only. */
  handleMessage(peer: Peer, data: Uint8Array): void {
    if (this.destroyed || !this.peers.has(peer)) return; // a refused or closed peer's frames still in flight are dropped
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.Sync:
          this.handleSync(peer, decoder);
          break;
        case MessageType.Awareness:
          this.handleAwareness(peer, decoding.readVarUint8Array(decoder));
          break;
        case MessageType.QueryAwareness:
          peer.send(this.encodeAwareness([...this.awareness.getStates().keys()]));
          break;
        default:
          throw new MalformedMessage(`unknown message type ${type}`);
      }
    } catch (err) {
      this.opts.log?.('malformed message', { room: this.name, session: peer.session.id, error: String(err) });
      peer.close(CloseCode.MalformedMessage, 'malformed message');
      this.leave(peer);
      if (this.poisoned) this.fail(new Error('a malformed update was partly applied; nothing of it was stored'));
      return;
    }
    if (this.persistError) this.fail(this.persistError);
  }

  private handleSync(peer: Peer, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      Y.decodeStateVector(stateVector); // throws on garbage before we answer
      // The answer carries the document: only what is committed, so it waits for the updates still in commit.
      this.whenCommitted(() => {
        if (!this.peers.has(peer) || this.destroyed) return;
        const enc = encoding.createEncoder();
        encoding.writeVarUint(enc, MessageType.Sync);
        syncProtocol.writeSyncStep2(enc, this.doc, stateVector);
        peer.send(encoding.toUint8Array(enc));
      });
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new MalformedMessage(`unknown sync message ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    // y-protocols applies step 2 and update alike, so a read-only peer's are both dropped.
    if (!this.opts.canWrite(peer.session)) return;
    const decoded = Y.decodeUpdate(update); // structural check: truncated or garbage updates throw here, before the doc is touched
    const verdict = this.opts.checkUpdate?.(peer.session, decoded, this.doc);
    if (verdict && !verdict.ok) {
      this.opts.log?.('update refused', { room: this.name, session: peer.session.id, reason: verdict.reason });
      peer.close(CloseCode.UpdateRefused, closeReason(verdict.reason));
      this.leave(peer);
      return;
    }
    // Some mangled updates decode but throw halfway through applying, after
    // part of them was integrated. Hold what the doc emits until the whole
    // update applied; commit and relay only then.
    this.held = [];
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (err) {
      this.held = null;
      this.poisoned = true;
      throw err;
    }
    const held = this.held;
    this.held = null;
    for (const u of held) this.commitAndRelay(u, peer);
  }

  private handleAwareness(peer: Peer, update: Uint8Array): void {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const accepted: { clientId: number; clock: number; state: string }[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const raw = decoding.readVarString(decoder);
      const state: unknown = JSON.parse(raw);
      if (!this.bindClientId(peer, clientId)) continue; // someone else's entry: dropped
      if (state === null) {
        accepted.push({ clientId, clock, state: 'null' });
        continue;
      }
      if (typeof state !== 'object' || Array.isArray(state) || raw.length > MAX_AWARENESS_STATE_CHARS) continue;
      const { session } = peer;
      // A client whose connection dropped sends its state again with the clock it had, but the
      // room counted its leave one clock further: without a newer clock everyone would ignore
      // it until its next change. The entry is its owner's, so the room moves its clock on.
      const meta = this.awareness.meta.get(clientId);
      const resumed = !this.awareness.getStates().has(clientId) && meta !== undefined && meta.clock >= clock;
      const user = {
        name: session.name,
        organisation: session.organisation,
        level: session.level,
        color: session.color,
        role: session.role,
        sessionId: session.id,
      };
      accepted.push({
        clientId,
        clock: resumed ? meta.clock + 1 : clock,
        state: JSON.stringify({ ...(state as Record<string, unknown>), user }),
      });
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes in awareness update');
    if (accepted.length === 0) return;
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, accepted.length);
    for (const e of accepted) {
      encoding.writeVarUint(enc, e.clientId);
      encoding.writeVarUint(enc, e.clock);
      encoding.writeVarString(enc, e.state);
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encoding.toUint8Array(enc), peer);
  }

  /**
   * A peer speaks for exactly one awareness client id, and an id belongs to
   * the session that bound it first: another session never takes it, not even
   * between a socket closing and its reconnect. The owner's reconnect binds it
   * again, also while its old socket is still open (not yet noticed as closed).
   */
  private bindClientId(peer: Peer, clientId: number): boolean {
    if (peer.clientId !== null) return peer.clientId === clientId;
    if (clientId === this.doc.clientID) return false;
    const owner = this.awarenessOwners.get(clientId);
    if (owner !== undefined && owner !== peer.session.id) return false;
    peer.clientId = clientId;
    this.touchOwner(clientId, peer.session.id);
    return true;
  }

  /**
   * Records an id's owner as the most recently used. The map holds one entry
   * per connection the room has seen, so beyond MAX_AWARENESS_OWNERS the
   * longest unused ids no live peer holds are forgotten.
   */
  private touchOwner(clientId: number, sessionId: string): void {
    this.awarenessOwners.delete(clientId);
    this.awarenessOwners.set(clientId, sessionId);
    if (this.awarenessOwners.size <= MAX_AWARENESS_OWNERS) return;
    const live = new Set([...this.peers].map((p) => p.clientId));
    const target = Math.floor((MAX_AWARENESS_OWNERS * 3) / 4);
    for (const id of this.awarenessOwners.keys()) {
      if (this.awarenessOwners.size <= target) break;
      if (!live.has(id)) this.awarenessOwners.delete(id);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN || this.persistError) return;
    if (this.held) {
      this.held.push(update);
      return;
    }
    this.commitAndRelay(update, origin);
  };

  /**
   * Queues an update for commit (with the other rooms' updates of this loop
   * turn, see GroupCommit) and relays it to every peer but its origin once it
   * is committed. A server-side change (no peer origin) is committed at once,
   * with whatever is queued, so that its command answers only when durable.
   */
  private commitAndRelay(update: Uint8Array, origin: unknown): void {
    if (this.persistError || this.poisoned) return;
    this.uncommitted++;
    this.commits.enqueue(
      this.name,
      update,
      (id) => {
        this.uncommitted--;
        this.lastUpdateId = Math.max(this.lastUpdateId, id);
        if (this.destroyed) return;
        const enc = encoding.createEncoder();
        encoding.writeVarUint(enc, MessageType.Sync);
        syncProtocol.writeUpdate(enc, update);
        const frame = encoding.toUint8Array(enc);
        for (const peer of this.peers) if (peer !== origin) peer.send(frame);
        if (this.uncommitted === 0) this.afterCommit.splice(0).forEach((answer) => answer());
        // Compaction flushes what still waits (a blocking sync), so it runs after this batch's relays, not among them.
        if (++this.sinceCompaction >= this.opts.compactEvery) this.scheduleCompaction();
      },
      (err) => {
        this.uncommitted--;
        // Not committed, so not relayed; the room is dropped (see fail()) and clients resync from storage.
        if (this.persistError) return;
        this.persistError = err;
        if (!this.changing && !this.destroyed) this.fail(err);
      },
    );
    if (!this.peers.has(origin as Peer)) this.commits.flush();
  }

  /** Runs `fn` once every update applied so far is committed (at once if none waits). */
  private whenCommitted(fn: () => void): void {
    if (this.uncommitted === 0) fn();
    else this.afterCommit.push(fn);
  }

  // Awareness relaying is coalesced per room: a burst of cursor moves or of
  // keep-alive renewals from many peers becomes one frame to each peer, so
  // presence traffic grows with N per window rather than N² per second and
  // does not queue in front of document updates.
  private readonly onAwarenessChange = ({ added, updated, removed }: AwarenessChange): void => {
    for (const id of [...added, ...updated, ...removed]) this.awarenessChanged.add(id);
    this.awarenessTimer ??= setTimeout(this.flushAwareness, this.opts.awarenessFlushMs ?? AWARENESS_FLUSH_MS);
  };

  /** Emitted after 'change' for every entry applied, renewals included; only the renewals are left for the lazy window. */
  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange): void => {
    for (const id of [...added, ...updated, ...removed])
      if (!this.awarenessChanged.has(id)) this.awarenessRenewed.add(id);
    if (this.awarenessRenewed.size > 0)
      this.renewTimer ??= setTimeout(this.flushAwareness, this.opts.awarenessRenewFlushMs ?? AWARENESS_RENEW_FLUSH_MS);
  };

  /** Whichever window ends first sends every entry waiting, changed or renewed, in one frame to every peer. */
  private readonly flushAwareness = (): void => {
    this.stopAwarenessTimers();
    const ids = [...this.awarenessChanged, ...this.awarenessRenewed];
    this.awarenessChanged.clear();
    this.awarenessRenewed.clear();
    this.broadcastAwareness(ids);
  };

  private stopAwarenessTimers(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.renewTimer) clearTimeout(this.renewTimer);
    this.awarenessTimer = this.renewTimer = null;
  }

  private broadcastAwareness(all: number[]): void {
    if (this.destroyed || this.peers.size === 0) return;
    const ids = all.filter((id) => this.awareness.meta.has(id));
    if (ids.length === 0) return;
    const frame = this.encodeAwareness(ids);
    for (const peer of this.peers) peer.send(frame);
  }

  private encodeAwareness(clients: number[]): Uint8Array {
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MessageType.Awareness);
    encoding.writeVarUint8Array(enc, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
    return encoding.toUint8Array(enc);
  }

  /**
   * Applies a server-side change (a validated command) in one transaction;
   * like any update it is committed before it is relayed to every peer.
   * Throws if it could not be stored (the room is then dropped).
   */
  change<T>(fn: (doc: Y.Doc) => T): T {
    if (this.destroyed) throw new Error(`room ${this.name} is closed`);
    let result: T | undefined;
    this.changing = true;
    try {
      this.doc.transact(() => {
        result = fn(this.doc);
      }, SERVER_ORIGIN);
    } finally {
      this.changing = false;
    }
    if (this.persistError) {
      const err = this.persistError;
      this.fail(err);
      throw err;
    }
    return result as T;
  }

  private compactionScheduled = false;
  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      this.compact();
    });
  }

  /** Folds the update log into one snapshot. Safe to call any time; failures leave the log intact. */
  compact(): void {
    if (this.destroyed || this.persistError || this.poisoned || this.sinceCompaction === 0) return;
    // The snapshot covers the log up to the last committed row: commit what waits first.
    if (this.uncommitted > 0) this.commits.flush();
    if (this.destroyed || this.persistError) return;
    try {
      this.updateLog.compact(this.name, Y.encodeStateAsUpdate(this.doc), this.lastUpdateId);
      this.sinceCompaction = 0;
    } catch (err) {
      this.opts.log?.('compaction failed', { room: this.name, error: String(err) });
    }
  }

  /** Storage failed, or memory holds part of a refused update: drop the room; clients reconnect and resync from storage. */
  private fail(err: unknown): void {
    if (this.destroyed) return;
    this.opts.log?.('dropping room', { room: this.name, error: String(err) });
    this.closeAll(CloseCode.RoomUnavailable, 'storage failure');
  }

  /** Closes every connection with a code and frees the room. */
  closeAll(code: number, reason: string): void {
    const peers = [...this.peers];
    this.peers.clear();
    for (const p of peers) p.close(code, reason);
    this.destroy();
    this.opts.onIdle?.(this);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.stopAwarenessTimers();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** A close frame's reason is at most 123 bytes of UTF-8. */
function closeReason(reason: string): string {
  let out = reason;
  while (new TextEncoder().encode(out).length > 120) out = out.slice(0, -1);
  return out;
}
