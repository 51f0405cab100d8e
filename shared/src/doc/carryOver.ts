// Carry-over between the workshops of a network, in the documents: what the
// coordinator picked from an earlier workshop (model/carryOver.ts) is copied
// into a new workshop's board and control documents, one transaction per
// document. Everything keeps its id (a case, theme, goal, grid, shared text
// and card is found under the same key as in its source), Y types are copied
// afresh (a type cannot move between documents), and each carried entity
// records where it came from in a `carried` root of its document: the
// control document's for cases, the board document's for grids, texts,
// themes, goals and cards. Only the server writes that root (the board rules
// refuse client writes to roots they do not know). What the target already
// holds under a key is left as it is, so carrying the same pick again changes
// nothing.
//
// A case comes with its board content keyed by its id: its perspective grids
// with their rows, its cell texts, reconstruction texts and notes, and its
// case themes. Not with its roles: they are session ids of the source
// workshop, which name nobody in the new one (its people join afresh, the
// source's links do not open it), so the new workshop's moderation chooses
// them anew (METHOD.md, Phase I steps 1–2). Its cards stay behind too (they
// carry the source's people's session ids) — except its clarifying questions
// when open questions are picked: those are copied as cards of nobody (no
// author: the server wrote them, only the moderation changes them), with
// their text, and placed in the case's area of the target. Open questions of
// no case go to the free cards. References that would dangle in the target
// are dropped: a theme's cluster, a cross-case theme's merged themes, a
// goal's theme — each only if the target holds it after the carry — and a
// question card's query, cluster and stack.
//
// The organisations of the people who took part are stored in the target's
// control state as the organisations it expects (expectedOrganisations).
// The control state also holds the ids of the cases reconstructed anywhere in
// the network (networkCases), which the Phase II warning counts.
import * as Y from 'yjs';
import { DomainError } from '../errors.js';
import type { Case } from '../model/case.js';
import type { Card } from '../model/card.js';
import { ORGANISATION_MAX } from '../model/grid.js';
import {
  ExpectedOrganisationSchema,
  ProvenanceSchema,
  type CarryOverPick,
  type CarrySummary,
  type ExpectedOrganisation,
  type Provenance,
} from '../model/carryOver.js';
import { getCase, listCases, requireCase } from '../method/conference.js';
import { boardRoots, cardsMap, clustersMap, goalsMap, gridsMap, textsMap, themesMap } from './board.js';
import { nextCaseCardPosition, rowIdOf } from './caseArtefacts.js';
import { listCards, nextCardPosition } from './cards.js';
import { casesMap, controlRoots, stateMap } from './control.js';
import { getGoal, listGoals } from './goals.js';
import { copyValue } from './restore.js';
import { listThemes } from './themes.js';

/**
 * The root, in the board and in the control document, that maps a carried
 * entity's key to its Provenance (plain JSON). Keys are those of the entity's
 * own root: case, theme, goal and card ids, grid keys `case/step`, text keys
 * `cell/…`, `recon/…`, `notes/…` — shapes that do not meet.
 */
export const CARRIED_ROOT: typeof boardRoots.carried & typeof controlRoots.carried = boardRoots.carried;

/** The provenance of a document's carried entities, by key. */
export const carriedMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(CARRIED_ROOT);

/** Where the entity under `id` in this document was carried from, or null if it was made here. */
export function carriedFrom(doc: Y.Doc, id: string): Provenance | null {
  const p = ProvenanceSchema.safeParse(carriedMap(doc).get(id));
  return p.success ? p.data : null;
}

/** An earlier workshop of the network, as the server hands it over: its documents and its people's organisations. */
export interface CarrySource {
  workshopId: string;
  name: string;
  board: Y.Doc;
  control: Y.Doc;
  /** The organisations of the people who joined it (names; duplicates allowed). */
  organisations: string[];
}

export interface CarryTarget {
  board: Y.Doc;
  control: Y.Doc;
}

/** A summary of nothing carried (also the answer of a workshop created without carry-over). */
export const emptyCarrySummary = (): CarrySummary => ({
  cases: 0,
  grids: 0,
  texts: 0,
  themes: 0,
  goals: 0,
  questions: 0,
  organisations: [],
});

/** The case a grid key (`case/step`) belongs to. */
const caseOfGrid = (key: string): string => key.slice(0, key.indexOf('/'));

/** The texts of a case: `cell/<case>/…`, `recon/<case>/…`, `notes/<case>/…` (`notes/-/…` are of no case). */
const CASE_TEXT_KINDS: ReadonlySet<string> = new Set(['cell', 'recon', 'notes']);
function caseOfText(key: string): string | null {
  const [kind, caseId] = key.split('/', 2);
  return kind !== undefined && CASE_TEXT_KINDS.has(kind) && caseId && caseId !== '-' ? caseId : null;
}

/** Organisation names, trimmed, without empty ones and without a second spelling of the same one. */
function distinctOrganisations(names: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (!name || name.length > ORGANISATION_MAX) continue;
    const key = rowIdOf(name);
    if (!out.has(key)) out.set(key, name);
  }
  return [...out.values()];
}

const overallGoal = (doc: Y.Doc) => listGoals(doc).find((g) => g.level === 'overall')?.id;

/**
 * Throws what carryOver would refuse, before anything is written: a pick for
 * another workshop, a case the source does not have, or (given the target) an
 * overall goal where the target has a different one already.
 */
export function checkCarryPick(source: CarrySource, pick: CarryOverPick, target?: CarryTarget): void {
  if (pick.workshopId !== source.workshopId) throw new DomainError('invalid', 'the pick is for another workshop');
  for (const id of pick.caseIds) requireCase(source.control, id);
  if (pick.goalSystem && target) {
    const mine = overallGoal(target.board);
    const theirs = overallGoal(source.board);
    if (mine !== undefined && theirs !== undefined && mine !== theirs)
      throw new DomainError('conflict', 'the workshop has a goal system already');
  }
}

/**
 * Copies what `pick` names from an earlier workshop into a new one. Throws
 * (before writing anything) what checkCarryPick throws. The server runs it
 * for every pick of a validated CarryOverSchema through carryAll.
 */
export function carryOver(source: CarrySource, target: CarryTarget, pick: CarryOverPick, now: number): CarrySummary {
  checkCarryPick(source, pick, target);
  const picked = new Set(pick.caseIds);
  const summary = emptyCarrySummary();
  const provenance = (from: Y.Doc, key: string): Provenance => {
    const before = carriedFrom(from, key);
    const here = { workshopId: source.workshopId, workshopName: source.name, at: now };
    if (!before) return here;
    const { workshopId, workshopName, at } = before.origin ?? before;
    return { ...here, origin: { workshopId, workshopName, at } };
  };

  const cases: Case[] = listCases(source.control).filter((c) => picked.has(c.id));
  if (pick.organisations) summary.organisations = distinctOrganisations(source.organisations);
  if (cases.length > 0 || summary.organisations.length > 0)
    target.control.transact(() => {
      const into = casesMap(target.control);
      const carried = carriedMap(target.control);
      let order = Math.max(-1, ...listCases(target.control).map((c) => c.order)) + 1;
      for (const c of cases) {
        if (into.has(c.id)) continue;
        // Roles name the source's sessions: the new workshop's moderation chooses them anew.
        const copy: Case = { ...c, caseGiverId: null, moderatorIds: [], userPerspectiveId: null, order: order++ };
        into.set(c.id, copy);
        carried.set(c.id, provenance(source.control, c.id));
        summary.cases++;
      }
      addExpectedOrganisations(target.control, summary.organisations, {
        workshopId: source.workshopId,
        workshopName: source.name,
        at: now,
      });
    });

  target.board.transact(() => {
    const carried = carriedMap(target.board);
    /** Copies one entry of a root map unless the target holds its key; returns the copy or null. */
    const carry = <T>(into: Y.Map<T>, key: string, value: T): T | null => {
      if (into.has(key)) return null;
      const copy = copyValue(value) as T;
      into.set(key, copy);
      carried.set(key, provenance(source.board, key));
      return copy;
    };

    for (const [key, grid] of gridsMap(source.board).entries())
      if (grid instanceof Y.Map && picked.has(caseOfGrid(key)))
        if (carry(gridsMap(target.board), key, grid)) summary.grids++;

    for (const [key, text] of textsMap(source.board).entries()) {
      const caseId = caseOfText(key);
      if (text instanceof Y.Text && caseId !== null && picked.has(caseId))
        if (carry(textsMap(target.board), key, text)) summary.texts++;
    }

    const themes = listThemes(source.board).filter((t) => (t.caseId !== null ? picked.has(t.caseId) : pick.themes));
    const themesThere = new Set([...themesMap(target.board).keys(), ...themes.map((t) => t.id)]);
    for (const t of themes) {
      const m = carry(themesMap(target.board), t.id, themesMap(source.board).get(t.id)!);
      if (!m) continue;
      summary.themes++;
      if (t.clusterId !== undefined && !clustersMap(target.board).has(t.clusterId)) m.delete('clusterId');
      if (t.sourceThemeIds) {
        const kept = t.sourceThemeIds.filter((id) => themesThere.has(id));
        if (kept.length < t.sourceThemeIds.length) m.set('sourceThemeIds', kept);
      }
    }

    if (pick.openQuestions) {
      const sourceCases = new Set(listCases(source.control).map((c) => c.id));
      for (const card of listCards(source.board)) {
        if (card.kind !== 'question' || cardsMap(target.board).has(card.id)) continue;
        // A question of a case the source no longer has is a question of no case.
        const of = card.caseId !== undefined && sourceCases.has(card.caseId) ? card.caseId : null;
        if (of !== null && !picked.has(of)) continue; // stays behind with its case
        const inTarget = of !== null ? getCase(target.control, of) : null;
        const { x, y } = inTarget ? nextCaseCardPosition(target.board, inTarget) : nextCardPosition(target.board);
        const question: Card = {
          id: card.id,
          text: card.text,
          x,
          y,
          color: card.color,
          ...(inTarget ? { caseId: inTarget.id } : {}),
          kind: 'question',
          createdAt: card.createdAt,
          updatedAt: now,
        };
        const m = new Y.Map<unknown>();
        for (const [k, v] of Object.entries(question)) m.set(k, v);
        cardsMap(target.board).set(card.id, m);
        carried.set(card.id, provenance(source.board, card.id));
        summary.questions++;
      }
    }

    // Last, so that goals find every theme carried before them.
    if (pick.goalSystem)
      for (const [id, goal] of goalsMap(source.board).entries()) {
        const g = getGoal(source.board, id);
        if (!g || g.id !== id) continue;
        const m = carry(goalsMap(target.board), id, goal);
        if (!m) continue;
        summary.goals++;
        if (g.themeId !== null && !themesMap(target.board).has(g.themeId)) m.delete('themeId');
      }
  });

  return summary;
}

/**
 * The picks in the order carryAll carries them: the one bringing the goal
 * system last, so that its goals keep their themes brought by any other pick.
 */
export function carryOrder<P extends Pick<CarryOverPick, 'goalSystem'>>(picks: readonly P[]): P[] {
  return [...picks.filter((p) => !p.goalSystem), ...picks.filter((p) => p.goalSystem)];
}

/**
 * Carries every pick of a validated CarryOverSchema into the target, in
 * carryOrder, after checking all of them (so a refused pick writes nothing).
 * `sources` holds each picked workshop by id. Returns the counts summed and
 * the organisations once each.
 */
export function carryAll(
  sources: ReadonlyMap<string, CarrySource>,
  target: CarryTarget,
  picks: readonly CarryOverPick[],
  now: number,
): CarrySummary {
  const sourceOf = (pick: CarryOverPick): CarrySource => {
    const source = sources.get(pick.workshopId);
    if (!source) throw new DomainError('unknown_workshop', `no workshop ${pick.workshopId} to carry from`);
    return source;
  };
  for (const pick of picks) checkCarryPick(sourceOf(pick), pick, target);
  const total = emptyCarrySummary();
  const organisations: string[] = [];
  for (const pick of carryOrder(picks)) {
    const s = carryOver(sourceOf(pick), target, pick, now);
    total.cases += s.cases;
    total.grids += s.grids;
    total.texts += s.texts;
    total.themes += s.themes;
    total.goals += s.goals;
    total.questions += s.questions;
    organisations.push(...s.organisations);
  }
  total.organisations = distinctOrganisations(organisations);
  return total;
}

// --- the organisations a workshop expects ------------------------------------

const EXPECTED_KEY = 'expectedOrganisations';

/**
 * The organisations a workshop expects, carried from the people who took
 * part in earlier workshops of the network (name and where it came from),
 * in the order they were carried; [] if none.
 */
export function expectedOrganisations(control: Y.Doc): ExpectedOrganisation[] {
  const raw: unknown = stateMap(control).get(EXPECTED_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((v) => {
    const p = ExpectedOrganisationSchema.safeParse(v);
    return p.success ? [p.data] : [];
  });
}

/**
 * Adds organisations to those a workshop expects (server only): one entry
 * per organisation (rowIdOf), the first one's spelling and provenance kept.
 * Writes nothing when none is new; returns how many were added.
 */
export function addExpectedOrganisations(control: Y.Doc, names: readonly string[], from: Provenance): number {
  const current = expectedOrganisations(control);
  const known = new Set(current.map((o) => rowIdOf(o.name)));
  const added = distinctOrganisations(names)
    .filter((name) => !known.has(rowIdOf(name)))
    .map((name) => ({ name, from: { ...from } }));
  if (added.length > 0) stateMap(control).set(EXPECTED_KEY, [...current, ...added]);
  return added.length;
}

// --- cases across the network -------------------------------------------------

const NETWORK_CASES_KEY = 'networkCases';

/**
 * The ids of the distinct cases the given workshops (their control
 * documents) have reconstructed, sorted. A carried case keeps its id, so a
 * case reconstructed in one workshop and carried into others counts once.
 */
export function networkCaseIds(controls: readonly Y.Doc[]): string[] {
  const ids = new Set<string>();
  for (const control of controls) for (const c of listCases(control)) if (c.status === 'reconstructed') ids.add(c.id);
  return [...ids].sort();
}

/** How many distinct cases the given workshops have reconstructed (networkCaseIds). */
export function networkCaseCount(controls: readonly Y.Doc[]): number {
  return networkCaseIds(controls).length;
}

/**
 * The ids of the cases reconstructed anywhere in the workshop's network, as
 * the server last wrote them into its control state; [] if never (a workshop
 * made on its own). The Phase II warning counts them together with the
 * workshop's own cases (warnsTooFewCases).
 */
export function networkCases(control: Y.Doc): string[] {
  const raw: unknown = stateMap(control).get(NETWORK_CASES_KEY);
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
}

/** Records the network's reconstructed cases in a workshop's control state (server only); false if they were recorded already. */
export function setNetworkCases(control: Y.Doc, ids: readonly string[]): boolean {
  const next = [...new Set(ids)].sort();
  const now = networkCases(control);
  if (stateMap(control).has(NETWORK_CASES_KEY) && now.length === next.length && now.every((id, i) => id === next[i]))
    return false;
  stateMap(control).set(NETWORK_CASES_KEY, next);
  return true;
}
