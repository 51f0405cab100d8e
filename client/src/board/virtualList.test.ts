import { describe, expect, it } from 'vitest';
import { keyTarget } from './virtualList';

describe('keyTarget: moving the focus through a virtualised list by keys', () => {
  it('goes a row down and up in a grid, and left and right', () => {
    expect(keyTarget('ArrowDown', 3, 1000, 6, 4)).toBe(9);
    expect(keyTarget('ArrowUp', 9, 1000, 6, 4)).toBe(3);
    expect(keyTarget('ArrowRight', 3, 1000, 6, 4)).toBe(4);
    expect(keyTarget('ArrowLeft', 3, 1000, 6, 4)).toBe(2);
  });

  it('goes by a screen with Page down/up and to the ends with Home and End', () => {
    expect(keyTarget('PageDown', 3, 1000, 6, 4)).toBe(27);
    expect(keyTarget('PageUp', 27, 1000, 6, 4)).toBe(3);
    expect(keyTarget('Home', 500, 1000, 6, 4)).toBe(0);
    expect(keyTarget('End', 5, 1000, 6, 4)).toBe(999);
  });

  it('stops at the ends', () => {
    expect(keyTarget('ArrowDown', 997, 1000, 6, 4)).toBe(999);
    expect(keyTarget('ArrowUp', 2, 1000, 6, 4)).toBe(0);
    expect(keyTarget('PageDown', 990, 1000, 6, 4)).toBe(999);
    expect(keyTarget('ArrowLeft', 0, 1000, 6, 4)).toBe(0);
  });

  it('leaves left and right alone in a single column, and other keys everywhere', () => {
    expect(keyTarget('ArrowRight', 3, 300, 1, 8)).toBeNull();
    expect(keyTarget('ArrowDown', 3, 300, 1, 8)).toBe(4);
    expect(keyTarget('Enter', 3, 300, 6, 8)).toBeNull();
    expect(keyTarget(' ', 3, 300, 6, 8)).toBeNull();
  });
});
