// Where a new cluster goes on the canvas: beside the selected cards (right of
// them, else left), always inside the current view, so the group sees it.
interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 40;

/** The top-left corner for a box of `size` beside `selection`, kept inside `view`. */
export function besideSelection(
  selection: Rect | null,
  view: Rect,
  size: { w: number; h: number },
): { x: number; y: number } {
  const fitsX = (x: number) => x >= view.x && x + size.w <= view.x + view.w;
  const sel = selection ?? { x: view.x + view.w / 2, y: view.y + GAP, w: 0, h: 0 };
  const right = sel.x + sel.w + GAP;
  const left = sel.x - GAP - size.w;
  const x = fitsX(right) ? right : fitsX(left) ? left : view.x + GAP;
  const y = Math.min(Math.max(sel.y, view.y + GAP), view.y + view.h - size.h - GAP);
  return { x, y: Math.max(y, view.y + GAP) };
}
