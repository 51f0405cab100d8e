// A body's service chains, live: the workshop's socket to them (the server
// maps it to the body's room) and the chains as plain data, re-read on every
// change; the operations go to the server (chains/api.ts); the chains' editor and the goal system use it.
import { useEffect, useState } from 'react';
import { observeChains, readChains, type Chain } from '@nws/shared';
import { useDocConnection, type DocConnection } from './useDocConnection';

export function useChainsDoc(workshopId: string, token: string | null): DocConnection | null {
  return useDocConnection(workshopId, 'chains', token);
}

export function useChainList(conn: DocConnection | null): Chain[] | null {
  const doc = conn?.synced ? conn.doc : null;
  const [chains, setChains] = useState<Chain[] | null>(null);
  useEffect(() => {
    if (!doc) return setChains(null);
    const read = () => setChains(readChains(doc));
    read();
    return observeChains(doc, read);
  }, [doc]);
  return chains;
}
