// The control document's state (queries, the active one) as React state.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { activeQuery, listQueries, observeControl, type CardQuery } from '@nws/shared';

export interface ControlState {
  queries: CardQuery[];
  active: CardQuery | null;
}

const read = (doc: Y.Doc): ControlState => ({ queries: listQueries(doc), active: activeQuery(doc) });

export function useControl(doc: Y.Doc | undefined): ControlState {
  const [state, setState] = useState<ControlState>(() => (doc ? read(doc) : { queries: [], active: null }));
  useEffect(() => {
    if (!doc) return;
    setState(read(doc));
    return observeControl(doc, () => setState(read(doc)));
  }, [doc]);
  return state;
}

/** Seconds left until an epoch-ms deadline, ticking every second; null without a deadline. */
export function useCountdown(endsAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === null) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [endsAt]);
  return endsAt === null ? null : Math.max(0, Math.ceil((endsAt - now) / 1000));
}

export function formatSeconds(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

