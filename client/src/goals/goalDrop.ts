// Where a goal dropped on another goal goes: onto a goal of its own level, it
// takes that goal's place among its siblings (after it when moving down,
// before it when moving up, under that goal's parent); onto a goal one level
// up, it becomes that goal's last child. Anything else changes nothing.
import { parentLevelOf, type GoalNode } from '@nws/shared';

export function goalDrop(
  all: GoalNode[],
  draggedId: string,
  targetId: string,
): { parentId: string | null; index: number } | null {
  const moving = all.find((g) => g.id === draggedId);
  const onto = all.find((g) => g.id === targetId);
  if (!moving || !onto || moving.id === onto.id || moving.level === 'overall') return null;
  if (moving.level === onto.level) {
    const siblings = all.filter((g) => g.parentId === onto.parentId);
    const down =
      moving.parentId === onto.parentId &&
      siblings.findIndex((g) => g.id === moving.id) < siblings.findIndex((g) => g.id === onto.id);
    const at = siblings.filter((g) => g.id !== moving.id).findIndex((g) => g.id === onto.id);
    return { parentId: onto.parentId, index: down ? at + 1 : at };
  }
  if (parentLevelOf[moving.level] === onto.level) return { parentId: onto.id, index: Number.MAX_SAFE_INTEGER };
  return null;
}
