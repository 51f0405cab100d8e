// The outbox (outbox.ts) for a writing panel: cards still on their way,
// sent now, again every few seconds while any wait, and when the browser says
// it is back online.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWorkshop } from '../app/WorkshopProvider';
import { enqueue, flushOutbox, newCardKey, readOutbox, type OutgoingCard } from './outbox';

const RETRY_MS = 4000;

export function useOutbox(onSent: () => void) {
  const { workshopId, api } = useWorkshop();
  const [waiting, setWaiting] = useState<OutgoingCard[]>(() => readOutbox(workshopId));
  const [refused, setRefused] = useState<{ text: string; code: string } | null>(null);
  const busy = useRef(false);
  const sentRef = useRef(onSent);
  sentRef.current = onSent;

  const flush = useCallback(async () => {
    if (busy.current || readOutbox(workshopId).length === 0) return;
    busy.current = true;
    try {
      await flushOutbox(
        workshopId,
        (card) => api.writeCard(card.queryId, card.text, card.key),
        (card, code) => setRefused({ text: card.text, code }),
      );
    } finally {
      busy.current = false;
      setWaiting(readOutbox(workshopId));
      sentRef.current();
    }
  }, [workshopId, api]);

  useEffect(() => {
    void flush();
    const timer = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [flush]);

  const send = useCallback(
    (queryId: string, text: string) => {
      enqueue(workshopId, { key: newCardKey(), queryId, text });
      setWaiting(readOutbox(workshopId));
      setRefused(null);
      void flush();
    },
    [workshopId, flush],
  );

  return { waiting, refused, send };
}
