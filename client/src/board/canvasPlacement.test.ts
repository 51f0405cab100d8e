import { describe, expect, it } from 'vitest';
import { besideSelection } from './canvasPlacement';

const view = { x: 0, y: 0, w: 1000, h: 800 };
const size = { w: 300, h: 200 };

describe('a new cluster on the canvas', () => {
  it('goes right of the selection when there is room', () => {
    expect(besideSelection({ x: 100, y: 100, w: 200, h: 100 }, view, size)).toEqual({ x: 340, y: 100 });
  });
  it('goes left of the selection at the right edge, and stays inside the view', () => {
    const at = besideSelection({ x: 800, y: 700, w: 150, h: 80 }, view, size);
    expect(at).toEqual({ x: 460, y: 560 });
    expect(at.x + size.w).toBeLessThanOrEqual(view.w);
    expect(at.y + size.h).toBeLessThanOrEqual(view.h);
  });
  it('falls back to the view’s left edge when neither side has room', () => {
    expect(besideSelection({ x: 200, y: 50, w: 700, h: 100 }, view, size)).toEqual({ x: 40, y: 50 });
  });
});
