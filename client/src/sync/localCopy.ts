// A workshop document kept on the device (IndexedDB, through y-indexeddb):
// edits made without a connection survive a reload and go to the server when
// it is back; a reload without a connection shows the last state. The copy is
// named after the workshop, so forgetting a workshop (it was deleted, this
// person removed) deletes it with the rest (tokens.ts, forgetWorkshop). When
// the server refuses a change (4409), the copy holding it is cleared before
// the document syncs afresh, or the refused change would come back.
// y-indexeddb is loaded when a document opens, not with the page.
import type * as Y from 'yjs';
import type { DocName } from '@nws/shared';

export interface LocalCopy {
  /** Deletes what the device holds of this document. */
  clear(): Promise<void>;
  destroy(): Promise<void>;
}

export const localCopyName = (workshopId: string, docName: DocName | 'stakeholders' | 'chains') =>
  `nws-${workshopId}-${docName}`;

/** Loads the device's copy into `doc` and keeps it up to date; null where IndexedDB is missing. */
export async function openLocalCopy(
  workshopId: string,
  docName: DocName | 'stakeholders' | 'chains',
  doc: Y.Doc,
): Promise<LocalCopy | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    const persistence = new IndexeddbPersistence(localCopyName(workshopId, docName), doc);
    await persistence.whenSynced;
    return { clear: () => persistence.clearData(), destroy: () => persistence.destroy() };
  } catch {
    return null; // private browsing modes may refuse IndexedDB: the document stays online-only
  }
}

/** Deletes a document's copy without opening it. */
export function deleteLocalCopy(workshopId: string, docName: DocName | 'stakeholders' | 'chains'): Promise<void> {
  return new Promise((ok) => {
    if (typeof indexedDB === 'undefined') return ok();
    const req = indexedDB.deleteDatabase(localCopyName(workshopId, docName));
    req.onsuccess = req.onerror = req.onblocked = () => ok();
  });
}
