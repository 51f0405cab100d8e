// "Follow me": the moderator's canvas publishes its viewport in awareness;
// the shared screen follows the moderator's viewport.
import type { Editor } from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';

type Bounds = { x: number; y: number; w: number; h: number };

/** Publishes this editor's viewport (page bounds) in awareness while it changes. */
export function publishViewport(editor: Editor, awareness: Awareness): () => void {
  let last = '';
  const tick = () => {
    const b = editor.getViewportPageBounds();
    const v: Bounds = { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.w), h: Math.round(b.h) };
    const key = JSON.stringify(v);
    if (key !== last) {
      last = key;
      awareness.setLocalStateField('viewport', v);
    }
  };
  const timer = setInterval(tick, 250);
  tick();
  return () => clearInterval(timer);
}

function isBounds(v: unknown): v is Bounds {
  const b = v as Bounds;
  return !!b && [b.x, b.y, b.w, b.h].every((n) => typeof n === 'number' && Number.isFinite(n)) && b.w > 0 && b.h > 0;
}

/** Moves this editor's camera to the viewport a moderator publishes. */
export function followModerator(editor: Editor, awareness: Awareness): () => void {
  let last = '';
  const follow = () => {
    for (const [id, state] of awareness.getStates()) {
      if (id === awareness.clientID) continue;
      const s = state as { user?: { role?: string }; viewport?: unknown };
      if (s.user?.role !== 'moderator' || !isBounds(s.viewport)) continue;
      const key = JSON.stringify(s.viewport);
      if (key === last) return;
      last = key;
      editor.zoomToBounds(s.viewport, { animation: { duration: 300 }, inset: 0 });
      return;
    }
  };
  follow();
  awareness.on('change', follow);
  return () => awareness.off('change', follow);
}
