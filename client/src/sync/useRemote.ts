// The workshop's remote settings (video room, remote mode), live from the control document.
import type * as Y from 'yjs';
import { observeControl, remoteSettings, type RemoteSettings } from '@nws/shared';
import { useDerived } from './useDerived';

const none: RemoteSettings = { videoUrl: null, on: false };

export const useRemote = (doc: Y.Doc | undefined): RemoteSettings =>
  useDerived(doc, remoteSettings, observeControl, none);
