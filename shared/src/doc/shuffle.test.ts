import { describe, expect, it } from 'vitest';
import { secureRandomInt, shuffled } from './shuffle.js';

describe('shuffled', () => {
  it('returns a permutation and leaves its input alone', () => {
    const input = ['a', 'b', 'c', 'd', 'e'];
    const out = shuffled(input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shuffled([])).toEqual([]);
  });

  it('draws every order about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffled([1, 2, 3]).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // 1000 expected each, standard deviation about 29.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(850);
      expect(n).toBeLessThan(1150);
    }
  });

  it('follows the random source it is given (Fisher–Yates)', () => {
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    expect(shuffled(['a', 'b', 'c', 'd'], (n) => n - 1)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('secureRandomInt', () => {
  it('stays in [0, n) and refuses impossible ranges', () => {
    for (let i = 0; i < 1000; i++) {
      const r = secureRandomInt(7);
      expect(Number.isInteger(r) && r >= 0 && r < 7).toBe(true);
    }
    expect(secureRandomInt(1)).toBe(0);
    for (const n of [0, -1, 1.5, 2 ** 33, Number.NaN]) expect(() => secureRandomInt(n)).toThrow(RangeError);
  });
});
