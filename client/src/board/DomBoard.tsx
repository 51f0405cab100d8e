// The board without a canvas: each card query as a section (clusters as
// columns), then the free cards as a grid ordered by board position. Works
// with keyboard, screen readers and phones, and wherever tldraw may not be
// mounted. Moving a free card swaps board positions (drag and drop by mouse,
// finger or keyboard, or the arrows in its menu), so the canvas shows the same
// arrangement. A long list renders only the cards in and near view
// (VirtualList.tsx), so thousands of cards show at once.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  STEP_X,
  STEP_Y,
  cardColors,
  deleteCard,
  editCardText,
  mayChangeCard,
  moveCard,
  recolorCard,
  type Card,
  type CardQuery,
  type Case,
} from '@nws/shared';
import { QuerySection } from './QuerySection';
import { AddCardForm, type CardRule } from './AddCardForm';
import { CardTextEditor } from './CardTextEditor';
import { useCards } from '../sync/useCards';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CardMenu } from './CardMenu';
import { DndList, DragHandle, useDropTarget } from '../ui/dnd';
import { VirtualList, useSlotRef, type CardSlot } from './VirtualList';
import { useListReadyMark } from './listReady';

/** A row of free cards before it is measured (its cards' least height, 7rem). */
const FREE_CARD_ROW = 112;

type Direction = 'left' | 'right' | 'up' | 'down';
const delta: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** Cards in reading order of their board position (rows, then columns). */
function readingOrder(cards: Card[]): Card[] {
  const row = (c: Card) => Math.round(c.y / STEP_Y);
  return [...cards].sort((a, b) => row(a) - row(b) || a.x - b.x || a.createdAt - b.createdAt);
}

interface DomBoardProps {
  queries: CardQuery[];
  active: CardQuery | null;
  /** The shared screen shows only what the room works on now. */
  screen?: boolean;
  cardRule?: CardRule;
  currentCase?: Case | null;
}

export function DomBoard({ queries, active, screen = false, cardRule = null, currentCase = null }: DomBoardProps) {
  const shown = screen
    ? active
      ? [active]
      : []
    : [...(active ? [active] : []), ...queries.filter((q) => q.id !== active?.id)];
  return (
    <div className="dom-board">
      {shown.map((q) => (
        <QuerySection key={q.id} query={q} />
      ))}
      {(!screen || !active) && <FreeCards cardRule={cardRule} currentCase={currentCase} />}
    </div>
  );
}

function FreeCards({ cardRule, currentCase }: { cardRule: CardRule; currentCase: Case | null }) {
  const { t } = useTranslation();
  const { readOnly, session } = useWorkshop();
  const doc = useBoardConnection().doc;
  const authorId = session.id;
  const cards = readingOrder(useCards(doc).filter((c) => !c.queryId));
  useListReadyMark(cards.length);

  const move = (card: Card, dir: Direction) => {
    const [dx, dy] = delta[dir];
    const at = (x: number, y: number) =>
      cards.find(
        (c) =>
          c.id !== card.id &&
          Math.round(c.x / STEP_X) === Math.round(x / STEP_X) &&
          Math.round(c.y / STEP_Y) === Math.round(y / STEP_Y),
      );
    let x = card.x + dx * STEP_X;
    let y = card.y + dy * STEP_Y;
    // A card one may move that sits on the target cell takes this card's place; one's cards
    // jump over the cards of others (which they may not move) to the next cell beyond.
    let other = at(x, y);
    for (let hops = 0; other && !mayChangeCard(other, session) && hops < cards.length; hops++) {
      x += dx * STEP_X;
      y += dy * STEP_Y;
      other = at(x, y);
    }
    doc.transact(() => {
      if (other && mayChangeCard(other, session)) moveCard(doc, other.id, card.x, card.y);
      moveCard(doc, card.id, x, y);
    });
  };

  const swap = (fromId: string, to: Card) => {
    const from = cards.find((c) => c.id === fromId);
    if (!from || from.id === to.id) return;
    doc.transact(() => {
      moveCard(doc, from.id, to.x, to.y);
      if (mayChangeCard(to, session)) moveCard(doc, to.id, from.x, from.y);
    });
  };

  return (
    <section className="free-cards" aria-label={t('board.cardsLabel')}>
      {!readOnly && <AddCardForm doc={doc} authorId={authorId} rule={cardRule} currentCase={currentCase} />}
      {!readOnly && cards.length > 1 && <p className="hint">{t('board.moveHint')}</p>}
      {cards.length === 0 ? (
        <p className="empty">{t('board.empty')}</p>
      ) : (
        <DndList
          describe={(id) => cards.find((c) => c.id === id)?.text ?? ''}
          onDrop={(dragged, target) => {
            const to = cards.find((c) => c.id === target);
            if (to) swap(dragged, to);
          }}
        >
          <VirtualList
            items={cards}
            itemKey={(card) => card.id}
            dragId={(card) => card.id}
            className="card-grid"
            testId="dom-cards"
            rowEstimate={FREE_CARD_ROW}
            renderItem={(card, _i, slot) => (
              <CardItem
                card={card}
                slot={slot}
                readOnly={readOnly || !mayChangeCard(card, session)}
                boardReadOnly={readOnly}
                onMove={(dir) => move(card, dir)}
                onSave={(value) => editCardText(doc, card.id, value)}
                onColor={(color) => recolorCard(doc, card.id, color)}
                onDelete={() => deleteCard(doc, card.id)}
              />
            )}
          />
        </DndList>
      )}
    </section>
  );
}

interface CardItemProps {
  card: Card;
  /** Its place in a virtualised list. */
  slot?: CardSlot;
  /** This card is not this person's to change. */
  readOnly: boolean;
  /** Nothing on the board is (the shared screen). */
  boardReadOnly: boolean;
  onMove: (dir: Direction) => void;
  onSave: (text: string) => void;
  onColor: (color: Card['color']) => void;
  onDelete: () => void;
}

function CardItem({ card, slot, readOnly, boardReadOnly, onMove, onSave, onColor, onDelete }: CardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  // Others' cards are drop targets (they swap places where they may), never dragged by this person.
  const drop = useDropTarget(card.id, boardReadOnly);
  const ref = useSlotRef(drop.ref, slot);
  return (
    <li
      {...slot?.props}
      ref={ref}
      className={`card color-${card.color} ${drop.isOver ? 'drop-over' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      aria-label={t('board.card', { text: card.text })}
    >
      {editing ? (
        <CardTextEditor id={card.id} text={card.text} onSave={onSave} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="card-text" data-testid="card-text">
            {card.text}
          </p>
          {!readOnly && (
            <span className="card-tools">
              <DragHandle id={card.id} label={t('cluster.drag', { text: card.text })} />
              <CardMenu text={card.text}>
                <button type="button" onClick={() => setEditing(true)}>
                  {t('board.edit')}
                </button>
                <label className="field small">
                  <span>{t('board.color')}</span>
                  <select value={card.color} onChange={(e) => onColor(e.target.value as Card['color'])}>
                    {cardColors.map((c) => (
                      <option key={c} value={c}>
                        {t(`board.colors.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="move-buttons" role="group" aria-label={t('board.moveGroup')} data-keep-open>
                  {(['left', 'up', 'down', 'right'] as const).map((dir) => (
                    <button
                      key={dir}
                      type="button"
                      className="icon"
                      aria-label={t(`board.move.${dir}`)}
                      title={t(`board.move.${dir}`)}
                      onClick={() => onMove(dir)}
                    >
                      {{ left: '←', up: '↑', down: '↓', right: '→' }[dir]}
                    </button>
                  ))}
                </span>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (window.confirm(t('board.deleteConfirm', { text: card.text }))) onDelete();
                  }}
                >
                  {t('board.delete')}
                </button>
              </CardMenu>
            </span>
          )}
        </>
      )}
    </li>
  );
}
