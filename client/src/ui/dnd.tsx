// Drag and drop that works with a mouse, a finger and a keyboard (dnd-kit:
// HTML5 drag events, which phones never fire, are not used). One context per
// list (the cluster columns, the free cards, the goal tree): things are
// dragged by a handle, dropped on targets, and the owner decides what a drop
// means. By keyboard: focus a handle, Space picks the thing up, the arrow
// keys jump to the nearest target in that direction, Space drops, Escape
// cancels; what happens is read out in the page's language.
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';

const directions: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * Arrow keys jump to the nearest drop target in their direction, not 25 px at
 * a time. Where targets are lanes (cluster columns) holding others (cards),
 * left and right go from lane to lane; up and down go through everything.
 */
export const jumpToNeighbour: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const dir = directions[event.code];
  const from = context.collisionRect;
  if (!dir || !from) return undefined;
  event.preventDefault();
  const cx = from.left + from.width / 2;
  const cy = from.top + from.height / 2;
  const isLane = (id: UniqueIdentifier) => context.droppableContainers.get(id)?.data.current?.lane === true;
  const lanesOnly = dir[0] !== 0 && [...context.droppableRects.keys()].some(isLane);
  let best: { dx: number; dy: number; score: number } | null = null;
  for (const [id, rect] of context.droppableRects) {
    if (id === context.active?.id || (lanesOnly && !isLane(id))) continue;
    const dx = rect.left + rect.width / 2 - cx;
    const dy = rect.top + rect.height / 2 - cy;
    const along = dx * dir[0] + dy * dir[1];
    if (along <= 4) continue;
    const across = Math.abs(dx * dir[1]) + Math.abs(dy * dir[0]);
    const score = along + 2 * across;
    if (!best || score < best.score) best = { dx, dy, score };
  }
  return best ? { x: currentCoordinates.x + best.dx, y: currentCoordinates.y + best.dy } : currentCoordinates;
};

/** The pointer's target where there is a pointer (the innermost: a card before its column), else the nearest. */
const collisions: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCenter(args);
  const within = pointerWithin(args);
  return [...within].sort((a, b) => area(args, a.id) - area(args, b.id));
};
function area(args: Parameters<CollisionDetection>[0], id: UniqueIdentifier): number {
  const r = args.droppableRects.get(id);
  return r ? r.width * r.height : Infinity;
}

interface DndListProps {
  /** What a thing or target is called, for the screen-reader announcements. */
  describe: (id: string) => string;
  /** A thing was dropped on a target (never on itself). */
  onDrop: (dragged: string, target: string) => void;
  children: ReactNode;
}

export function DndList({ describe, onDrop, children }: DndListProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpToNeighbour }),
  );
  const name = (id: UniqueIdentifier) => describe(String(id));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisions}
      onDragStart={({ active }) => setDragging(String(active.id))}
      onDragCancel={() => setDragging(null)}
      onDragEnd={({ active, over }) => {
        setDragging(null);
        if (over && over.id !== active.id) onDrop(String(active.id), String(over.id));
      }}
      accessibility={{
        screenReaderInstructions: { draggable: t('dnd.instructions') },
        announcements: {
          onDragStart: ({ active }) => t('dnd.picked', { what: name(active.id) }),
          onDragOver: ({ active, over }) =>
            over ? t('dnd.over', { what: name(active.id), target: name(over.id) }) : t('dnd.nowhere'),
          onDragEnd: ({ active, over }) =>
            over ? t('dnd.dropped', { what: name(active.id), target: name(over.id) }) : t('dnd.cancelled'),
          onDragCancel: () => t('dnd.cancelled'),
        },
      }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging ? <div className="drag-chip">{describe(dragging)}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}

/** The handle a thing is dragged by (a button: focusable, labelled, Space picks it up). */
export function DragHandle({ id, label, disabled = false }: { id: string; label: string; disabled?: boolean }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id,
    disabled,
    attributes: { roleDescription: t('dnd.role') },
  });
  if (disabled) return null;
  return (
    <button
      ref={setNodeRef}
      type="button"
      className={`drag-handle ${isDragging ? 'dragging' : ''}`}
      {...attributes}
      {...listeners}
      aria-label={label}
      title={label}
      data-testid="drag-handle"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}

/** Makes an element a drop target; `isOver` while something is held over it. A `lane` holds other targets. */
export function useDropTarget(id: string, disabled = false, lane = false) {
  const { setNodeRef, isOver } = useDroppable({ id, disabled, data: { lane } });
  return { ref: setNodeRef, isOver };
}
