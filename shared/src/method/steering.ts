// The workshop's agenda as the server and the moderation's pages use it —
// with the method's default where none is stored — and moving the conference
// to a position. Apart from conference.ts, which the phone reads, so that the
// phone does not carry the default agenda's texts: the server stores the
// agenda in every control document (ensureStoredAgenda) and the phone reads it
// from there (storedAgenda).
import type * as Y from 'yjs';
import { DomainError } from '../errors.js';
import { casesMap, stateMap } from '../doc/control.js';
import type { Position } from '../model/conference.js';
import { AgendaSchema, type Agenda } from './agenda.js';
import { defaultAgenda } from './defaultAgenda.js';
import { getCase, getPosition, idleTimer, requireCase, setAgenda, storedAgenda } from './conference.js';
import { stepAt } from '../doc/read.js';

/** The workshop's agenda (the default until the moderation changes it). */
export function getAgenda(doc: Y.Doc): Agenda {
  return storedAgenda(doc) ?? defaultAgenda();
}

/** Stores the default agenda where none is stored yet (server only); true if it did. */
export function ensureStoredAgenda(doc: Y.Doc): boolean {
  if (storedAgenda(doc)) return false;
  setAgenda(doc, defaultAgenda());
  return true;
}

const readAgendas = new WeakMap<object, Agenda>();
let readDefault: Agenda | null = null;

/**
 * The agenda for reading only (the board rules ask on every update): parsed
 * once per stored value — Y.Map hands out the same object until it changes —
 * and the default built once. Callers must not change what it returns.
 */
export function readAgenda(doc: Y.Doc): Readonly<Agenda> {
  const raw: unknown = stateMap(doc).get('agenda');
  if (raw && typeof raw === 'object') {
    const known = readAgendas.get(raw);
    if (known) return known;
    const parsed = AgendaSchema.safeParse(raw);
    if (parsed.success) {
      readAgendas.set(raw, parsed.data);
      return parsed.data;
    }
  }
  return (readDefault ??= defaultAgenda());
}

/**
 * Moves the conference to a position (validated against the agenda and the
 * cases). Leaving a case's last Phase I step forwards marks it reconstructed.
 * The step timer is reset to the new step's suggested time.
 */
export function goTo(doc: Y.Doc, to: Position, now = Date.now()): Position {
  const agenda = getAgenda(doc);
  const step = stepAt(agenda, to);
  if (!step || step.skipped) throw new DomainError('unknown_step', `no active step ${to.stepId}`);
  if (to.caseId !== null) requireCase(doc, to.caseId);
  const pos: Position = { stepId: step.id, caseId: step.phase === 'I' ? to.caseId : null };
  doc.transact(() => {
    // Leaving a case from its last Phase I step (to another case or to
    // Phase II) completes its reconstruction; going back stays in the case.
    const from = getPosition(doc);
    const lastOfPhaseI = [...agenda.steps.filter((s) => !s.skipped)].reverse().find((s) => s.phase === 'I');
    const c = from?.caseId ? getCase(doc, from.caseId) : null;
    if (c && c.status === 'open' && from?.stepId === lastOfPhaseI?.id && pos.caseId !== c.id) {
      casesMap(doc).set(c.id, { ...c, status: 'reconstructed' });
    }
    stateMap(doc).set('position', pos);
    stateMap(doc).set('timer', idleTimer(step, now));
  });
  return pos;
}

// --- the step timer ---------------------------------------------------------
