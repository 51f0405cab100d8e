// The websocket side of a room connection: adapts a `ws` socket to the
// room's Peer, and the socket's events to the room's join, message and leave.
import type { WSEvents } from 'hono/ws';
import type { WebSocket } from 'ws';
import { CloseCode } from '@nws/shared';
import type { Session } from '../store/workshopStore.js';
import type { Peer, Room } from './room.js';

/** A socket whose peer reads this slowly is closed rather than buffered without bound. */
export const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

/** A Peer that sends over a `ws` socket. */
export function socketPeer(socket: WebSocket, session: Session): Peer {
  return {
    session,
    clientId: null,
    send(data) {
      if (socket.readyState !== socket.OPEN) return;
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(CloseCode.ServerRestart, 'too slow');
        return;
      }
      socket.send(data);
    },
    close(code, reason) {
      if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
    },
  };
}

/**
 * The websocket events of one connection to the room `openRoom` gives
 * (opened when the socket opens); `onClosed` runs once when the socket closes.
 */
export function roomSocketEvents(session: Session, openRoom: () => Room, onClosed: () => void = () => {}): WSEvents {
  let room: Room | null = null;
  let peer: Peer | null = null;
  return {
    onOpen(_evt, ws) {
      const socket = ws.raw as WebSocket;
      peer = socketPeer(socket, session);
      try {
        room = openRoom();
      } catch {
        socket.close(CloseCode.RoomUnavailable, 'room unavailable');
        return;
      }
      room.join(peer);
    },
    onMessage(evt) {
      if (!room || !peer) return;
      if (!(evt.data instanceof ArrayBuffer)) {
        peer.close(CloseCode.MalformedMessage, 'binary frames only');
        room.leave(peer);
        return;
      }
      room.handleMessage(peer, new Uint8Array(evt.data));
    },
    onClose() {
      if (room && peer) room.leave(peer);
      onClosed();
    },
  };
}
