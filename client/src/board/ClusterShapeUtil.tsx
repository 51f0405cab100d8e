// A cluster as a tldraw shape: a coloured box with the cluster's name. Its
// position and size are the domain cluster's; dropping a card inside it puts
// the card in the cluster (canvasBridge.ts). Double-click edits the name.
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n';
import {
  BaseBoxShapeUtil,
  HTMLContainer,
  T,
  stopEventPropagation,
  useEditor,
  useIsEditing,
  type RecordProps,
  type TLShape,
} from 'tldraw';
import { CLUSTER_NAME_MAX, renameCluster, type CardColor } from '@nws/shared';
import { BoardDocContext, cardFill } from './CardShapeUtil';
import { CLUSTER_SHAPE, clusterIdOf } from './canvasBridge';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [CLUSTER_SHAPE]: { w: number; h: number; name: string; color: CardColor };
  }
}

export type ClusterShape = TLShape<typeof CLUSTER_SHAPE>;

export class ClusterShapeUtil extends BaseBoxShapeUtil<ClusterShape> {
  static override type = CLUSTER_SHAPE;
  static override props: RecordProps<ClusterShape> = {
    w: T.number,
    h: T.number,
    name: T.string,
    color: T.literalEnum('yellow', 'blue', 'green', 'pink', 'orange', 'violet'),
  };

  getDefaultProps(): ClusterShape['props'] {
    return { w: 520, h: 220, name: '', color: 'blue' };
  }

  override canEdit() {
    return true;
  }

  override canResize() {
    return false;
  }

  override hideResizeHandles() {
    return true;
  }

  override hideRotateHandle() {
    return true;
  }

  component(shape: ClusterShape) {
    return <ClusterView shape={shape} />;
  }

  getIndicatorPath(shape: ClusterShape) {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, 12);
    return path;
  }
}

function ClusterView({ shape }: { shape: ClusterShape }) {
  const isEditing = useIsEditing(shape.id);
  return (
    <HTMLContainer
      className="canvas-cluster"
      data-testid="canvas-cluster"
      data-cluster-id={clusterIdOf(shape.id)}
      style={{
        borderColor: cardFill[shape.props.color],
        background: `${cardFill[shape.props.color]}55`,
        pointerEvents: isEditing ? 'all' : undefined,
      }}
    >
      {isEditing ? <ClusterNameEditor shape={shape} /> : <p className="canvas-cluster-name">{shape.props.name}</p>}
    </HTMLContainer>
  );
}

/** Renaming in place: focused at once (after tldraw's own focus handling), Enter keeps, Escape drops the draft. */
function ClusterNameEditor({ shape }: { shape: ClusterShape }) {
  const { t } = useTranslation();
  const doc = useContext(BoardDocContext);
  const editor = useEditor();
  const [draft, setDraft] = useState(shape.props.name);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.select();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  // Ending the edit unmounts the field, which blurs it: the first ending counts, not that blur.
  // tldraw ends editing on Escape itself, before the field sees the key: Escape is heard first, on
  // the window, so that the blur it causes drops the draft.
  const ended = useRef(false);
  const escaped = useRef(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') escaped.current = true;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const finish = (keep: boolean) => {
    if (ended.current) return;
    ended.current = true;
    if (keep && doc && draft.trim() && draft !== shape.props.name) renameCluster(doc, clusterIdOf(shape.id), draft);
    if (editor.getEditingShapeId() === shape.id) editor.setEditingShape(null);
  };
  return (
    <input
      ref={ref}
      className="canvas-cluster-editor"
      aria-label={t('cluster.rename')}
      data-testid="canvas-cluster-editor"
      value={draft}
      maxLength={CLUSTER_NAME_MAX}
      onPointerDown={stopEventPropagation}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(!escaped.current)}
      onChange={(e) => setDraft(e.target.value)}
    />
  );
}
