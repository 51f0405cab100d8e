// The board's cards as React state, straight from the domain model.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listCards, observeCards, type Card } from '@nws/shared';

export function useCards(doc: Y.Doc | undefined): Card[] {
  const [cards, setCards] = useState<Card[]>(() => (doc ? listCards(doc) : []));
  useEffect(() => {
    if (!doc) return;
    setCards(listCards(doc));
    return observeCards(doc, setCards);
  }, [doc]);
  return cards;
}
