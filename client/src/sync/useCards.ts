// The board's cards and clusters as React state, straight from the domain model.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listCards, listClusters, observeCards, observeClusters, type Card, type Cluster } from '@nws/shared';

export function useCards(doc: Y.Doc | undefined): Card[] {
  const [cards, setCards] = useState<Card[]>(() => (doc ? listCards(doc) : []));
  useEffect(() => {
    if (!doc) return;
    setCards(listCards(doc));
    return observeCards(doc, setCards);
  }, [doc]);
  return cards;
}

/** A board's clusters (of one query, if given) as React state. */
export function useClusters(doc: Y.Doc | undefined, queryId?: string): Cluster[] {
  const [clusters, setClusters] = useState<Cluster[]>(() => (doc ? listClusters(doc, queryId) : []));
  useEffect(() => {
    if (!doc) return;
    setClusters(listClusters(doc, queryId));
    return observeClusters(doc, () => setClusters(listClusters(doc, queryId)));
  }, [doc, queryId]);
  return clusters;
}
