// Themes, the goal system and the rounds, as React state.
import type * as Y from 'yjs';
import {
  goalTree,
  listResolutions,
  listRounds,
  listThemes,
  observeGoals,
  observeRounds,
  themesMap,
  type GoalNode,
  type Resolution,
  type Round,
  type Theme,
} from '@nws/shared';
import { useDerived } from './useDerived';

const observeThemes = (d: Y.Doc, cb: () => void) => {
  const m = themesMap(d);
  m.observeDeep(cb);
  return () => m.unobserveDeep(cb);
};

export const useThemes = (board: Y.Doc | undefined): Theme[] =>
  useDerived(board, (d) => listThemes(d), observeThemes, []);
export const useGoalTree = (board: Y.Doc | undefined): GoalNode | null =>
  useDerived(board, goalTree, observeGoals, null);
export const useRounds = (control: Y.Doc | undefined): { rounds: Round[]; resolutions: Resolution[] } =>
  useDerived(control, (d) => ({ rounds: listRounds(d), resolutions: listResolutions(d) }), observeRounds, {
    rounds: [],
    resolutions: [],
  });
