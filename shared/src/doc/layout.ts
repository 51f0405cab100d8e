// Board geometry shared by the domain operations and both views: card size,
// the reveal grid, query areas and cluster boxes. Positions are domain data,
// so every client lays cards out the same way.
export const CARD = { w: 220, h: 140, gap: 24 } as const;
export const STEP_X = CARD.w + CARD.gap;
export const STEP_Y = CARD.h + CARD.gap;

/** Free cards (outside any query) start at the origin, six to a row. */
export const FREE_COLUMNS = 6;

/** Each query gets its own area to the right of the free cards. */
export const QUERY_AREA = {
  originX: 2000,
  stride: 3800,
  /** Space above the first row for the question. */
  header: 100,
  padding: 24,
  revealColumns: 6,
  /** Clusters sit right of the reveal grid, three to a row. */
  clusterColumns: 3,
  clusterOffsetX: 6 * STEP_X + 100,
  clusterStepX: 2 * STEP_X + 16 * 2 + 40,
  clusterStepY: 720,
} as const;

export const CLUSTER_BOX = { padding: 16, title: 56, columns: 2 } as const;

/** Position of cell `index` in a grid of `columns` starting at (x, y). */
export function gridCell(index: number, columns: number, x: number, y: number): { x: number; y: number } {
  return { x: x + (index % columns) * STEP_X, y: y + Math.floor(index / columns) * STEP_Y };
}

/** Size of a cluster box holding `count` cards (at least one empty row). */
export function clusterSize(count: number): { w: number; h: number } {
  const rows = Math.max(1, Math.ceil(count / CLUSTER_BOX.columns));
  return {
    w: CLUSTER_BOX.columns * STEP_X - CARD.gap + 2 * CLUSTER_BOX.padding,
    h: CLUSTER_BOX.title + rows * STEP_Y - CARD.gap + CLUSTER_BOX.padding,
  };
}

/** Each case of the planning conference has an area below the free cards and queries. */
export const CASE_AREA = { originY: 6000, stride: 3800, header: 100, padding: 24, columns: 6 } as const;
