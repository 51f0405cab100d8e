// The planning conference's state from the control document, as React state
// (read trusting the server's document: shared/doc/read.ts).
import type * as Y from 'yjs';
import {
  readStoredAgenda,
  readPosition,
  readTimer,
  readCases,
  trustedChecks,
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
  const agenda = readStoredAgenda(doc, trustedChecks) ?? noAgenda;
  const cases = readCases(doc, trustedChecks);
  const position = readPosition(doc, trustedChecks);
  return {
    agenda,
    cases,
    position,
    step: stepAt(agenda, position),
    currentCase: position?.caseId ? (cases.find((c) => c.id === position.caseId) ?? null) : null,
    timer: readTimer(doc, trustedChecks),
  };
}

export const useConference = (doc: Y.Doc | undefined): ConferenceState | null =>
  useDerived<ConferenceState | null>(doc, readConference, observeConference, null);
