// Keeps the tldraw store a view of the domain. Doc → canvas: cards, clusters
// and query areas are mirrored into shapes as remote changes. Canvas → doc:
// user moves and deletions become domain operations; moves are batched (a
// drag would otherwise write every frame), a shape being dragged is not
// pulled back by unrelated doc changes, and when a drag ends each moved card
// of a query joins the cluster it was dropped in (or leaves its cluster).
import type { Editor, TLShapeId, TLShapePartial } from 'tldraw';
import type * as Y from 'yjs';
import {
  assignToCluster,
  CARD,
  clusterAt,
  deleteCard,
  dissolveCluster,
  DomainError,
  getCard,
  listCards,
  listClusters,
  listQueries,
  moveCard,
  moveCluster,
  observeCards,
  observeClusters,
  observeControl,
  QUERY_AREA,
} from '@nws/shared';

export const CARD_SHAPE = 'nws-card';
export const CLUSTER_SHAPE = 'nws-cluster';
export const AREA_SHAPE = 'nws-area';

const CARD_PREFIX = 'shape:c-';
const CLUSTER_PREFIX = 'shape:k-';
const AREA_PREFIX = 'shape:a-';

export const shapeIdOf = (cardId: string) => `${CARD_PREFIX}${cardId}` as TLShapeId;
export const cardIdOf = (shapeId: string) => shapeId.slice(CARD_PREFIX.length);
export const clusterShapeIdOf = (clusterId: string) => `${CLUSTER_PREFIX}${clusterId}` as TLShapeId;
export const clusterIdOf = (shapeId: string) => shapeId.slice(CLUSTER_PREFIX.length);
const areaShapeIdOf = (queryId: string) => `${AREA_PREFIX}${queryId}` as TLShapeId;

/** How long canvas moves are collected before they are written to the doc. */
const MOVE_FLUSH_MS = 80;
const AREA_WIDTH = QUERY_AREA.clusterOffsetX + QUERY_AREA.clusterColumns * QUERY_AREA.clusterStepX;

/** A shape as the domain wants it on the canvas. */
export type Wanted = { id: TLShapeId; type: string; x: number; y: number; props: Record<string, unknown> };
/** What the mirror needs to know of a shape on the canvas. */
export type ShapeOnCanvas = { id: TLShapeId; type: string; x: number; y: number; props: object };
const OUR_TYPES = new Set([CARD_SHAPE, CLUSTER_SHAPE, AREA_SHAPE]);

/** Every shape the documents call for: query areas (from control), clusters, cards. */
export function wantedShapes(board: Y.Doc, control: Y.Doc | null): Wanted[] {
  return [
    ...(control ? listQueries(control) : []).map((q) => ({
      id: areaShapeIdOf(q.id),
      type: AREA_SHAPE,
      x: q.areaX,
      y: q.areaY,
      props: { w: AREA_WIDTH, h: QUERY_AREA.header - 20, label: q.question },
    })),
    ...listClusters(board).map((c) => ({
      id: clusterShapeIdOf(c.id),
      type: CLUSTER_SHAPE,
      x: c.x,
      y: c.y,
      props: { w: c.w, h: c.h, name: c.name, color: c.color },
    })),
    ...listCards(board).map((c) => ({
      id: shapeIdOf(c.id),
      type: CARD_SHAPE,
      x: c.x,
      y: c.y,
      props: { text: c.text, color: c.color, w: CARD.w, h: CARD.h },
    })),
  ];
}

/**
 * The changes that make the canvas show `wanted`: our shapes nobody wants
 * any more go, missing ones are created (areas locked), changed ones are
 * updated — but a shape whose move is still pending keeps its position.
 */
export function planMirror(
  onPage: ShapeOnCanvas[],
  find: (id: TLShapeId) => ShapeOnCanvas | undefined,
  wanted: Wanted[],
  isPending: (w: Wanted) => boolean,
): { stale: TLShapeId[]; creates: TLShapePartial[]; updates: TLShapePartial[] } {
  const wantedIds = new Set(wanted.map((w) => w.id));
  const stale = onPage.filter((s) => OUR_TYPES.has(s.type) && !wantedIds.has(s.id)).map((s) => s.id);
  const creates: TLShapePartial[] = [];
  const updates: TLShapePartial[] = [];
  for (const w of wanted) {
    const shape = find(w.id);
    if (!shape) {
      creates.push({ ...w, isLocked: w.type === AREA_SHAPE } as TLShapePartial);
      continue;
    }
    const props = shape.props as Record<string, unknown>;
    const propsChanged = Object.entries(w.props).some(([k, v]) => props[k] !== v);
    const moved = !isPending(w) && (shape.x !== w.x || shape.y !== w.y);
    if (moved || propsChanged)
      updates.push({ id: w.id, type: w.type, ...(moved ? { x: w.x, y: w.y } : {}), props: w.props } as TLShapePartial);
  }
  return { stale, creates, updates };
}

/**
 * After a drag: each moved card of a query joins the cluster under its
 * centre, or leaves its own. One card after the other, as a cluster's layout
 * may move cards that come later.
 */
export function settleDroppedCards(
  board: Y.Doc,
  movedCardIds: Iterable<string>,
  assign: (cardId: string, clusterId: string | null) => void = (id, clusterId) =>
    assignToCluster(board, [id], clusterId),
): void {
  for (const id of movedCardIds) {
    const card = getCard(board, id);
    if (!card?.queryId) continue;
    const target = clusterAt(board, card.queryId, card.x + CARD.w / 2, card.y + CARD.h / 2);
    if ((target?.id ?? undefined) !== card.clusterId) assign(id, target?.id ?? null);
  }
}

export function bindDocToEditor(board: Y.Doc, control: Y.Doc | null, editor: Editor): () => void {
  const pendingCards = new Map<string, { x: number; y: number }>();
  const pendingClusters = new Map<string, { x: number; y: number }>();
  const movedInGesture = new Set<string>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  const isPending = (w: Wanted) =>
    (w.type === CARD_SHAPE && pendingCards.has(cardIdOf(w.id))) ||
    (w.type === CLUSTER_SHAPE && pendingClusters.has(clusterIdOf(w.id)));

  const apply = () => {
    // tldraw's read-only mode (the shared screen) blocks programmatic changes
    // too; lift it just while mirroring the domain.
    const readOnly = editor.getIsReadonly();
    editor.store.mergeRemoteChanges(() => {
      if (readOnly) editor.updateInstanceState({ isReadonly: false });
      editor.run(
        () => {
          const { stale, creates, updates } = planMirror(
            editor.getCurrentPageShapes(),
            (id) => editor.getShape(id),
            wantedShapes(board, control),
            isPending,
          );
          if (stale.length) editor.deleteShapes(stale);
          if (creates.length) {
            editor.createShapes(creates);
            // Areas at the very back, clusters behind the cards.
            const newBacks = creates.filter((c) => c.type === CLUSTER_SHAPE).map((c) => c.id);
            if (newBacks.length) editor.sendToBack(newBacks);
            const newAreas = creates.filter((c) => c.type === AREA_SHAPE).map((c) => c.id);
            if (newAreas.length) editor.sendToBack(newAreas);
          }
          if (updates.length) editor.updateShapes(updates);
        },
        { ignoreShapeLock: true, history: 'ignore' },
      );
      if (readOnly) editor.updateInstanceState({ isReadonly: true });
    });
  };

  const ignoreGone = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      if (!(err instanceof DomainError)) throw err; // deleted meanwhile by someone else
    }
  };

  const flush = () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    const cards = [...pendingCards];
    const clusters = [...pendingClusters];
    pendingCards.clear();
    pendingClusters.clear();
    if (!cards.length && !clusters.length) return;
    board.transact(() => {
      for (const [id, { x, y }] of clusters) ignoreGone(() => moveCluster(board, id, x, y));
      for (const [id, { x, y }] of cards) ignoreGone(() => moveCard(board, id, x, y));
    });
  };

  /** After a drag: cards of a query join the cluster under their centre, or leave theirs. */
  const settleDrops = () => {
    flush();
    const moved = [...movedInGesture];
    movedInGesture.clear();
    board.transact(() => {
      settleDroppedCards(board, moved, (cardId, clusterId) =>
        ignoreGone(() => assignToCluster(board, [cardId], clusterId)),
      );
    });
  };

  apply();
  const stops = [
    observeCards(board, apply),
    observeClusters(board, apply),
    ...(control ? [observeControl(control, apply)] : []),
  ];

  stops.push(
    editor.store.listen(
      ({ changes }) => {
        for (const [from, to] of Object.values(changes.updated)) {
          if (to.typeName !== 'shape' || from.typeName !== 'shape' || (from.x === to.x && from.y === to.y)) continue;
          if (to.type === CARD_SHAPE) {
            pendingCards.set(cardIdOf(to.id), { x: to.x, y: to.y });
            movedInGesture.add(cardIdOf(to.id));
          } else if (to.type === CLUSTER_SHAPE) pendingClusters.set(clusterIdOf(to.id), { x: to.x, y: to.y });
          else continue;
          flushTimer ??= setTimeout(flush, MOVE_FLUSH_MS);
        }
        const removed = Object.values(changes.removed).filter((r) => r.typeName === 'shape');
        if (removed.length) {
          board.transact(() => {
            for (const r of removed) {
              if (r.type === CARD_SHAPE) deleteCard(board, cardIdOf(r.id));
              if (r.type === CLUSTER_SHAPE) ignoreGone(() => dissolveCluster(board, clusterIdOf(r.id)));
            }
          });
        }
      },
      { source: 'user', scope: 'document' },
    ),
  );

  const onEvent = (info: { name: string }) => {
    if (info.name === 'pointer_up' && movedInGesture.size) setTimeout(settleDrops, 0);
  };
  editor.on('event', onEvent);
  stops.push(() => editor.off('event', onEvent));

  // The canvas shows domain entities only: shapes drawn with tldraw's own tools would live nowhere else.
  stops.push(
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source === 'user' && shape.type !== CARD_SHAPE) queueMicrotask(() => editor.deleteShapes([shape.id]));
    }),
  );

  return () => {
    flush();
    stops.forEach((stop) => stop());
  };
}

/** The card ids among the editor's selected shapes. */
export function selectedCardIds(editor: Editor): string[] {
  return editor
    .getSelectedShapes()
    .filter((s) => s.type === CARD_SHAPE)
    .map((s) => cardIdOf(s.id));
}

/** The cluster id of the single selected cluster shape, if any. */
export function selectedClusterId(editor: Editor): string | null {
  const shapes = editor.getSelectedShapes();
  return shapes.length === 1 && shapes[0]!.type === CLUSTER_SHAPE ? clusterIdOf(shapes[0]!.id) : null;
}
