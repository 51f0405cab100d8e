// Cards written in a private card query wait here, on the device, until the
// server has them: a phone without a connection keeps what it wrote — also
// across a reload — and sends it when the connection is back. Each card
// carries a key of its own, so sending it again after an answer got lost
// does not make a second card (the server answers with the first).
import { ApiError } from '../api';

export interface OutgoingCard {
  key: string;
  queryId: string;
  text: string;
}

const storeKey = (workshopId: string) => `nws.outbox.${workshopId}`;

export function readOutbox(workshopId: string): OutgoingCard[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(storeKey(workshopId)) ?? '[]');
    return Array.isArray(raw)
      ? raw.filter(
          (c): c is OutgoingCard =>
            typeof c === 'object' &&
            c !== null &&
            typeof (c as OutgoingCard).key === 'string' &&
            typeof (c as OutgoingCard).queryId === 'string' &&
            typeof (c as OutgoingCard).text === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

function writeOutbox(workshopId: string, cards: OutgoingCard[]): void {
  try {
    if (cards.length) localStorage.setItem(storeKey(workshopId), JSON.stringify(cards));
    else localStorage.removeItem(storeKey(workshopId));
  } catch {
    /* storage disabled: the card waits in this page only */
  }
}

/** A key no other card of this device has (works without a secure context, unlike randomUUID). */
export function newCardKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function enqueue(workshopId: string, card: OutgoingCard): void {
  writeOutbox(workshopId, [...readOutbox(workshopId), card]);
}

export function dequeue(workshopId: string, key: string): void {
  writeOutbox(
    workshopId,
    readOutbox(workshopId).filter((c) => c.key !== key),
  );
}

/** Whether a failed send should be tried again later (no answer, or the server was busy) rather than given up. */
export function worthRetrying(err: unknown): boolean {
  return !(err instanceof ApiError) || err.status === 0 || err.status === 429 || err.status >= 500;
}

/**
 * Sends every waiting card in order. A card the server refused for good (the
 * query was revealed, the limit reached) leaves the outbox and is reported;
 * without a connection the rest wait for the next try.
 */
export async function flushOutbox(
  workshopId: string,
  send: (card: OutgoingCard) => Promise<unknown>,
  onRefused: (card: OutgoingCard, code: string) => void,
): Promise<void> {
  for (let card = readOutbox(workshopId)[0]; card; card = readOutbox(workshopId)[0]) {
    try {
      await send(card);
    } catch (err) {
      if (worthRetrying(err)) return;
      onRefused(card, err instanceof ApiError ? err.code : 'unknown');
    }
    dequeue(workshopId, card.key);
  }
}
