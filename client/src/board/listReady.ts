// Once the synced list view shows its cards, a performance mark says so (the
// cold-join benchmark reads it, as it reads the canvas's 'board-ready').
import { useEffect } from 'react';
import { useBoardConnection } from '../app/WorkshopProvider';

export function useListReadyMark(cards: number) {
  const { synced } = useBoardConnection();
  useEffect(() => {
    if (!synced || cards === 0 || performance.getEntriesByName('list-ready').length) return;
    // Two frames: the cards are drawn, not only in the document.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (performance.getEntriesByName('list-ready').length) return;
        const rendered = document.querySelectorAll('[data-testid="dom-cards"] > li').length;
        performance.mark('list-ready', { detail: { cards, rendered } });
      }),
    );
  }, [synced, cards]);
}
