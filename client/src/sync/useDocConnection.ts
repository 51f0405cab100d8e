// One Y.Doc per open workshop document (board or control), synced through
// the stock y-websocket provider.
// The provider reconnects with backoff by itself; edits made while offline
// stay in the doc and are sent on reconnect. Final close codes (44xx) stop it.
// When the server refuses an update (4409: it broke a board rule), the local
// copy holds a change nobody else has: it is dropped and the document syncs
// afresh from the server.
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { CloseCode, isFinalCloseCode, roomName, SYNC_PATH, type DocName } from '@nws/shared';

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
}

export function syncServerUrl(loc: Location = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${SYNC_PATH}`;
}

export function useDocConnection(workshopId: string, docName: DocName, token: string | null): DocConnection | null {
  const [conn, setConn] = useState<{ doc: Y.Doc; provider: WebsocketProvider } | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [finalCloseCode, setFinalCloseCode] = useState<number | null>(null);
  const [refusals, setRefusals] = useState(0);

  useEffect(() => {
    if (!token) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(syncServerUrl(), roomName(workshopId, docName), doc, {
      params: { token },
      // Everything goes through the server, which checks roles; no tab-to-tab shortcut.
      disableBc: true,
      maxBackoffTime: 8000,
    });
    const onStatus = ({ status: s }: { status: ConnectionStatus }) => setStatus(s);
    const onSync = (s: boolean) => setSynced(s);
    const onClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.UpdateRefused) {
        provider.disconnect();
        setSynced(false);
        setRefusals((n) => n + 1); // the effect runs again: a fresh doc and provider
        return;
      }
      if (event && isFinalCloseCode(event.code)) {
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
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    setConn({ doc, provider });
    return () => {
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      provider.destroy();
      doc.destroy();
      setConn(null);
    };
  }, [workshopId, docName, token, refusals]);

  return conn ? { ...conn, status, synced, finalCloseCode, refusals } : null;
}
