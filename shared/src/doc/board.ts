// The board document: what participants write (cards, clusters, themes, the
// goal system, perspective grids and shared texts). Its root maps are
// declared here once; every other module reaches a root through these
// accessors, never by its name.
import type * as Y from 'yjs';

/** The root maps of the board document, by name. */
export const boardRoots = {
  /** One Y.Map per card, keyed by card id; its fields are those of CardSchema. */
  cards: 'cards',
  /** One Y.Map per cluster, keyed by cluster id; fields of ClusterSchema. */
  clusters: 'clusters',
  /** One Y.Map per theme, keyed by theme id; fields of ThemeSchema. */
  themes: 'themes',
  /** One Y.Map per goal, keyed by goal id; its texts are Y.Texts. */
  goals: 'goals',
  /** One Y.Map per perspective grid, keyed by `case/step`: questions and a map of rows. */
  grids: 'grids',
  /** Y.Texts keyed by path: grid cells, reconstructions, notes. */
  texts: 'texts',
  /**
   * Where carried entities came from (plain Provenance, keyed like their own
   * root): written by the server only — the board rules know no such root,
   * so they refuse every client write to it (doc/carryOver.ts).
   */
  carried: 'carried',
} as const;

export type BoardRoot = (typeof boardRoots)[keyof typeof boardRoots];

/**
 * Every root name of the board document (a whole-board restore syncs each).
 * What a client may write to is the board rules' own list, without `carried`.
 */
export const BOARD_ROOT_NAMES: readonly BoardRoot[] = Object.values(boardRoots);

/** An entity held as a Y.Map of its fields, so concurrent edits of different fields both survive. */
export type EntityMap = Y.Map<unknown>;
export type CardMap = EntityMap;
export type ClusterMap = EntityMap;

/** The root map of all cards in a board document. */
export const cardsMap = (doc: Y.Doc): Y.Map<CardMap> => doc.getMap<CardMap>(boardRoots.cards);

/** The root map of all clusters. */
export const clustersMap = (doc: Y.Doc): Y.Map<ClusterMap> => doc.getMap<ClusterMap>(boardRoots.clusters);

/** The root map of all themes. */
export const themesMap = (doc: Y.Doc): Y.Map<EntityMap> => doc.getMap<EntityMap>(boardRoots.themes);

/** The root map of the goal system. */
export const goalsMap = (doc: Y.Doc): Y.Map<EntityMap> => doc.getMap<EntityMap>(boardRoots.goals);

/** The root map of perspective grids. */
export const gridsMap = (doc: Y.Doc): Y.Map<EntityMap> => doc.getMap<EntityMap>(boardRoots.grids);

/** The root map of shared texts. */
export const textsMap = (doc: Y.Doc): Y.Map<Y.Text> => doc.getMap<Y.Text>(boardRoots.texts);
