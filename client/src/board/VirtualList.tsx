// A list of cards in the list view (the free cards' grid, a cluster's column).
// From VIRTUAL_FROM cards on it renders only the rows in and near view
// (TanStack Virtual), so a workshop with thousands of cards shows its list at
// once; smaller lists render every card as before. A virtualised list stays a
// list: each rendered card tells its place (aria-posinset of aria-setsize) and
// takes the focus (Tab; from a card, the arrow keys, Page up/down, Home and End
// move card by card and scroll the list along). The card with the focus, and
// the one being dragged, stay rendered wherever the list is scrolled; the
// others become drop targets as they scroll into view. Rows are laid out by
// the list's own CSS (a grid or a column), padded above and below to the
// height of the rows not rendered; the list scrolls with the page's scroller.
import {
  Fragment,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useDndMonitor } from '@dnd-kit/core';
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  useVirtualizer,
  windowScroll,
} from '@tanstack/react-virtual';
import { useTranslation } from '../i18n';
import {
  findScroller,
  keyTarget,
  measureFrame,
  sameFrame,
  scrollOffsetOf,
  viewportHeightOf,
  virtualised,
  watchFrame,
  type Frame,
} from './virtualList';

/** What a rendered card of a virtualised list carries on its <li>: spread `props`, and pass its element to `measure`. */
export interface CardSlot {
  props: {
    'aria-posinset': number;
    'aria-setsize': number;
    tabIndex: number;
    'data-card-index': number;
    'data-row': number;
    style?: CSSProperties;
  };
  /** Set on the first card of each row: the row's height is measured on it. */
  measure?: (el: HTMLElement | null) => void;
}

/** The <li>'s ref: its drop target's, and in a virtualised list the row's measuring one. */
export function useSlotRef(dropRef: (el: HTMLElement | null) => void, slot?: CardSlot) {
  const measure = slot?.measure;
  const row = slot?.props['data-row'];
  return useCallback(
    (el: HTMLElement | null) => {
      dropRef(el);
      if (row !== undefined) measure?.(el);
    },
    [dropRef, measure, row],
  );
}

interface Props<T> {
  items: T[];
  itemKey: (item: T) => string;
  /** The id the card is dragged by (ui/dnd.tsx), so that a dragged card stays rendered. */
  dragId: (item: T) => string;
  /** The card as an <li> (keyed by the list); in a virtualised list with its slot. */
  renderItem: (item: T, index: number, slot?: CardSlot) => ReactNode;
  className: string;
  testId?: string;
  /** A row's height before it is measured (px). */
  rowEstimate: number;
}

/** A list of cards, inside a DndList (ui/dnd.tsx): virtualised from VIRTUAL_FROM cards on. */
export function VirtualList<T>(props: Props<T>) {
  const { items, itemKey, renderItem, className, testId } = props;
  // Once virtualised, a list stays so (a card added or removed around the threshold would otherwise remount every card).
  const [virtual, setVirtual] = useState(false);
  if (!virtual && virtualised(items.length)) setVirtual(true);
  if (virtual || virtualised(items.length)) return <VirtualRows {...props} />;
  return (
    <ul className={className} data-testid={testId}>
      {items.map((item, i) => (
        <Fragment key={itemKey(item)}>{renderItem(item, i)}</Fragment>
      ))}
    </ul>
  );
}

function VirtualRows<T>({ items, itemKey, dragId, renderItem, className, testId, rowEstimate }: Props<T>) {
  const { t } = useTranslation();
  const hintId = useId();
  const ref = useRef<HTMLUListElement>(null);
  // Null until the list is in the page (and again for a moment when another scroller takes over).
  const [frame, setFrame] = useState<Frame | null>(null);
  const frameRef = useRef(frame);
  frameRef.current = frame;
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [pending, setPending] = useState<number | null>(null);
  useDndMonitor({
    onDragStart: ({ active }) => setDraggedId(String(active.id)),
    onDragEnd: () => setDraggedId(null),
    onDragCancel: () => setDraggedId(null),
  });

  // Measured once the list is in the page, and again as it changes (watchFrame below catches the rest).
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const next = measureFrame(list, frame?.scroller ?? findScroller(list));
    if (!sameFrame(frame, next)) setFrame(next);
  }, [frame, items.length]);
  const scroller = frame?.scroller ?? null;
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list || !scroller) return;
    return watchFrame(list, scroller, (resized) => {
      const current = frameRef.current;
      if (!current) return;
      // On a resize another element may scroll the list now (a phone's window): start afresh with it.
      if (resized && findScroller(list) !== current.scroller) return setFrame(null);
      const next = measureFrame(list, current.scroller);
      if (!sameFrame(current, next)) setFrame(next);
    });
  }, [scroller]);

  const cols = frame?.cols ?? 1;
  const margin = frame?.margin ?? 0;
  const gap = frame?.gap ?? 0;
  const onWindow = scroller === window;
  const virtualizer = useVirtualizer<Element, HTMLElement>({
    enabled: frame !== null,
    count: Math.ceil(items.length / cols),
    getScrollElement: () => scroller as Element | null,
    observeElementRect: onWindow ? (observeWindowRect as unknown as typeof observeElementRect) : observeElementRect,
    observeElementOffset: onWindow
      ? (observeWindowOffset as unknown as typeof observeElementOffset)
      : observeElementOffset,
    scrollToFn: onWindow ? (windowScroll as unknown as typeof elementScroll) : elementScroll,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: () => (scroller ? scrollOffsetOf(scroller) : 0),
    estimateSize: () => rowEstimate,
    getItemKey: (row) => `${cols}:${row}`,
    indexAttribute: 'data-row',
    scrollMargin: margin,
    gap,
    overscan: 3,
  });

  const focusedIndex = focusedKey === null ? -1 : items.findIndex((item) => itemKey(item) === focusedKey);
  const rows = virtualizer.getVirtualItems();
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const from = firstRow ? firstRow.index * cols : 0;
  const to = lastRow ? Math.min(items.length, (lastRow.index + 1) * cols) : 0;
  // Kept: the focused, the dragged and the next-to-be-focused card, placed where they belong when outside the rows.
  const draggedIndex = draggedId === null ? -1 : items.findIndex((item) => dragId(item) === draggedId);
  const kept = [focusedIndex, pending ?? -1, draggedIndex]
    .filter((i, n, all) => i >= 0 && (i < from || i >= to) && all.indexOf(i) === n)
    .sort((a, b) => a - b);
  const rowTop = (row: number) => {
    const measured = virtualizer.measurementsCache[row];
    return (measured ? measured.start : row * (rowEstimate + gap)) - margin;
  };
  const slot = (i: number, measure: boolean, outside: boolean): CardSlot => ({
    props: {
      'aria-posinset': i + 1,
      'aria-setsize': items.length,
      tabIndex: 0,
      'data-card-index': i,
      // Every card of a row has the row's height (the grid stretches them); the first one measures it.
      'data-row': Math.floor(i / cols),
      ...(outside
        ? {
            style: {
              position: 'absolute',
              top: rowTop(Math.floor(i / cols)),
              left: `calc((100% + ${gap}px) * ${i % cols} / ${cols})`,
              width: `calc((100% + ${gap}px) / ${cols} - ${gap}px)`,
            },
          }
        : {}),
    },
    measure: measure ? virtualizer.measureElement : undefined,
  });
  const card = (i: number, measure: boolean, outside: boolean) => (
    <Fragment key={itemKey(items[i]!)}>{renderItem(items[i]!, i, slot(i, measure, outside))}</Fragment>
  );
  const shown: ReactNode[] = [];
  for (const i of kept) if (i < from) shown.push(card(i, false, true));
  for (let i = from; i < to; i++) shown.push(card(i, i % cols === 0, false));
  for (const i of kept) if (i >= to) shown.push(card(i, false, true));

  // A card asked for by a key is rendered now (kept): focus it, which scrolls it into view.
  useLayoutEffect(() => {
    if (pending === null) return;
    ref.current?.querySelector<HTMLElement>(`[data-card-index="${pending}"]`)?.focus();
    setPending(null);
  }, [pending]);

  const total = virtualizer.getTotalSize();
  return (
    <>
      <p className="hint" id={hintId}>
        {t('board.longList')}
      </p>
      <ul
        ref={ref}
        aria-describedby={hintId}
        className={`${className} virtual-list`}
        data-testid={testId}
        data-virtual-count={items.length}
        style={{
          paddingTop: firstRow ? firstRow.start - margin : 0,
          paddingBottom: lastRow ? Math.max(0, total - (lastRow.end - margin)) : total,
        }}
        onFocus={(e) => {
          const li = (e.target as HTMLElement).closest<HTMLElement>('[data-card-index]');
          const i = li?.parentElement === ref.current ? Number(li?.dataset.cardIndex) : NaN;
          if (items[i]) setFocusedKey(itemKey(items[i]));
        }}
        onBlur={(e) => {
          if (!ref.current?.contains(e.relatedTarget as Node | null)) setFocusedKey(null);
        }}
        onKeyDown={(e) => {
          const li = e.target as HTMLElement;
          if (li.parentElement !== ref.current || li.dataset.cardIndex === undefined) return;
          const page = Math.max(1, Math.floor((scroller ? viewportHeightOf(scroller) : 600) / (rowEstimate + gap)) - 1);
          const target = keyTarget(e.key, Number(li.dataset.cardIndex), items.length, cols, page);
          if (target === null) return;
          e.preventDefault();
          setPending(target);
        }}
      >
        {shown}
      </ul>
    </>
  );
}
