// The goal system (Zielsystem) in the board document: one overall goal,
// framework goals under it, result goals under each framework goal,
// activities under result goals with their responsible organisations. Every
// goal may carry indicators, sources and assumptions. Texts are Y.Texts, so
// the tree and the planning matrix can be edited at the same time by
// several people; order among siblings is a number, so reorder and
// re-parent are single field changes (and undoable).
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { DomainError } from '../errors.js';
import {
  GOAL_TEXT_MAX,
  GoalLevelSchema,
  goalTextFields,
  parentLevelOf,
  type Goal,
  type GoalLevel,
  type GoalTextField,
} from '../model/goal.js';
import { goalsMap } from './board.js';

function readGoal(m: Y.Map<unknown>): Goal | null {
  const level = GoalLevelSchema.safeParse(m.get('level'));
  const id = m.get('id');
  if (!level.success || typeof id !== 'string') return null;
  const text = (f: GoalTextField) => {
    const t = m.get(f);
    return t instanceof Y.Text ? t.toString() : '';
  };
  const actors = m.get('actors');
  return {
    id,
    level: level.data,
    parentId: typeof m.get('parentId') === 'string' ? (m.get('parentId') as string) : null,
    order: typeof m.get('order') === 'number' ? (m.get('order') as number) : 0,
    text: text('text'),
    indicators: text('indicators'),
    sources: text('sources'),
    assumptions: text('assumptions'),
    actors: Array.isArray(actors) ? actors.filter((a): a is string => typeof a === 'string') : [],
    themeId: typeof m.get('themeId') === 'string' ? (m.get('themeId') as string) : null,
    createdAt: typeof m.get('createdAt') === 'number' ? (m.get('createdAt') as number) : 0,
  };
}

export function getGoal(doc: Y.Doc, id: string): Goal | null {
  const m = goalsMap(doc).get(id);
  return m instanceof Y.Map ? readGoal(m) : null;
}

/** All well-formed goals. */
export function listGoals(doc: Y.Doc): Goal[] {
  const out: Goal[] = [];
  for (const m of goalsMap(doc).values())
    if (m instanceof Y.Map) {
      const g = readGoal(m);
      if (g) out.push(g);
    }
  return out;
}

const bySiblingOrder = (a: Goal, b: Goal) => a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** A goal's children in their order. */
export function childrenOf(doc: Y.Doc, parentId: string | null, goals = listGoals(doc)): Goal[] {
  return goals
    .filter((g) => g.parentId === parentId && (parentId !== null || g.level === 'overall'))
    .sort(bySiblingOrder);
}

function requireGoalMap(doc: Y.Doc, id: string): Y.Map<unknown> {
  const m = goalsMap(doc).get(id);
  if (!(m instanceof Y.Map)) throw new DomainError('not_found', 'no such goal');
  return m;
}

function checkParent(doc: Y.Doc, level: GoalLevel, parentId: string | null): void {
  const want = parentLevelOf[level];
  if (want === null) {
    if (parentId !== null) throw new DomainError('invalid', 'the overall goal has no parent');
    return;
  }
  const parent = parentId ? getGoal(doc, parentId) : null;
  if (!parent || parent.level !== want)
    throw new DomainError('invalid', `a ${level} goal belongs under a ${want} goal`);
}

/** Adds a goal at the end of its siblings. There is one overall goal. */
export function addGoal(
  doc: Y.Doc,
  input: { level: GoalLevel; parentId: string | null; text?: string; themeId?: string | null; actors?: string[] },
  opts: { id?: string; now?: number } = {},
): Goal {
  checkParent(doc, input.level, input.parentId);
  if (input.level === 'overall' && listGoals(doc).some((g) => g.level === 'overall'))
    throw new DomainError('invalid', 'there is one overall goal');
  const text = (input.text ?? '').trim();
  if (text.length > GOAL_TEXT_MAX) throw new DomainError('invalid', `goals have at most ${GOAL_TEXT_MAX} characters`);
  const siblings = childrenOf(doc, input.parentId);
  const id = opts.id ?? uuidv4();
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    m.set('id', id);
    m.set('level', input.level);
    m.set('parentId', input.parentId);
    m.set('order', (siblings.at(-1)?.order ?? 0) + 1);
    for (const f of goalTextFields) m.set(f, new Y.Text(f === 'text' ? text : ''));
    m.set('actors', cleanActors(input.actors ?? []));
    if (input.themeId) m.set('themeId', input.themeId);
    m.set('createdAt', opts.now ?? Date.now());
    goalsMap(doc).set(id, m);
  });
  return getGoal(doc, id)!;
}

function cleanActors(actors: string[]): string[] {
  return [...new Set(actors.map((a) => a.trim()).filter((a) => a.length > 0 && a.length <= 120))].slice(0, 30);
}

/** The shared text of one field of a goal, for live editing. */
export function goalText(doc: Y.Doc, id: string, field: GoalTextField): Y.Text | null {
  const t = goalsMap(doc).get(id)?.get(field);
  return t instanceof Y.Text ? t : null;
}

/** Replaces a text field of a goal. */
export function setGoalText(doc: Y.Doc, id: string, field: GoalTextField, value: string): void {
  if (value.length > GOAL_TEXT_MAX) throw new DomainError('invalid', `at most ${GOAL_TEXT_MAX} characters`);
  const t = goalText(doc, id, field);
  if (!t) throw new DomainError('not_found', 'no such goal');
  doc.transact(() => {
    t.delete(0, t.length);
    t.insert(0, value);
  });
}

/** Sets the responsible organisations of an activity. */
export function setActors(doc: Y.Doc, id: string, actors: string[]): void {
  requireGoalMap(doc, id).set('actors', cleanActors(actors));
}

/** Moves a goal to position `index` among the children of `parentId` (reorder or re-parent; levels stay valid). */
export function moveGoal(doc: Y.Doc, id: string, parentId: string | null, index: number): void {
  const goal = getGoal(doc, id);
  if (!goal) throw new DomainError('not_found', 'no such goal');
  checkParent(doc, goal.level, parentId);
  const siblings = childrenOf(doc, parentId).filter((g) => g.id !== id);
  const i = Math.max(0, Math.min(siblings.length, index));
  const before = siblings[i - 1]?.order;
  const after = siblings[i]?.order;
  const order =
    before === undefined
      ? after === undefined
        ? 1
        : after - 1
      : after === undefined
        ? before + 1
        : (before + after) / 2;
  const m = requireGoalMap(doc, id);
  doc.transact(() => {
    m.set('parentId', parentId);
    m.set('order', order);
  });
}

/** Deletes a goal and everything under it. */
export function deleteGoal(doc: Y.Doc, id: string): void {
  const goals = listGoals(doc);
  const doomed = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals)
      if (g.parentId && doomed.has(g.parentId) && !doomed.has(g.id)) {
        doomed.add(g.id);
        grew = true;
      }
  }
  doc.transact(() => doomed.forEach((d) => goalsMap(doc).delete(d)));
}

export interface GoalNode extends Goal {
  /** 1, 2 … for framework goals; 1.1, 1.2, 2.1 … for result goals; 1.1.1 … for activities; '' for the overall goal. */
  number: string;
  children: GoalNode[];
}

/** The goal system as a numbered tree (null without an overall goal). */
export function goalTree(doc: Y.Doc): GoalNode | null {
  const goals = listGoals(doc);
  const overall = childrenOf(doc, null, goals)[0];
  if (!overall) return null;
  const build = (g: Goal, number: string): GoalNode => ({
    ...g,
    number,
    children: childrenOf(doc, g.id, goals).map((c, i) => build(c, number ? `${number}.${i + 1}` : String(i + 1))),
  });
  return build(overall, '');
}

/** The tree flattened in reading order. */
export function flattenTree(node: GoalNode | null): GoalNode[] {
  return node ? [node, ...node.children.flatMap((c) => flattenTree(c))] : [];
}

/** Calls back on any change of the goal system. */
export function observeGoals(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  goalsMap(doc).observeDeep(h);
  return () => goalsMap(doc).unobserveDeep(h);
}

// --- hints, not blocks ------------------------------------------------------

export type GoalHintKind = 'noActivities' | 'noActor' | 'noIndicator' | 'instruction' | 'empty';
export interface GoalHint {
  goalId: string;
  kind: GoalHintKind;
}

const finiteMarkers =
  /\b(ist|sind|hat|haben|wird|werden|kann|können|gibt|besteht|bestehen|liegt|liegen|erhält|erhalten|nutzt|nutzen|kennt|kennen|besucht|besuchen|verfügt|verfügen|is|are|has|have|attends?|receives?|knows?|uses?)\b/i;
const modalInstruction = /\b(soll|sollen|muss|müssen|sollte|sollten)\b/i;
const imperativeEn =
  /^(create|set up|establish|organi[sz]e|build|develop|hold|run|write|make|plan|hire|start|introduce|ensure)\b/i;

/**
 * Whether a goal reads like an instruction rather than a reached state
 * ("Sprachkurse organisieren" instead of "Jede Zugewanderte besucht …"). A
 * heuristic: an infinitive at the end without a finite verb, a modal verb,
 * or an English imperative at the start.
 */
export function looksLikeInstruction(text: string): boolean {
  const t = text.trim().replace(/[.!]+$/, '');
  if (!t) return false;
  if (imperativeEn.test(t) || modalInstruction.test(t)) return true;
  const last = t.split(/\s+/).at(-1) ?? '';
  return /^[a-zäöüß]+(en|ern|eln)$/.test(last) && !finiteMarkers.test(t);
}

/** Points out gaps the method warns about; nothing is blocked. */
export function goalHints(doc: Y.Doc): GoalHint[] {
  const hints: GoalHint[] = [];
  const goals = listGoals(doc);
  for (const g of goals) {
    if (!g.text.trim()) {
      hints.push({ goalId: g.id, kind: 'empty' });
      continue;
    }
    if (g.level === 'result' && !goals.some((c) => c.parentId === g.id && c.level === 'activity'))
      hints.push({ goalId: g.id, kind: 'noActivities' });
    if (g.level === 'activity' && g.actors.length === 0) hints.push({ goalId: g.id, kind: 'noActor' });
    if (g.level !== 'activity' && !g.indicators.trim()) hints.push({ goalId: g.id, kind: 'noIndicator' });
    if (g.level !== 'activity' && looksLikeInstruction(g.text)) hints.push({ goalId: g.id, kind: 'instruction' });
  }
  return hints;
}
