// The control document's state (queries, the active one) as React state.
// The browser reads its server's control document trusting it (shared/doc/read.ts).
import type * as Y from 'yjs';
import { observeControl, readActiveQuery, readQueries, trustedChecks, type CardQuery } from '@nws/shared';
import { useDerived } from './useDerived';

export interface ControlState {
  queries: CardQuery[];
  active: CardQuery | null;
}

export const readControl = (doc: Y.Doc): ControlState => ({
  queries: readQueries(doc, trustedChecks),
  active: readActiveQuery(doc, trustedChecks),
});
const noControl: ControlState = { queries: [], active: null };

export const useControl = (doc: Y.Doc | undefined): ControlState =>
  useDerived(doc, readControl, observeControl, noControl);
