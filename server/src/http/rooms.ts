// A workshop's documents as the HTTP commands use them. A room that cannot be
// loaded or a change that cannot be stored becomes RoomUnavailable (503);
// domain and HTTP errors thrown by the change itself pass through.
import type * as Y from 'yjs';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DomainError, roomName, type DocName } from '@nws/shared';
import type { RoomRegistry } from '../sync/roomRegistry.js';
import type { Room } from '../sync/room.js';
import type { Env } from './deps.js';

/** Storage failed: the room cannot be loaded or the change not committed. */
export class RoomUnavailable extends Error {
  constructor(room: string, cause: unknown) {
    super(`room ${room} unavailable`, { cause });
    this.name = 'RoomUnavailable';
  }
}

export interface WorkshopRooms {
  /** The current state of one of the workshop's documents (read only). */
  read(doc: DocName): Y.Doc;
  /** Applies a server-side change in one transaction, committed before it is relayed. */
  change<T>(doc: DocName, fn: (d: Y.Doc) => T): T;
}

/** One room as the HTTP commands use it: its current state, and server-side changes committed before they are relayed. */
export interface RoomAccess {
  read(): Y.Doc;
  change<T>(fn: (d: Y.Doc) => T): T;
}

export function roomAccess(rooms: RoomRegistry, name: string): RoomAccess {
  const open = (): Room => {
    try {
      return rooms.open(name);
    } catch (err) {
      throw new RoomUnavailable(name, err);
    }
  };
  return {
    read: () => {
      const room = open();
      // What a command reads is only what is committed (updates of this loop turn wait in the group commit).
      rooms.commits.flush();
      return room.doc;
    },
    change(fn) {
      const room = open();
      try {
        return room.change(fn);
      } catch (err) {
        if (err instanceof DomainError || err instanceof HTTPException) throw err;
        throw new RoomUnavailable(room.name, err);
      }
    },
  };
}

export function workshopRooms(rooms: RoomRegistry, workshopId: string): WorkshopRooms {
  return {
    read: (doc) => roomAccess(rooms, roomName(workshopId, doc)).read(),
    change: (doc, fn) => roomAccess(rooms, roomName(workshopId, doc)).change(fn),
  };
}

/** The rooms of the caller's workshop (after requireSession). */
export function roomsOf(c: Context<Env>): WorkshopRooms {
  return workshopRooms(c.var.deps.rooms, c.var.session.workshopId);
}
