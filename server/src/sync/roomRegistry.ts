// Keeps one Room per document name in memory while anyone is connected, and
// a short while after (reconnect storms should not reload from disk).
import { CHAINS_DOC, ensureStakeholderColumns, ensureStoredAgenda, STAKEHOLDERS_DOC, storedAgenda } from '@nws/shared';
import { Room, type RoomOptions } from './room.js';
import { checkBoardUpdate, checkChainsUpdate, checkStakeholderUpdate } from './boardRules.js';
import { boardDamage, rebuildBoard } from './boardRepair.js';
import type { UpdateLog } from '../store/updateLog.js';
import { GroupCommit } from '../store/groupCommit.js';
import type { Session } from '../store/workshopStore.js';
import type { BoardHistory } from './boardHistory.js';

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** One commit queue for all rooms: a loop turn's updates share one transaction. */
  readonly commits: GroupCommit;

  constructor(
    private readonly updateLog: UpdateLog,
    private readonly opts: Omit<RoomOptions, 'onIdle' | 'canWrite' | 'checkUpdate' | 'commits'> & {
      idleMs: number;
      canWrite: (session: Session, room: string) => boolean;
      /** Check every client update to a board against the board rules (off only in the benchmark's comparison run). */
      boardRules?: boolean;
      /** Records the bin and automatic versions of board rooms. */
      history?: BoardHistory;
      /** Commit each update on its own, at once (the benchmark's comparison of one commit per update). */
      commitEach?: boolean;
    },
  ) {
    this.commits = new GroupCommit(updateLog, { immediate: opts.commitEach });
  }

  /** The live room for a name, loading it from storage if needed. Throws if it cannot be loaded. */
  open(name: string): Room {
    const timer = this.idleTimers.get(name);
    if (timer) {
      clearTimeout(timer);
      this.idleTimers.delete(name);
    }
    const live = this.rooms.get(name);
    const room = live && !live.destroyed ? live : this.load(name);
    // A room nobody is connected to (loaded for an HTTP command, or before a socket joins) is
    // unloaded after the idle time like one its last socket left.
    if (room.peers.size === 0) this.onIdle(room);
    return room;
  }

  private load(name: string): Room {
    // A room unloaded a moment ago may still have updates in the queue: storage must hold them before it is read.
    this.commits.flush();
    const room = Room.load(name, this.updateLog, {
      ...this.opts,
      commits: this.commits,
      canWrite: (session) => this.opts.canWrite(session, name),
      checkUpdate: name.endsWith('/board')
        ? this.opts.boardRules !== false
          ? this.boardCheck(name)
          : undefined
        : name.endsWith(`/${STAKEHOLDERS_DOC}`)
          ? (session, update, doc) => checkStakeholderUpdate(doc, update, session)
          : name.endsWith(`/${CHAINS_DOC}`)
            ? (session, update, doc) => checkChainsUpdate(doc, update, session)
            : undefined,
      repair: name.endsWith('/board') ? repairBoard : undefined,
      onIdle: (r) => this.onIdle(r),
    });
    if (name.endsWith('/board')) this.opts.history?.attach(room);
    // Every workshop's control document carries its agenda (the default until edited): clients read it from there.
    if (name.endsWith('/control') && !storedAgenda(room.doc)) room.change((d) => ensureStoredAgenda(d));
    // A network's stakeholder analysis starts with the method's default columns.
    if (name.endsWith(`/${STAKEHOLDERS_DOC}`)) room.change((d) => ensureStakeholderColumns(d));
    this.rooms.set(name, room);
    return room;
  }

  /** The board rules need the workshop's control state (step, queries): the sibling control room. */
  private boardCheck(boardName: string): RoomOptions['checkUpdate'] {
    const controlName = `${boardName.slice(0, -'/board'.length)}/control`;
    return (session, update, doc) => {
      let control = null;
      try {
        // The live room as it is: opening it anew for every update would re-arm its idle timer each time.
        const live = this.rooms.get(controlName);
        control = live && !live.destroyed ? live.doc : this.open(controlName).doc;
      } catch {
        // Unavailable control state: the rules that need it refuse.
      }
      return checkBoardUpdate(doc, update, { session, control });
    };
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  private onIdle(room: Room): void {
    if (room.destroyed) {
      this.evict(room);
      return;
    }
    const t = setTimeout(() => {
      this.idleTimers.delete(room.name);
      if (room.peers.size > 0) return;
      room.compact();
      room.destroy();
      this.evict(room);
    }, this.opts.idleMs);
    t.unref();
    this.idleTimers.set(room.name, t);
  }

  private evict(room: Room): void {
    if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
  }

  /** Closes the sockets of one session in every room of its workshop (a removed person, a revoked link). */
  closeSession(workshopId: string, sessionId: string, code: number, reason: string): void {
    for (const room of [...this.rooms.values()]) {
      if (!room.name.startsWith(`${workshopId}/`)) continue;
      for (const peer of [...room.peers]) {
        if (peer.session.id !== sessionId) continue;
        peer.close(code, reason);
        room.leave(peer);
      }
    }
  }

  /** Whether a session has a socket open in any room of its workshop. */
  isOnline(workshopId: string, sessionId: string): boolean {
    for (const room of this.rooms.values()) {
      if (room.name.startsWith(`${workshopId}/`) && [...room.peers].some((p) => p.session.id === sessionId))
        return true;
    }
    return false;
  }

  /** Closes every room whose name starts with a prefix (a deleted workshop), with a close code. */
  closeMatching(prefix: string, code: number, reason: string): void {
    for (const room of [...this.rooms.values()]) if (room.name.startsWith(prefix)) room.closeAll(code, reason);
  }

  /** Compacts and closes all rooms (shutdown). */
  closeAll(code: number, reason: string): void {
    this.commits.flush();
    for (const t of this.idleTimers.values()) clearTimeout(t);
    this.idleTimers.clear();
    for (const room of [...this.rooms.values()]) {
      room.compact();
      room.closeAll(code, reason);
    }
    this.rooms.clear();
  }

  get size(): number {
    return this.rooms.size;
  }
}

/** A board holding what breaks clients is rebuilt from its well-formed entities. */
function repairBoard(doc: import('yjs').Doc): { doc: import('yjs').Doc; reason: string } | null {
  const damage = boardDamage(doc);
  if (!damage) return null;
  const rebuilt = rebuildBoard(doc);
  return { doc: rebuilt.doc, reason: `${damage}; ${rebuilt.dropped} malformed entities left out` };
}
