import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addGoal, flattenTree, goalTree, moveGoal, type GoalNode } from '@nws/shared';
import { goalDrop } from './goalDrop';

function system() {
  const doc = new Y.Doc();
  const overall = addGoal(doc, { level: 'overall', parentId: null, text: 'Leitziel' });
  const f1 = addGoal(doc, { level: 'framework', parentId: overall.id, text: 'Arbeit' });
  const f2 = addGoal(doc, { level: 'framework', parentId: overall.id, text: 'Sprache' });
  for (const text of ['A', 'B', 'C']) addGoal(doc, { level: 'result', parentId: f1.id, text });
  addGoal(doc, { level: 'result', parentId: f2.id, text: 'D' });
  return doc;
}
const all = (doc: Y.Doc): GoalNode[] => flattenTree(goalTree(doc));
const id = (doc: Y.Doc, text: string) => all(doc).find((g) => g.text === text)!.id;
const under = (doc: Y.Doc, text: string) =>
  all(doc)
    .filter((g) => g.parentId === id(doc, text))
    .map((g) => g.text);
function drop(doc: Y.Doc, from: string, to: string) {
  const move = goalDrop(all(doc), id(doc, from), id(doc, to));
  if (move) moveGoal(doc, id(doc, from), move.parentId, move.index);
  return move;
}

describe('dropping a goal on a goal', () => {
  it('takes the place of a sibling, after it going down and before it going up', () => {
    const doc = system();
    drop(doc, 'A', 'B');
    expect(under(doc, 'Arbeit')).toEqual(['B', 'A', 'C']);
    drop(doc, 'C', 'B');
    expect(under(doc, 'Arbeit')).toEqual(['C', 'B', 'A']);
    drop(doc, 'C', 'A');
    expect(under(doc, 'Arbeit')).toEqual(['B', 'A', 'C']);
  });
  it('moves to another parent: beside a goal of its level there, or last under a goal one level up', () => {
    const doc = system();
    drop(doc, 'A', 'D');
    expect(under(doc, 'Sprache')).toEqual(['A', 'D']);
    drop(doc, 'B', 'Sprache');
    expect(under(doc, 'Sprache')).toEqual(['A', 'D', 'B']);
    expect(under(doc, 'Arbeit')).toEqual(['C']);
  });
  it('changes nothing where the level does not fit, for the overall goal or onto itself', () => {
    const doc = system();
    expect(drop(doc, 'A', 'Leitziel')).toBeNull();
    expect(drop(doc, 'Arbeit', 'A')).toBeNull();
    expect(drop(doc, 'Leitziel', 'Arbeit')).toBeNull();
    expect(drop(doc, 'A', 'A')).toBeNull();
  });
});
