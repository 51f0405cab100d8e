// The trail from a goal back to where it came from: the theme it was made
// from (or its nearest ancestor's), the themes that one merged, their
// clusters, the cards in them, and the cases.
import type * as Y from 'yjs';
import type { Goal } from '../model/goal.js';
import type { Theme } from '../model/theme.js';
import { getGoal } from './goals.js';
import { getTheme, themeCases } from './themes.js';
import { getCluster } from './clusters.js';
import type { Cluster } from '../model/cluster.js';
import type { Card } from '../model/card.js';
import { listCards } from './cards.js';

export interface Trail {
  /** The goal whose theme starts the trail (the goal itself or an ancestor). */
  from: Goal | null;
  themes: Theme[];
  clusters: Cluster[];
  cards: Card[];
  caseIds: string[];
}

/** The provenance trail of a goal: themes → clusters → cards → cases. */
export function provenanceTrail(doc: Y.Doc, goalId: string): Trail {
  let g = getGoal(doc, goalId);
  while (g && !g.themeId && g.parentId) g = getGoal(doc, g.parentId);
  const root = g?.themeId ? getTheme(doc, g.themeId) : null;
  const themes: Theme[] = [];
  const visit = (t: Theme | null) => {
    if (!t || themes.some((x) => x.id === t.id)) return;
    themes.push(t);
    for (const id of t.sourceThemeIds ?? []) visit(getTheme(doc, id));
  };
  visit(root);
  const clusters = themes
    .map((t) => (t.clusterId ? getCluster(doc, t.clusterId) : null))
    .filter((c): c is Cluster => c !== null);
  const clusterIds = new Set(clusters.map((c) => c.id));
  const cards = listCards(doc).filter((c) => c.clusterId !== undefined && clusterIds.has(c.clusterId));
  const caseIds = new Set<string>();
  for (const t of themes) for (const c of themeCases(doc, t)) caseIds.add(c);
  for (const c of cards) if (c.caseId) caseIds.add(c.caseId);
  return { from: root ? g : null, themes, clusters, cards, caseIds: [...caseIds] };
}
