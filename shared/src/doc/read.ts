// Reading the control document, without the schema library. The control
// document is written only by the server, on validated commands (control.ts),
// but it can also arrive in an imported backup: so each reader takes a check.
// The server reads with its schema (`parsed`, in model/ beside each schema);
// the browser reads its own server's document and trusts it (`trusted`), so
// the phone does not download the schemas to read what the server already
// validated. One reader, two checks: the iteration and order live here once.
import * as Y from 'yjs';
import { casesMap, queriesMap, resolutionsMap, roundsMap, stateMap } from './control.js';
import type { CardQuery } from '../model/query.js';
import type { Case } from '../model/case.js';
import type { Position, Timer } from '../model/conference.js';
import type { Round } from '../model/round.js';
import type { Agenda, Step } from '../method/agenda.js';
import { AGENDA_VERSION } from '../model/limits.js';

/** Turns a stored value into T, or null when it is not one. */
export type Check<T> = (value: unknown) => T | null;

/** The browser's check: a value the server wrote is taken as it is (plain objects only). */
export const trusted = <T>(value: unknown): T | null =>
  value !== null && typeof value === 'object' && !(value instanceof Y.AbstractType) ? (value as T) : null;

/** A schema as a check (the server's). */
export const parsed =
  <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): Check<T> =>
  (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : null;
  };

/** The checks a reader uses, one per kind of stored value. */
export interface ControlChecks {
  query: Check<CardQuery>;
  case: Check<Case>;
  round: Check<Round>;
  agenda: Check<Agenda>;
  position: Check<Position>;
  timer: Check<Timer>;
}

/** The browser's checks: trusted, but an agenda of another version is not read. */
export const trustedChecks: ControlChecks = {
  query: trusted,
  case: trusted,
  round: trusted,
  agenda: (v) => {
    const a = trusted<Agenda>(v);
    return a?.version === AGENDA_VERSION && Array.isArray(a.steps) ? a : null;
  },
  position: trusted,
  timer: trusted,
};

const values = <V, T>(map: Y.Map<V>, check: (value: V) => T | null): T[] => {
  const out: T[] = [];
  for (const v of map.values()) {
    const x = check(v);
    if (x) out.push(x);
  }
  return out;
};

/** The query with this id, or null. */
export function readQuery(doc: Y.Doc, id: string, c: ControlChecks): CardQuery | null {
  const map = queriesMap(doc).get(id);
  return map instanceof Y.Map ? c.query(map.toJSON()) : null;
}

/** All queries in creation order. */
export function readQueries(doc: Y.Doc, c: ControlChecks): CardQuery[] {
  return values(queriesMap(doc), (m) => (m instanceof Y.Map ? c.query(m.toJSON()) : null)).sort(
    (a, b) => a.order - b.order,
  );
}

/** The query the workshop is working on now, or null. */
export function readActiveQuery(doc: Y.Doc, c: ControlChecks): CardQuery | null {
  const id = stateMap(doc).get('activeQueryId');
  return typeof id === 'string' ? readQuery(doc, id, c) : null;
}

/** Cases in the order they were added. */
export const readCases = (doc: Y.Doc, c: ControlChecks): Case[] =>
  values(casesMap(doc), c.case).sort((a, b) => a.order - b.order);

export const readCase = (doc: Y.Doc, id: string, c: ControlChecks): Case | null => {
  const v = casesMap(doc).get(id);
  return v === undefined ? null : c.case(v);
};

/** Rounds in the order they were opened. */
export const readRounds = (doc: Y.Doc, c: ControlChecks): Round[] =>
  values(roundsMap(doc), c.round).sort((a, b) => a.openedAt - b.openedAt);

export const readRound = (doc: Y.Doc, id: string, c: ControlChecks): Round | null => {
  const v = roundsMap(doc).get(id);
  return v === undefined ? null : c.round(v);
};

const state = <T>(doc: Y.Doc, key: string, check: Check<T>): T | null => {
  const v = stateMap(doc).get(key);
  return v === undefined ? null : check(v);
};

export const readStoredAgenda = (doc: Y.Doc, c: ControlChecks) => state(doc, 'agenda', c.agenda);
export const readPosition = (doc: Y.Doc, c: ControlChecks) => state(doc, 'position', c.position);
export const readTimer = (doc: Y.Doc, c: ControlChecks) => state(doc, 'timer', c.timer);

/** The step a position points at, if it is on the agenda. */
export function stepAt(agenda: Agenda, pos: Position | null): Step | null {
  return pos ? (agenda.steps.find((s) => s.id === pos.stepId) ?? null) : null;
}

/** Calls back on any change of the queries or of which one is active. */
export function observeControl(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  queriesMap(doc).observeDeep(h);
  const off = observeAll([stateMap(doc)], onChange);
  return () => {
    queriesMap(doc).unobserveDeep(h);
    off();
  };
}

/** Calls back on any change of conference state. */
export function observeConference(doc: Y.Doc, onChange: () => void): () => void {
  return observeAll([stateMap(doc), casesMap(doc)], onChange);
}

/** Calls back on any change of the rounds or resolutions. */
export function observeRounds(doc: Y.Doc, onChange: () => void): () => void {
  return observeAll([roundsMap(doc), resolutionsMap(doc)], onChange);
}

function observeAll(maps: Y.Map<unknown>[], onChange: () => void): () => void {
  const h = () => onChange();
  maps.forEach((m) => m.observe(h));
  return () => maps.forEach((m) => m.unobserve(h));
}
