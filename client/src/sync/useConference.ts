// The planning conference's state from the control document, as React state.
import type * as Y from 'yjs';
import {
  storedAgenda,
  getPosition,
  getTimer,
  listCases,
  observeConference,
  stepAt,
  type Agenda,
  type Case,
  type Position,
  type Step,
  type Timer,
} from '@nws/shared';
import { useDerived } from './useDerived';

export interface ConferenceState {
  agenda: Agenda;
  cases: Case[];
  position: Position | null;
  step: Step | null;
  currentCase: Case | null;
  timer: Timer | null;
}

/** Until the control document has synced there is no agenda (the server stores one in every workshop). */
const noAgenda: Agenda = { version: 1, steps: [] };

export function readConference(doc: Y.Doc): ConferenceState {
  const agenda = storedAgenda(doc) ?? noAgenda;
  const cases = listCases(doc);
  const position = getPosition(doc);
  return {
    agenda,
    cases,
    position,
    step: stepAt(agenda, position),
    currentCase: position?.caseId ? (cases.find((c) => c.id === position.caseId) ?? null) : null,
    timer: getTimer(doc),
  };
}

export const useConference = (doc: Y.Doc | undefined): ConferenceState | null =>
  useDerived<ConferenceState | null>(doc, readConference, observeConference, null);
