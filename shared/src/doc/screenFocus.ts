// What the moderation puts on the shared screen in front of the step or the
// board: the network's stakeholder analysis, which the room fills together
// (each participant their organisation's row, on their phone), or one of the
// body's service chains ("chain:<id>"), drawn large. Held in the control
// document's state, so the screen and the phones follow it live.
import type * as Y from 'yjs';
import { stateMap } from './control.js';

/** A chain on the screen: "chain:<id>" (ScreenFocusSchema in protocol/workshops.ts checks commands). */
export const CHAIN_FOCUS = /^chain:[A-Za-z0-9_-]{1,64}$/;
export type ScreenFocus = 'stakeholders' | `chain:${string}`;

export const isScreenFocus = (v: unknown): v is ScreenFocus =>
  v === 'stakeholders' || (typeof v === 'string' && CHAIN_FOCUS.test(v));

/** The moderation's choice, or null (the screen shows the step or the board). */
export function screenFocus(doc: Y.Doc): ScreenFocus | null {
  const v = stateMap(doc).get('screenFocus');
  return isScreenFocus(v) ? v : null;
}

/** The chain the screen shows, if its focus is one. */
export const focusedChain = (focus: ScreenFocus | null): string | null =>
  focus?.startsWith('chain:') ? focus.slice(6) : null;

/** Records the moderation's choice (server only). */
export function setScreenFocus(doc: Y.Doc, focus: ScreenFocus | null): void {
  stateMap(doc).set('screenFocus', focus);
}
