// Card geometry shared by the canvas shape and the DOM view's grid.
const w = 220;
const h = 140;
const gap = 24;

export const CARD_GRID = {
  columns: 6,
  size: { w, h, gap },
  stepX: w + gap,
  stepY: h + gap,
} as const;
