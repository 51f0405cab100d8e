// What the moderation puts on the shared screen in front of the step or the
// board: the network's stakeholder analysis, which the room fills together
// (each participant their organisation's row, on their phone). Held in the
// control document's state, so the screen and the phones follow it live.
import type * as Y from 'yjs';
import { stateMap } from './control.js';

export const screenFocuses = ['stakeholders'] as const;
export type ScreenFocus = (typeof screenFocuses)[number];

/** The moderation's choice, or null (the screen shows the step or the board). */
export function screenFocus(doc: Y.Doc): ScreenFocus | null {
  const v = stateMap(doc).get('screenFocus');
  return (screenFocuses as readonly unknown[]).includes(v) ? (v as ScreenFocus) : null;
}

/** Records the moderation's choice (server only). */
export function setScreenFocus(doc: Y.Doc, focus: ScreenFocus | null): void {
  stateMap(doc).set('screenFocus', focus);
}
