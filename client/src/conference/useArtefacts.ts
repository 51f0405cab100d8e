// Re-renders when a case's grids, shared texts or themes change.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { observeCaseArtefacts } from '@nws/shared';

export function useArtefactsVersion(board: Y.Doc): number {
  const [v, setV] = useState(0);
  useEffect(() => {
    const stop = observeCaseArtefacts(board, () => setV((n) => n + 1));
    // A change may have arrived between the first render and this subscription.
    setV((n) => n + 1);
    return stop;
  }, [board]);
  return v;
}
