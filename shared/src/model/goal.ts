// A goal of the goal system (Zielsystem): one overall goal, framework goals
// under it, result goals under each framework goal, activities under result
// goals. Its texts are Y.Texts in the document, read here as strings.
import { z } from 'zod';

export const GoalLevelSchema = z.enum(['overall', 'framework', 'result', 'activity']);
export type GoalLevel = z.infer<typeof GoalLevelSchema>;

export const goalTextFields = ['text', 'indicators', 'sources', 'assumptions'] as const;
export type GoalTextField = (typeof goalTextFields)[number];

export const GOAL_TEXT_MAX = 2000;

/** The level a goal's parent must have. */
export const parentLevelOf: Record<GoalLevel, GoalLevel | null> = {
  overall: null,
  framework: 'overall',
  result: 'framework',
  activity: 'result',
};

export interface Goal {
  id: string;
  level: GoalLevel;
  parentId: string | null;
  order: number;
  text: string;
  indicators: string;
  sources: string;
  assumptions: string;
  /** Activities: the responsible organisations. */
  actors: string[];
  /** Created from this (generative) theme: the start of its provenance trail. */
  themeId: string | null;
  createdAt: number;
}
