// The control document's state (queries, the active one) as React state.
// The browser reads its server's control document trusting it (shared/doc/read.ts).
import type * as Y from 'yjs';
import { observeControl, readQueries, stateMap, trustedChecks, type CardQuery } from '@nws/shared';
import { useDerived } from './useDerived';

export interface ControlState {
  queries: CardQuery[];
  active: CardQuery | null;
}

export function readControl(doc: Y.Doc): ControlState {
  const queries = readQueries(doc, trustedChecks);
  const active = stateMap(doc).get('activeQueryId');
  return { queries, active: queries.find((q) => q.id === active) ?? null };
}
const noControl: ControlState = { queries: [], active: null };

export const useControl = (doc: Y.Doc | undefined): ControlState =>
  useDerived(doc, readControl, observeControl, noControl);
