import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { enqueue, flushOutbox, newCardKey, readOutbox, type OutgoingCard } from './outbox';

beforeEach(() => {
  const store = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  });
});

const card = (text: string): OutgoingCard => ({ key: newCardKey(), queryId: 'q1', text });

describe('the outbox of cards written offline', () => {
  it('keeps cards while there is no connection and sends them in order when it is back', async () => {
    enqueue('w1', card('eins'));
    enqueue('w1', card('zwei'));
    await flushOutbox(
      'w1',
      () => Promise.reject(new ApiError(0, 'network', 'offline')),
      () => undefined,
    );
    expect(readOutbox('w1').map((c) => c.text)).toEqual(['eins', 'zwei']);
    const sent: string[] = [];
    await flushOutbox(
      'w1',
      async (c) => void sent.push(c.text),
      () => undefined,
    );
    expect(sent).toEqual(['eins', 'zwei']);
    expect(readOutbox('w1')).toEqual([]);
  });

  it('gives up a card the server refuses for good and says which, and sends the rest', async () => {
    enqueue('w1', card('zu spät'));
    enqueue('w1', card('auch zu spät'));
    const refused: string[] = [];
    await flushOutbox(
      'w1',
      (c) => (c.text === 'zu spät' ? Promise.reject(new ApiError(409, 'query_closed', 'closed')) : Promise.resolve()),
      (c, code) => refused.push(`${c.text}: ${code}`),
    );
    expect(refused).toEqual(['zu spät: query_closed']);
    expect(readOutbox('w1')).toEqual([]);
  });

  it('tries again after a busy server and sends cards added while sending', async () => {
    enqueue('w1', card('a'));
    await flushOutbox(
      'w1',
      () => Promise.reject(new ApiError(503, 'unavailable', 'busy')),
      () => undefined,
    );
    expect(readOutbox('w1')).toHaveLength(1);
    const sent: string[] = [];
    await flushOutbox(
      'w1',
      async (c) => {
        sent.push(c.text);
        if (c.text === 'a') enqueue('w1', card('b'));
      },
      () => undefined,
    );
    expect(sent).toEqual(['a', 'b']);
  });

  it('keeps each workshop apart, reads garbage as empty and makes distinct url-safe keys', () => {
    enqueue('w1', card('x'));
    expect(readOutbox('w2')).toEqual([]);
    localStorage.setItem('nws.outbox.w3', '{broken');
    expect(readOutbox('w3')).toEqual([]);
    const keys = new Set(Array.from({ length: 100 }, newCardKey));
    expect(keys.size).toBe(100);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
