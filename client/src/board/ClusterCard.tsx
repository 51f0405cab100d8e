// A card in a query's cluster column: select, edit, move to a cluster, stack
// on another card as a duplicate (by drag and drop too), delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** The drag payload of a card on the DOM board. */
export const DRAG_TYPE = 'text/x-nws-card';

interface ClusterCardProps {
  card: Card;
  duplicates: Card[];
  others: Card[];
  clusters: Cluster[];
  selected: boolean;
  onToggle: () => void;
}

export function ClusterCard({ card, duplicates, others, clusters, selected, onToggle }: ClusterCardProps) {
  const { t } = useTranslation();
  const { readOnly, session } = useWorkshop();
  const board = useBoardConnection().doc;
  // Clustering is open to everyone; the text and the card itself are its author's (or the moderation's).
  const own = mayChangeCard(card, session);
  const [editing, setEditing] = useState(false);
  return (
    <li
      className={`card color-${card.color} ${selected ? 'selected' : ''}`}
      data-testid="card"
      data-card-id={card.id}
      aria-label={t('board.card', { text: card.text })}
      draggable={!readOnly && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, card.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => !readOnly && e.preventDefault()}
      onDrop={(e) => {
        if (readOnly) return;
        const id = e.dataTransfer.getData(DRAG_TYPE);
        if (id && id !== card.id) {
          e.preventDefault();
          e.stopPropagation();
          stackCard(board, id, card.id);
        }
      }}
    >
      {editing ? (
        <CardTextEditor
          id={card.id}
          text={card.text}
          onSave={(text) => editCardText(board, card.id, text)}
          onDone={() => setEditing(false)}
        />
      ) : (
        <div className="card-head">
          {!readOnly && (
            <input
              type="checkbox"
              checked={selected}
              onChange={onToggle}
              aria-label={`${t('cluster.select')}: ${card.text}`}
            />
          )}
          <p className="card-text" data-testid="card-text">
            {card.text}
          </p>
        </div>
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
      {!readOnly && !editing && (
        <div className="card-actions">
          {own && (
            <button type="button" className="small" onClick={() => setEditing(true)}>
              {t('board.edit')}
            </button>
          )}
          <label className="visually-hidden" htmlFor={`move-${card.id}`}>
            {t('cluster.moveTo')}
          </label>
          <select
            id={`move-${card.id}`}
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
          {others.length > 0 && (
            <>
              <label className="visually-hidden" htmlFor={`stack-${card.id}`}>
                {t('cluster.stackOn')}
              </label>
              <select
                id={`stack-${card.id}`}
                value=""
                onChange={(e) => e.target.value && stackCard(board, card.id, e.target.value)}
              >
                <option value="">{t('cluster.stackOn')}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.text}
                  </option>
                ))}
              </select>
            </>
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
        </div>
      )}
    </li>
  );
}
