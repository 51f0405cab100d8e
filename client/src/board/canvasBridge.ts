// Keeps the tldraw store a view of the domain cards. Doc → canvas: every
// change of the cards is mirrored into card shapes as a remote change.
// Canvas → doc: user moves and deletions of card shapes become domain
// operations; moves are batched (a drag would otherwise write every frame),
// and a card being dragged is not pulled back by unrelated doc changes.
import type { Editor, TLShapeId, TLShapePartial } from 'tldraw';
import type * as Y from 'yjs';
import { deleteCard, DomainError, listCards, moveCard, observeCards, type Card } from '@nws/shared';
import { CARD_GRID } from './layout';

export const CARD_SHAPE = 'nws-card';
const PREFIX = 'shape:';

export const shapeIdOf = (cardId: string) => `${PREFIX}${cardId}` as TLShapeId;
export const cardIdOf = (shapeId: string) => shapeId.slice(PREFIX.length);

/** How long canvas moves are collected before they are written to the doc. */
const MOVE_FLUSH_MS = 80;

export function bindDocToEditor(doc: Y.Doc, editor: Editor): () => void {
  const pendingMoves = new Map<string, { x: number; y: number }>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;

  const applyCards = (cards: Card[]) => {
    editor.store.mergeRemoteChanges(() => {
      const wanted = new Map(cards.map((c) => [shapeIdOf(c.id), c]));
      const stale = editor
        .getCurrentPageShapes()
        .filter((s) => s.type === CARD_SHAPE && !wanted.has(s.id))
        .map((s) => s.id);
      if (stale.length) editor.deleteShapes(stale);
      const creates: TLShapePartial[] = [];
      const updates: TLShapePartial[] = [];
      for (const [id, card] of wanted) {
        const shape = editor.getShape(id);
        const props = { text: card.text, color: card.color, w: CARD_GRID.size.w, h: CARD_GRID.size.h };
        if (!shape) {
          creates.push({ id, type: CARD_SHAPE, x: card.x, y: card.y, props });
          continue;
        }
        const moving = pendingMoves.has(card.id);
        const p = shape.props as typeof props;
        const moved = !moving && (shape.x !== card.x || shape.y !== card.y);
        if (moved || p.text !== card.text || p.color !== card.color) {
          updates.push({ id, type: CARD_SHAPE, ...(moving ? {} : { x: card.x, y: card.y }), props });
        }
      }
      if (creates.length) editor.createShapes(creates);
      if (updates.length) editor.updateShapes(updates);
    });
  };

  const flushMoves = () => {
    flushTimer = null;
    const moves = [...pendingMoves];
    pendingMoves.clear();
    doc.transact(() => {
      for (const [id, { x, y }] of moves) {
        try {
          moveCard(doc, id, x, y);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err; // deleted meanwhile by someone else
        }
      }
    });
  };

  applyCards(listCards(doc));
  const stopDoc = observeCards(doc, applyCards);

  const stopEditor = editor.store.listen(
    ({ changes }) => {
      for (const [from, to] of Object.values(changes.updated)) {
        if (to.typeName !== 'shape' || to.type !== CARD_SHAPE || from.typeName !== 'shape') continue;
        if (from.x !== to.x || from.y !== to.y) {
          pendingMoves.set(cardIdOf(to.id), { x: to.x, y: to.y });
          flushTimer ??= setTimeout(flushMoves, MOVE_FLUSH_MS);
        }
      }
      const removed = Object.values(changes.removed).filter((r) => r.typeName === 'shape' && r.type === CARD_SHAPE);
      if (removed.length) doc.transact(() => removed.forEach((r) => deleteCard(doc, cardIdOf(r.id))));
    },
    { source: 'user', scope: 'document' },
  );

  // The canvas shows domain entities only: shapes drawn with tldraw's own tools would live nowhere else.
  const stopGuard = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source === 'user' && shape.type !== CARD_SHAPE) queueMicrotask(() => editor.deleteShapes([shape.id]));
  });

  return () => {
    if (flushTimer) clearTimeout(flushTimer);
    flushMoves();
    stopDoc();
    stopEditor();
    stopGuard();
  };
}
