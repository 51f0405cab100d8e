import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, CARD, createCluster, createQuery, getCard, getCluster, moveCard } from '@nws/shared';
import {
  AREA_SHAPE,
  CARD_SHAPE,
  CLUSTER_SHAPE,
  cardIdOf,
  clusterIdOf,
  clusterShapeIdOf,
  planMirror,
  settleDroppedCards,
  shapeIdOf,
  wantedShapes,
  type ShapeOnCanvas,
  type Wanted,
} from './canvasBridge';

/** A control doc with one query, a board with one of its cards, a free card and a cluster. */
function setup() {
  const control = new Y.Doc();
  const board = new Y.Doc();
  const query = createQuery(control, { question: 'Wer fehlt?', mode: 'named' });
  const card = addCard(board, { text: 'Jugendamt', x: query.areaX, y: query.areaY + 400, queryId: query.id });
  const free = addCard(board, { text: 'frei', x: -2000, y: -2000 });
  const cluster = createCluster(board, query, { name: 'Ämter' });
  return { control, board, query, card, free, cluster };
}

/** The canvas as it would be after applying every wanted shape. */
const asCanvas = (wanted: Wanted[]): ShapeOnCanvas[] => wanted.map((w) => ({ ...w, props: { ...w.props } }));
const finder = (shapes: ShapeOnCanvas[]) => (id: string) => shapes.find((s) => s.id === id);
const never = () => false;

describe('shape ids', () => {
  it('map cards and clusters to shapes and back', () => {
    expect(cardIdOf(shapeIdOf('abc'))).toBe('abc');
    expect(clusterIdOf(clusterShapeIdOf('xyz'))).toBe('xyz');
    expect(shapeIdOf('abc')).not.toBe(clusterShapeIdOf('abc'));
  });
});

describe('doc → canvas', () => {
  it('wants the query areas, the clusters and the cards', () => {
    const { control, board, query, card, cluster } = setup();
    const wanted = wantedShapes(board, control);
    expect(wanted.map((w) => w.type).sort()).toEqual([AREA_SHAPE, CARD_SHAPE, CARD_SHAPE, CLUSTER_SHAPE]);
    expect(wanted.find((w) => w.type === AREA_SHAPE)).toMatchObject({
      x: query.areaX,
      y: query.areaY,
      props: { label: 'Wer fehlt?' },
    });
    expect(wanted.find((w) => w.id === clusterShapeIdOf(cluster.id))).toMatchObject({
      x: cluster.x,
      y: cluster.y,
      props: { name: 'Ämter' },
    });
    expect(wanted.find((w) => w.id === shapeIdOf(card.id))).toMatchObject({
      x: card.x,
      y: card.y,
      props: { text: 'Jugendamt', w: CARD.w, h: CARD.h },
    });
    // Without the control document there are no areas.
    expect(wantedShapes(board, null).some((w) => w.type === AREA_SHAPE)).toBe(false);
  });

  it('creates what is missing, areas locked', () => {
    const { control, board } = setup();
    const plan = planMirror([], () => undefined, wantedShapes(board, control), never);
    expect(plan.stale).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.creates).toHaveLength(4);
    expect(plan.creates.filter((c) => c.isLocked).map((c) => c.type)).toEqual([AREA_SHAPE]);
  });

  it('changes nothing when the canvas already shows the doc', () => {
    const { control, board } = setup();
    const canvas = asCanvas(wantedShapes(board, control));
    expect(planMirror(canvas, finder(canvas), wantedShapes(board, control), never)).toEqual({
      stale: [],
      creates: [],
      updates: [],
    });
  });

  it('moves and edits shapes when the doc changed, removes ours that are gone and leaves foreign ones', () => {
    const { control, board, card } = setup();
    const canvas = asCanvas(wantedShapes(board, control));
    canvas.push({ id: 'shape:c-gone' as ShapeOnCanvas['id'], type: CARD_SHAPE, x: 0, y: 0, props: {} });
    canvas.push({ id: 'shape:other' as ShapeOnCanvas['id'], type: 'geo', x: 0, y: 0, props: {} });
    moveCard(board, card.id, card.x + 50, card.y);
    const plan = planMirror(canvas, finder(canvas), wantedShapes(board, control), never);
    expect(plan.stale).toEqual(['shape:c-gone']);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([expect.objectContaining({ id: shapeIdOf(card.id), x: card.x + 50, y: card.y })]);
  });

  it('does not pull back a shape whose move is still being written', () => {
    const { control, board, card } = setup();
    const canvas = asCanvas(wantedShapes(board, control));
    const dragged = canvas.find((s) => s.id === shapeIdOf(card.id))!;
    dragged.x += 300;
    const pending = (w: Wanted) => w.id === shapeIdOf(card.id);
    expect(planMirror(canvas, finder(canvas), wantedShapes(board, control), pending).updates).toEqual([]);
    // A change of its text still shows.
    (dragged.props as Record<string, unknown>).text = 'alt';
    const updates = planMirror(canvas, finder(canvas), wantedShapes(board, control), pending).updates;
    expect(updates).toHaveLength(1);
    expect(updates[0]).not.toHaveProperty('x');
  });
});

describe('dropping cards on the canvas', () => {
  const centreOn = (board: Y.Doc, cardId: string, clusterId: string) => {
    const c = getCluster(board, clusterId)!;
    moveCard(board, cardId, c.x + c.w / 2 - CARD.w / 2, c.y + c.h / 2 - CARD.h / 2);
  };

  it('puts a query card dropped on a cluster into it, and takes it out when dropped elsewhere', () => {
    const { board, card, cluster } = setup();
    centreOn(board, card.id, cluster.id);
    settleDroppedCards(board, [card.id]);
    expect(getCard(board, card.id)?.clusterId).toBe(cluster.id);
    moveCard(board, card.id, -5000, -5000);
    settleDroppedCards(board, [card.id]);
    expect(getCard(board, card.id)?.clusterId).toBeUndefined();
  });

  it('leaves free cards and cards that stay in their cluster alone', () => {
    const { board, card, free, cluster } = setup();
    centreOn(board, card.id, cluster.id);
    settleDroppedCards(board, [card.id]);
    const assign = vi.fn();
    centreOn(board, free.id, cluster.id);
    settleDroppedCards(board, [card.id, free.id, 'unknown'], assign);
    expect(assign).not.toHaveBeenCalled();
  });
});
