// A card in a query's cluster column, compact: its number and text, a handle
// to drag it (onto a column: into that cluster; onto a card: stacked as its
// duplicate) and one menu with the rest — edit, move to a cluster, stack on a
// card (told apart by number and cluster), delete.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  assignToCluster,
  deleteCard,
  editCardText,
  mayChangeCard,
  stackCard,
  unstackCard,
  type Card,
  type Cluster,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CardTextEditor } from './CardTextEditor';
import { CardMenu } from './CardMenu';
import { DragHandle, useDropTarget } from '../ui/dnd';
import { useSlotRef, type CardSlot } from './VirtualList';

/** A card as the list names it: its number in the query, its text, its cluster. */
export interface Numbered {
  card: Card;
  number: number;
  clusterName: string | null;
}

interface ClusterCardProps {
  card: Card;
  number: number;
  duplicates: Card[];
  /** The other cards it can be stacked on. */
  others: Numbered[];
  clusters: Cluster[];
  selected: boolean;
  onToggle: () => void;
  /** Its place in a virtualised list. */
  slot?: CardSlot;
}

export function ClusterCard({
  card,
  number,
  duplicates,
  others,
  clusters,
  selected,
  onToggle,
  slot,
}: ClusterCardProps) {
  const { t } = useTranslation();
  const { readOnly, session } = useWorkshop();
  const board = useBoardConnection().doc;
  // Clustering is open to everyone; the text and the card itself are its author's (or the moderation's).
  const own = mayChangeCard(card, session);
  const [editing, setEditing] = useState(false);
  const drop = useDropTarget(`card:${card.id}`, readOnly);
  const ref = useSlotRef(drop.ref, slot);
  return (
    <li
      {...slot?.props}
      ref={ref}
      className={`card compact color-${card.color} ${selected ? 'selected' : ''} ${drop.isOver ? 'drop-over' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      aria-label={t('board.card', { text: card.text })}
    >
      {editing ? (
        <CardTextEditor
          id={card.id}
          text={card.text}
          onSave={(text) => editCardText(board, card.id, text)}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <div className="card-top">
            {!readOnly && (
              <input
                type="checkbox"
                checked={selected}
                onChange={onToggle}
                aria-label={`${t('cluster.select')}: ${card.text}`}
              />
            )}
            <span className="card-number" aria-hidden="true">
              #{number}
            </span>
            {!readOnly && (
              <span className="card-tools">
                <DragHandle id={`card:${card.id}`} label={t('cluster.drag', { text: card.text })} />
                <CardMenu text={card.text}>
                  {own && (
                    <button type="button" className="small" onClick={() => setEditing(true)}>
                      {t('board.edit')}
                    </button>
                  )}
                  <label className="field small">
                    <span>{t('cluster.moveTo')}</span>
                    <select
                      value={card.clusterId ?? ''}
                      onChange={(e) => assignToCluster(board, [card.id], e.target.value || null)}
                    >
                      <option value="">{t('cluster.none')}</option>
                      {clusters.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  {others.length > 0 && (
                    <label className="field small">
                      <span>{t('cluster.stackOn')}</span>
                      <select value="" onChange={(e) => e.target.value && stackCard(board, card.id, e.target.value)}>
                        <option value="">{t('cluster.choose')}</option>
                        {others.map((o) => (
                          <option key={o.card.id} value={o.card.id}>
                            {t('cluster.stackTarget', {
                              number: o.number,
                              text: o.card.text,
                              cluster: o.clusterName ?? t('cluster.unsorted'),
                            })}
                          </option>
                        ))}
                      </select>
                    </label>
                  )}
                  {own && (
                    <button
                      type="button"
                      className="danger small"
                      onClick={() => {
                        if (window.confirm(t('board.deleteConfirm', { text: card.text }))) deleteCard(board, card.id);
                      }}
                    >
                      {t('board.delete')}
                    </button>
                  )}
                </CardMenu>
              </span>
            )}
          </div>
          <p className="card-text" data-testid="card-text">
            {card.text}
          </p>
        </>
      )}
      {duplicates.length > 0 && (
        <details className="duplicates">
          <summary>{t('cluster.stacked', { count: duplicates.length })}</summary>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                {d.text}{' '}
                {!readOnly && (
                  <button type="button" className="small secondary" onClick={() => unstackCard(board, d.id)}>
                    {t('cluster.unstack')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
