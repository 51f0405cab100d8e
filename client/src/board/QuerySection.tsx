// One card query on the DOM board: while people write, only the count; after
// the reveal, one column per cluster plus "not clustered", wrapping to the
// width (one under the other on a phone). Clustering works by drag and drop
// with mouse, finger or keyboard (ui/dnd.tsx: onto a column, into the
// cluster; onto a card, stacked as a duplicate) and by the cards' menus
// (select cards, "move to", "stack on").
import { useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import {
  assignToCluster,
  createCluster,
  stackCard,
  CLUSTER_NAME_MAX,
  type Card,
  type CardQuery,
  type Cluster,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCards, useClusters } from '../sync/useCards';
import { AddCardForm } from './AddCardForm';
import { ClusterCard, type Numbered } from './ClusterCard';
import { ClusterHeader } from './ClusterHeader';
import { DndList, useDropTarget } from '../ui/dnd';
import { VirtualList } from './VirtualList';

/** A cluster column's card before it is measured (px). */
const CLUSTER_CARD_ROW = 91;

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
  // Numbers by the order of writing tell identical texts apart; with the cluster, so does the "stack on" list.
  const numbers = new Map([...cards].sort((a, b) => a.createdAt - b.createdAt).map((c, i) => [c.id, i + 1]));
  const clusterName = (id: string | undefined) => clusters.find((c) => c.id === id)?.name ?? null;
  const numbered: Numbered[] = bases.map((c) => ({
    card: c,
    number: numbers.get(c.id) ?? 0,
    clusterName: clusterName(c.clusterId),
  }));
  const describe = (id: string) => {
    if (id.startsWith('col:'))
      return t('cluster.columnName', { name: clusterName(id.slice(4)) ?? t('cluster.unsorted') });
    const card = cards.find((c) => c.id === id.slice(5));
    return card ? t('cluster.cardName', { number: numbers.get(card.id), text: card.text }) : '';
  };
  const drop = (dragged: string, target: string) => {
    const id = dragged.slice('card:'.length);
    if (!ids.has(id)) return;
    if (target.startsWith('card:')) return stackCard(board, id, target.slice('card:'.length));
    // Onto a column: the card, or the whole selection it belongs to.
    assignToCluster(board, selected.has(id) ? [...selected] : [id], target.slice('col:'.length) || null);
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
      <DndList describe={describe} onDrop={drop}>
        <div className="cluster-columns">
          {columns.map(({ cluster, cards: colCards }) => (
            <ClusterColumn key={cluster?.id ?? 'unsorted'} cluster={cluster} count={colCards.length}>
              <VirtualList
                items={colCards}
                itemKey={(card) => card.id}
                dragId={(card) => `card:${card.id}`}
                className="cluster-cards"
                rowEstimate={CLUSTER_CARD_ROW}
                renderItem={(card, _i, slot) => (
                  <ClusterCard
                    card={card}
                    slot={slot}
                    number={numbers.get(card.id) ?? 0}
                    duplicates={stackOf(card.id)}
                    others={numbered.filter((b) => b.card.id !== card.id)}
                    clusters={clusters}
                    selected={selected.has(card.id)}
                    onToggle={() => toggle(card.id)}
                  />
                )}
              />
            </ClusterColumn>
          ))}
        </div>
      </DndList>
    </section>
  );
}

/** A cluster's column (or the unclustered cards'): a drop target for cards, around the list of its cards. */
function ClusterColumn({ cluster, count, children }: { cluster: Cluster | null; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const { readOnly } = useWorkshop();
  const drop = useDropTarget(`col:${cluster?.id ?? ''}`, readOnly, true);
  return (
    <section
      ref={drop.ref}
      className={`cluster-column ${cluster ? `color-${cluster.color}-soft` : 'unsorted'} ${drop.isOver ? 'drop-over' : ''}`}
      aria-label={t('cluster.columnLabel', { name: cluster?.name ?? t('cluster.unsorted'), count })}
      data-testid="cluster-column"
      data-cluster-name={cluster?.name ?? ''}
    >
      {cluster ? <ClusterHeader cluster={cluster} /> : <h3>{t('cluster.unsorted')}</h3>}
      {children}
    </section>
  );
}
