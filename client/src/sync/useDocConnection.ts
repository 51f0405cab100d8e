// One Y.Doc per open workshop document (board or control), synced through
// the stock y-websocket provider.
// The provider reconnects with backoff by itself; edits made while offline
// stay in the doc and are sent on reconnect. Final close codes (44xx) stop it.
// When the server refuses an update (4409: it broke a board rule), the local
// copy holds a change nobody else has: it is dropped and the document syncs
// afresh from the server.
// Where `keepLocal` is set, the document is also kept on the device
// (localCopy.ts): offline edits survive a reload; a refused change is cleared
// from that copy too before the fresh sync.
// The socket URL carries a one-time ticket, never the token (proxies log
// URLs): one unused ticket is always kept ready in the provider's params for
// its next (re)connect, fetched anew when one is spent and before it expires.
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode, isFinalCloseCode, SYNC_PATH, type DocName } from '@nws/shared';
import { api, ApiError } from '../api';
import { deleteLocalCopy, openLocalCopy, type LocalCopy } from './localCopy';

/** Token failures after which the page stops and says why (the person was removed, the link expired). */
const AUTH_FAILURES = new Set(['invalid_token', 'session_removed', 'token_expired']);

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface DocConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: ConnectionStatus;
  synced: boolean;
  /** Set when the server closed with a final code: the board must not pretend to be live. */
  finalCloseCode: number | null;
  /** How often the server refused a change from here (the document then started afresh). */
  refusals: number;
  /** Set when the token stopped working (removed, expired): the page says why. */
  authFailure: string | null;
}

export function syncServerUrl(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${SYNC_PATH}`;
}

/** Another room than the workshop's own document (a network's stakeholder analysis, as its coordinator). */
export interface DocRoute {
  room: string;
  ticket: (token: string) => Promise<{ ticket: string; expiresInMs: number }>;
}

export function useDocConnection(
  workshopId: string,
  docName: DocName | 'stakeholders' | 'chains',
  token: string | null,
  keepLocal = false,
  route?: DocRoute,
): DocConnection | null {
  const [conn, setConn] = useState<{ doc: Y.Doc; provider: WebsocketProvider } | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [finalCloseCode, setFinalCloseCode] = useState<number | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [authFailure, setAuthFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncServerUrl(), route?.room ?? `${workshopId}/${docName}`, doc, {
      connect: false,
      // Everything goes through the server, which checks roles; no tab-to-tab shortcut.
      disableBc: true,
      maxBackoffTime: 8000,
    });
    let stopped = false;
    let started = false;
    let local: LocalCopy | null = null;
    const localReady = keepLocal
      ? openLocalCopy(workshopId, docName, doc).then((copy) => {
          if (stopped) void copy?.destroy();
          else local = copy;
        })
      : Promise.resolve();
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const nextTicket = () => {
      clearTimeout(refresh);
      (route ? route.ticket(token) : api.ticket(workshopId, token)).then(
        ({ ticket, expiresInMs }) => {
          if (stopped) return;
          provider.params = { ticket };
          clearTimeout(refresh);
          refresh = setTimeout(nextTicket, Math.max(1000, expiresInMs - 5000));
          if (!started) {
            started = true;
            provider.connect();
          }
        },
        (err: unknown) => {
          if (stopped) return;
          if (err instanceof ApiError && AUTH_FAILURES.has(err.code)) {
            provider.disconnect();
            setAuthFailure(err.code);
            return;
          }
          refresh = setTimeout(nextTicket, 3000); // offline: try again
        },
      );
    };
    nextTicket();
    // Each connection attempt spends the ticket in the params: get the next one ready.
    const onAttempt = ({ status: s }: { status: ConnectionStatus }) => {
      if (s === 'connecting') nextTicket();
    };
    const onStatus = ({ status: s }: { status: ConnectionStatus }) => setStatus(s);
    const onSync = (s: boolean) => setSynced(s);
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.UpdateRefused) {
        provider.disconnect();
        setSynced(false);
        // The effect runs again (a fresh doc and provider) once the device's copy forgot the refused change.
        const again = () => setRefusals((n) => n + 1);
        if (!keepLocal) return again();
        void localReady.then(() => (local ? local.clear() : deleteLocalCopy(workshopId, docName))).then(again, again);
        return;
      }
      if (event && isFinalCloseCode(event.code)) {
        stopped = true;
        clearTimeout(refresh);
        void local?.destroy(); // closed, so that forgetting the workshop can delete it
        provider.disconnect();
        setFinalCloseCode(event.code);
      }
    };
    // A phone that changes network should not wait out a backoff, and a
    // browser that knows it is offline should not pretend to be connected.
    const goOffline = () => provider.disconnect();
    const goOnline = () => provider.connect();
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    provider.on('status', onStatus);
    provider.on('status', onAttempt);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    setConn({ doc, provider });
    return () => {
      stopped = true;
      clearTimeout(refresh);
      provider.off('status', onAttempt);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
      setConn(null);
    };
  }, [workshopId, docName, token, refusals, keepLocal, route]);

  return conn ? { ...conn, status, synced, finalCloseCode, refusals, authFailure } : null;
}
