// A cluster as a tldraw shape: a coloured box with the cluster's name. Its
// position and size are the domain cluster's; dropping a card inside it puts
// the card in the cluster (canvasBridge.ts). Double-click edits the name.
import { useContext, useEffect, useRef, useState } from 'react';
import {
  BaseBoxShapeUtil,
  HTMLContainer,
  T,
  stopEventPropagation,
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

function ClusterNameEditor({ shape }: { shape: ClusterShape }) {
  const doc = useContext(BoardDocContext);
  const [draft, setDraft] = useState(shape.props.name);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.select(), []);
  const save = () => {
    if (doc && draft.trim()) renameCluster(doc, clusterIdOf(shape.id), draft);
  };
  return (
    <input
      ref={ref}
      className="canvas-cluster-editor"
      aria-label="cluster name"
      value={draft}
      maxLength={CLUSTER_NAME_MAX}
      onPointerDown={stopEventPropagation}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') save();
      }}
      onBlur={save}
      onChange={(e) => setDraft(e.target.value)}
    />
  );
}
