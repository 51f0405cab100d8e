// The control document's state (queries, the active one) as React state.
import type * as Y from 'yjs';
import { activeQuery, listQueries, observeControl, type CardQuery } from '@nws/shared';
import { useDerived } from './useDerived';

export interface ControlState {
  queries: CardQuery[];
  active: CardQuery | null;
}

export const readControl = (doc: Y.Doc): ControlState => ({ queries: listQueries(doc), active: activeQuery(doc) });
const noControl: ControlState = { queries: [], active: null };

export const useControl = (doc: Y.Doc | undefined): ControlState =>
  useDerived(doc, readControl, observeControl, noControl);
