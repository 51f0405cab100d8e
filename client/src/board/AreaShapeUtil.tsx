// A card query's area on the canvas: the question written large above the
// cards. Locked: it marks a place, it is not content.
import { BaseBoxShapeUtil, HTMLContainer, T, type RecordProps, type TLShape } from 'tldraw';
import { AREA_SHAPE } from './canvasBridge';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [AREA_SHAPE]: { w: number; h: number; label: string };
  }
}

export type AreaShape = TLShape<typeof AREA_SHAPE>;

export class AreaShapeUtil extends BaseBoxShapeUtil<AreaShape> {
  static override type = AREA_SHAPE;
  static override props: RecordProps<AreaShape> = { w: T.number, h: T.number, label: T.string };

  getDefaultProps(): AreaShape['props'] {
    return { w: 1000, h: 80, label: '' };
  }

  override canResize() {
    return false;
  }

  override canSnap() {
    return false;
  }

  component(shape: AreaShape) {
    return (
      <HTMLContainer className="canvas-area" data-testid="canvas-area">
        <p className="canvas-area-label">{shape.props.label}</p>
      </HTMLContainer>
    );
  }

  getIndicatorPath(shape: AreaShape) {
    const path = new Path2D();
    path.rect(0, 0, shape.props.w, shape.props.h);
    return path;
  }
}
