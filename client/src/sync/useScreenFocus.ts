// What the moderation put on the shared screen in front of the step or board
// (the stakeholder analysis), live from the control document.
import type * as Y from 'yjs';
import { observeControl, screenFocus, type ScreenFocus } from '@nws/shared';
import { useDerived } from './useDerived';

export const useScreenFocus = (doc: Y.Doc | undefined): ScreenFocus | null =>
  useDerived(doc, screenFocus, observeControl, null);
