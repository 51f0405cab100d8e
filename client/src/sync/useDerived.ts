// A value derived from a Y.Doc, kept up to date: read once, then again on
// every change the observer reports.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export type Observe = (doc: Y.Doc, onChange: () => void) => () => void;

/** Reads `read(doc)` now and after every change `observe` reports; returns the unsubscribe. */
export function watchDerived<T>(
  doc: Y.Doc,
  read: (d: Y.Doc) => T,
  observe: Observe,
  onValue: (value: T) => void,
): () => void {
  onValue(read(doc));
  return observe(doc, () => onValue(read(doc)));
}

/**
 * `read(doc)` as React state, `empty` while there is no doc. `read` and
 * `observe` are taken from the first render: pass module-level functions (or
 * list what they close over in `deps`).
 */
export function useDerived<T>(
  doc: Y.Doc | undefined,
  read: (d: Y.Doc) => T,
  observe: Observe,
  empty: T,
  deps: readonly unknown[] = [],
): T {
  const [value, setValue] = useState<T>(() => (doc ? read(doc) : empty));
  useEffect(
    () => (doc ? watchDerived(doc, read, observe, setValue) : undefined),
    // read and observe are module-level functions or depend only on deps
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, ...deps],
  );
  return value;
}
