// What the goal tree's items share beyond the workshop: hints, themes to
// start from, the consent round and selection, the trail shown, and how a
// structural change becomes one undo step.
import { createContext, useContext } from 'react';
import type { GoalHint, GoalNode, Round, Theme } from '@nws/shared';
import type { Run } from '../app/useCommand';

export interface GoalsState {
  hints: GoalHint[];
  /** Generative themes, offered as the text of framework and result goals. */
  generative: Theme[];
  organisations: string[];
  /** The tree in reading order. */
  all: GoalNode[];
  consent: Round | null;
  forConsent: string[];
  setForConsent: (ids: string[]) => void;
  setTrailOf: (id: string) => void;
  /** Server calls of the workspace; their errors show at its top. */
  run: Run;
  /** Runs a structural change as one undo step. */
  step: (fn: () => void) => void;
  /** Per activity (goal id): the service chains whose steps carry it out (their titles). */
  chainUses: Map<string, string[]>;
}

export const GoalsContext = createContext<GoalsState | null>(null);

export function useGoals(): GoalsState {
  const g = useContext(GoalsContext);
  if (!g) throw new Error('useGoals outside the goals workspace');
  return g;
}
