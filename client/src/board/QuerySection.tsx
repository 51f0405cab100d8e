// One card query on the DOM board: while people write, only the count; after
// the reveal, one column per cluster plus "not clustered". Clustering works
// by drag and drop (onto a column: into the cluster; onto a card: stack as a
// duplicate) and entirely by keyboard (select cards, "move to", "stack on").
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assignToCluster, createCluster, CLUSTER_NAME_MAX, type Card, type CardQuery, type Cluster } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCards, useClusters } from '../sync/useCards';
import { AddCardForm } from './AddCardForm';
import { ClusterCard, DRAG_TYPE } from './ClusterCard';
import { ClusterHeader } from './ClusterHeader';

export function QuerySection({ query }: { query: CardQuery }) {
  const { t } = useTranslation();
  const { readOnly, isModerator } = useWorkshop();
  const board = useBoardConnection().doc;
  const cards = useCards(board).filter((c) => c.queryId === query.id);
  const clusters = useClusters(board, query.id);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [newName, setNewName] = useState('');

  if (query.status === 'writing') {
    return (
      <section
        className="query-section"
        aria-label={t('query.area', { question: query.question })}
        data-testid="query-section"
      >
        <h2 className="question">{query.question}</h2>
        <p className="big-count" data-testid="written-count">
          {t('query.written', { count: query.cardCount })}
        </p>
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
    assignToCluster(
      board,
      [...selected].filter((id) => ids.has(id)),
      clusterId,
    );
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
    <section
      className="query-section"
      aria-label={t('query.area', { question: query.question })}
      data-testid="query-section"
    >
      <h2 className="question">{query.question}</h2>
      {!readOnly && query.mode === 'callout' && isModerator && (
        <AddCardForm doc={board} query={query} label={t('query.calloutAdd')} />
      )}
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
            <label htmlFor={`new-cluster-${query.id}`} className="visually-hidden">
              {t('cluster.newName')}
            </label>
            <input
              id={`new-cluster-${query.id}`}
              placeholder={t('cluster.newName')}
              maxLength={CLUSTER_NAME_MAX}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
            />
            <button type="submit">
              {selected.size ? t('cluster.createFromSelection', { count: selected.size }) : t('cluster.create')}
            </button>
          </form>
          {selected.size > 0 && (
            <label className="inline-form">
              <span>{t('cluster.moveSelected')}</span>
              <select
                value=""
                onChange={(e) => moveSelection(e.target.value === '__none' ? null : e.target.value)}
                data-testid="move-selection"
              >
                <option value="" disabled>
                  {t('cluster.choose')}
                </option>
                <option value="__none">{t('cluster.none')}</option>
                {clusters.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
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
            aria-label={t('cluster.columnLabel', {
              name: cluster?.name ?? t('cluster.unsorted'),
              count: colCards.length,
            })}
            data-testid="cluster-column"
            data-cluster-name={cluster?.name ?? ''}
            onDragOver={(e) => !readOnly && e.preventDefault()}
            onDrop={(e) => !readOnly && dropOnColumn(e, cluster?.id ?? null)}
          >
            {cluster ? <ClusterHeader cluster={cluster} /> : <h3>{t('cluster.unsorted')}</h3>}
            <ul className="cluster-cards">
              {colCards.map((card) => (
                <ClusterCard
                  key={card.id}
                  card={card}
                  duplicates={stackOf(card.id)}
                  others={bases.filter((b) => b.id !== card.id)}
                  clusters={clusters}
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
