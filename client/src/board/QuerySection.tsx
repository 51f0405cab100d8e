// One card query on the DOM board: while people write, only the count; after
// the reveal, one column per cluster plus "not clustered". Clustering works
// by drag and drop (onto a column: into the cluster; onto a card: stack as a
// duplicate) and entirely by keyboard (select cards, "move to", "stack on").
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  assignToCluster,
  cardColors,
  createCluster,
  deleteCard,
  dissolveCluster,
  editCardText,
  recolorCluster,
  renameCluster,
  stackCard,
  unstackCard,
  CLUSTER_NAME_MAX,
  type Card,
  type CardQuery,
  type Cluster,
} from '@nws/shared';
import { useCards, useClusters } from '../sync/useCards';
import { AddCardForm } from './AddCardForm';
import { CardTextEditor } from './CardTextEditor';

const DRAG_TYPE = 'text/x-nws-card';

interface Props {
  board: Y.Doc;
  query: CardQuery;
  readOnly: boolean;
  isModerator: boolean;
}

export function QuerySection({ board, query, readOnly, isModerator }: Props) {
  const { t } = useTranslation();
  const cards = useCards(board).filter((c) => c.queryId === query.id);
  const clusters = useClusters(board, query.id);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [newName, setNewName] = useState('');

  if (query.status === 'writing') {
    return (
      <section className="query-section" aria-label={t('query.area', { question: query.question })} data-testid="query-section">
        <h2 className="question">{query.question}</h2>
        <p className="big-count" data-testid="written-count">{t('query.written', { count: query.cardCount })}</p>
      </section>
    );
  }

  const ids = new Set(cards.map((c) => c.id));
  const bases = cards.filter((c) => !c.stackedOn || !ids.has(c.stackedOn)).sort((a, b) => a.y - b.y || a.x - b.x);
  const stackOf = (id: string) => cards.filter((c) => c.stackedOn === id);
  const known = new Set(clusters.map((c) => c.id));
  const columns: { cluster: Cluster | null; cards: Card[] }[] = [
    { cluster: null, cards: bases.filter((c) => !c.clusterId || !known.has(c.clusterId)) },
    ...clusters.map((cl) => ({ cluster: cl, cards: bases.filter((c) => c.clusterId === cl.id) })),
  ];
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const moveSelection = (clusterId: string | null) => {
    assignToCluster(board, [...selected].filter((id) => ids.has(id)), clusterId);
    setSelected(new Set());
  };
  const dropOnColumn = (e: DragEvent, clusterId: string | null) => {
    e.preventDefault();
    const id = e.dataTransfer.getData(DRAG_TYPE);
    if (!ids.has(id)) return;
    const moving = selected.has(id) ? [...selected] : [id];
    assignToCluster(board, moving, clusterId);
    setSelected(new Set());
  };

  return (
    <section className="query-section" aria-label={t('query.area', { question: query.question })} data-testid="query-section">
      <h2 className="question">{query.question}</h2>
      {!readOnly && query.mode === 'callout' && isModerator && <AddCardForm doc={board} query={query} label={t('query.calloutAdd')} />}
      {!readOnly && (
        <div className="cluster-toolbar">
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              const name = newName.trim() || t('cluster.defaultName', { n: clusters.length + 1 });
              createCluster(board, query, { name, cardIds: [...selected].filter((id) => ids.has(id)) });
              setNewName('');
              setSelected(new Set());
            }}
          >
            <label htmlFor={`new-cluster-${query.id}`} className="visually-hidden">{t('cluster.newName')}</label>
            <input id={`new-cluster-${query.id}`} placeholder={t('cluster.newName')} maxLength={CLUSTER_NAME_MAX} value={newName} onChange={(e) => setNewName(e.target.value)} />
            <button type="submit">{selected.size ? t('cluster.createFromSelection', { count: selected.size }) : t('cluster.create')}</button>
          </form>
          {selected.size > 0 && (
            <label className="inline-form">
              <span>{t('cluster.moveSelected')}</span>
              <select
                value=""
                onChange={(e) => moveSelection(e.target.value === '__none' ? null : e.target.value)}
                data-testid="move-selection"
              >
                <option value="" disabled>{t('cluster.choose')}</option>
                <option value="__none">{t('cluster.none')}</option>
                {clusters.map((c) => (
                  <option key={c.id} value={c.id}>{c.name}</option>
                ))}
              </select>
            </label>
          )}
          <p className="hint">{t('cluster.dropHint')}</p>
        </div>
      )}
      <div className="cluster-columns">
        {columns.map(({ cluster, cards: colCards }) => (
          <section
            key={cluster?.id ?? 'unsorted'}
            className={`cluster-column ${cluster ? `color-${cluster.color}-soft` : 'unsorted'}`}
            aria-label={t('cluster.columnLabel', { name: cluster?.name ?? t('cluster.unsorted'), count: colCards.length })}
            data-testid="cluster-column"
            data-cluster-name={cluster?.name ?? ''}
            onDragOver={(e) => !readOnly && e.preventDefault()}
            onDrop={(e) => !readOnly && dropOnColumn(e, cluster?.id ?? null)}
          >
            {cluster ? <ClusterHeader board={board} cluster={cluster} readOnly={readOnly} /> : <h3>{t('cluster.unsorted')}</h3>}
            <ul className="cluster-cards">
              {colCards.map((card) => (
                <ClusterCard
                  key={card.id}
                  board={board}
                  card={card}
                  duplicates={stackOf(card.id)}
                  others={bases.filter((b) => b.id !== card.id)}
                  clusters={clusters}
                  readOnly={readOnly}
                  selected={selected.has(card.id)}
                  onToggle={() => toggle(card.id)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

function ClusterHeader({ board, cluster, readOnly }: { board: Y.Doc; cluster: Cluster; readOnly: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  if (readOnly) return <h3>{cluster.name}</h3>;
  return (
    <div className="cluster-header">
      <label className="visually-hidden" htmlFor={`cluster-name-${cluster.id}`}>{t('cluster.rename')}</label>
      <input
        id={`cluster-name-${cluster.id}`}
        className="cluster-name"
        value={name ?? cluster.name}
        maxLength={CLUSTER_NAME_MAX}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => {
          if (name !== null && name.trim() && name.trim() !== cluster.name) renameCluster(board, cluster.id, name);
          setName(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setName(null);
        }}
      />
      <label className="visually-hidden" htmlFor={`cluster-color-${cluster.id}`}>{t('cluster.color')}</label>
      <select id={`cluster-color-${cluster.id}`} value={cluster.color} onChange={(e) => recolorCluster(board, cluster.id, e.target.value as Cluster['color'])}>
        {cardColors.map((c) => (
          <option key={c} value={c}>{t(`board.colors.${c}`)}</option>
        ))}
      </select>
      <button
        type="button"
        className="secondary small"
        onClick={() => {
          if (window.confirm(t('cluster.dissolveConfirm', { name: cluster.name }))) dissolveCluster(board, cluster.id);
        }}
      >
        {t('cluster.dissolve')}
      </button>
    </div>
  );
}

interface ClusterCardProps {
  board: Y.Doc;
  card: Card;
  duplicates: Card[];
  others: Card[];
  clusters: Cluster[];
  readOnly: boolean;
  selected: boolean;
  onToggle: () => void;
}

function ClusterCard({ board, card, duplicates, others, clusters, readOnly, selected, onToggle }: ClusterCardProps) {
  const { t } = useTranslation();
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
        <CardTextEditor id={card.id} text={card.text} onSave={(text) => editCardText(board, card.id, text)} onDone={() => setEditing(false)} />
      ) : (
        <div className="card-head">
          {!readOnly && (
            <input type="checkbox" checked={selected} onChange={onToggle} aria-label={`${t('cluster.select')}: ${card.text}`} />
          )}
          <p className="card-text" data-testid="card-text">{card.text}</p>
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
          <button type="button" className="small" onClick={() => setEditing(true)}>{t('board.edit')}</button>
          <label className="visually-hidden" htmlFor={`move-${card.id}`}>{t('cluster.moveTo')}</label>
          <select id={`move-${card.id}`} value={card.clusterId ?? ''} onChange={(e) => assignToCluster(board, [card.id], e.target.value || null)}>
            <option value="">{t('cluster.none')}</option>
            {clusters.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
          {others.length > 0 && (
            <>
              <label className="visually-hidden" htmlFor={`stack-${card.id}`}>{t('cluster.stackOn')}</label>
              <select id={`stack-${card.id}`} value="" onChange={(e) => e.target.value && stackCard(board, card.id, e.target.value)}>
                <option value="">{t('cluster.stackOn')}</option>
                {others.map((o) => (
                  <option key={o.id} value={o.id}>{o.text}</option>
                ))}
              </select>
            </>
          )}
          <button
            type="button"
            className="danger small"
            onClick={() => {
              if (window.confirm(t('board.deleteConfirm', { text: card.text }))) deleteCard(board, card.id);
            }}
          >
            {t('board.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
