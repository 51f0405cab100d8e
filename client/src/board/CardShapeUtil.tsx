// The card as a tldraw shape. The shape is a view of a domain card: its id is
// derived from the card id, its props mirror the card, and edits made on the
// canvas are written to the domain model (see canvasBridge.ts).
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import {
  BaseBoxShapeUtil,
  HTMLContainer,
  T,
  stopEventPropagation,
  useIsEditing,
  type RecordProps,
  type TLShape,
} from 'tldraw';
import type * as Y from 'yjs';
import { CARD, CARD_TEXT_MAX, editCardText, type CardColor } from '@nws/shared';
import { CARD_SHAPE, cardIdOf } from './canvasBridge';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [CARD_SHAPE]: { w: number; h: number; text: string; color: CardColor };
  }
}

export type CardShape = TLShape<typeof CARD_SHAPE>;

/** The board document, for shape components that write to it. */
export const BoardDocContext = createContext<Y.Doc | null>(null);

export const cardFill: Record<CardColor, string> = {
  yellow: '#fff3a8',
  blue: '#cfe6ff',
  green: '#d3f5d0',
  pink: '#ffd6e5',
  orange: '#ffe0bf',
  violet: '#e6dcff',
};

export class CardShapeUtil extends BaseBoxShapeUtil<CardShape> {
  static override type = CARD_SHAPE;
  static override props: RecordProps<CardShape> = {
    w: T.number,
    h: T.number,
    text: T.string,
    color: T.literalEnum('yellow', 'blue', 'green', 'pink', 'orange', 'violet'),
  };

  getDefaultProps(): CardShape['props'] {
    return { w: CARD.w, h: CARD.h, text: '', color: 'yellow' };
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

  component(shape: CardShape) {
    return <CardShapeView shape={shape} />;
  }

  getIndicatorPath(shape: CardShape) {
    const path = new Path2D();
    path.roundRect(0, 0, shape.props.w, shape.props.h, 8);
    return path;
  }
}

function CardShapeView({ shape }: { shape: CardShape }) {
  const isEditing = useIsEditing(shape.id);
  return (
    <HTMLContainer
      className="canvas-card"
      data-testid="canvas-card"
      data-card-id={cardIdOf(shape.id)}
      style={{ background: cardFill[shape.props.color], pointerEvents: isEditing ? 'all' : undefined }}
    >
      {isEditing ? <CardTextEditor shape={shape} /> : <p className="canvas-card-text">{shape.props.text}</p>}
    </HTMLContainer>
  );
}

function CardTextEditor({ shape }: { shape: CardShape }) {
  const doc = useContext(BoardDocContext);
  const [draft, setDraft] = useState(shape.props.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <textarea
      ref={ref}
      className="canvas-card-editor"
      aria-label="card text"
      value={draft}
      maxLength={CARD_TEXT_MAX}
      onPointerDown={stopEventPropagation}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={(e) => {
        setDraft(e.target.value);
        if (doc) editCardText(doc, cardIdOf(shape.id), e.target.value);
      }}
    />
  );
}
