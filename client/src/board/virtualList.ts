// The parts of the virtualised card lists (VirtualList.tsx) that need no
// React: when a list is virtualised, where a key moves the focus, and where
// the list sits in whatever scrolls it.

/**
 * From this many cards a list renders only the rows in and near view; a
 * smaller list (the usual workshop has well under 100 cards) renders every
 * card, exactly as before: 200 plain cards draw in a few dozen milliseconds.
 */
export const VIRTUAL_FROM = 200;

/** Whether a list of `count` cards is virtualised. The benchmark build switches it off with `?virtual=off`. */
export function virtualised(count: number): boolean {
  if (import.meta.env.BENCH === true && new URLSearchParams(window.location.search).get('virtual') === 'off')
    return false;
  return count >= VIRTUAL_FROM;
}

/**
 * Where a key pressed on card `index` (of `count`, in `cols` columns, `page`
 * rows to a screen) moves the focus: the arrow keys to the neighbour (left and
 * right only in a grid), Page up/down by a screen, Home and End to the ends;
 * null for other keys.
 */
export function keyTarget(key: string, index: number, count: number, cols: number, page: number): number | null {
  const steps: Record<string, number> = {
    ArrowDown: cols,
    ArrowUp: -cols,
    PageDown: cols * page,
    PageUp: -cols * page,
    ...(cols > 1 ? { ArrowRight: 1, ArrowLeft: -1 } : {}),
  };
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = steps[key];
  if (step === undefined) return null;
  return Math.max(0, Math.min(count - 1, index + step));
}

export type Scroller = Element | Window;

const isWindow = (s: Scroller): s is Window => s === window;

/**
 * What scrolls the list: the nearest ancestor that scrolls once the list is
 * long (the board's main area on a laptop), else the window (a phone, where
 * the page grows). Asked with the list stretched, so an empty list finds it too.
 */
export function findScroller(list: HTMLElement): Scroller {
  const before = list.style.minHeight;
  list.style.minHeight = '300vh';
  try {
    for (let el = list.parentElement; el && el !== document.body; el = el.parentElement) {
      const { overflowY } = getComputedStyle(el);
      if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
    }
    return window;
  } finally {
    list.style.minHeight = before;
  }
}

export const scrollOffsetOf = (s: Scroller): number => (isWindow(s) ? s.scrollY : s.scrollTop);
export const viewportHeightOf = (s: Scroller): number => (isWindow(s) ? s.innerHeight : s.clientHeight);

/** The list's layout as the virtualiser needs it: its top in the scrolled content, its columns, the gap between rows. */
export interface Frame {
  scroller: Scroller;
  margin: number;
  cols: number;
  gap: number;
}

export function measureFrame(list: HTMLElement, scroller: Scroller): Frame {
  const top = list.getBoundingClientRect().top;
  const margin = isWindow(scroller)
    ? top + scroller.scrollY
    : top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
  const style = getComputedStyle(list);
  // A grid's computed columns are its resolved tracks ("212px 212px …"): as many as CSS lays out.
  const cols = style.display === 'grid' ? style.gridTemplateColumns.split(' ').filter(Boolean).length : 1;
  return { scroller, margin: Math.round(margin), cols: Math.max(1, cols), gap: parseFloat(style.rowGap) || 0 };
}

export const sameFrame = (a: Frame | null, b: Frame) =>
  !!a && a.scroller === b.scroller && a.margin === b.margin && a.cols === b.cols && a.gap === b.gap;

/**
 * Calls `onChange` whenever the list may have moved in its scroller without
 * itself changing: the scroller scrolls, or (`resized`: then another element
 * may scroll the list now) the window resizes or something around the list
 * changes size (the list, an ancestor up to the scroller, one of the
 * scroller's children).
 */
export function watchFrame(list: HTMLElement, scroller: Scroller, onChange: (resized: boolean) => void): () => void {
  const target: EventTarget = scroller;
  const moved = () => onChange(false);
  const resized = () => onChange(true);
  target.addEventListener('scroll', moved, { passive: true });
  window.addEventListener('resize', resized);
  const observer = new ResizeObserver(resized);
  const top = isWindow(scroller) ? document.documentElement : scroller;
  for (let el = list.parentElement; el && el !== top; el = el.parentElement) observer.observe(el);
  for (const child of Array.from(top.children)) observer.observe(child);
  observer.observe(list, { box: 'border-box' }); // its whole height, not the rows rendered now
  return () => {
    target.removeEventListener('scroll', moved);
    window.removeEventListener('resize', resized);
    observer.disconnect();
  };
}
