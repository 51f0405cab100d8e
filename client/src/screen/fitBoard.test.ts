import { describe, expect, it } from 'vitest';
import { CARD } from '@nws/shared';
import { cardBox, cardText, clusterNameFont, fitBoxes, MAX_SCALE, TEXT_WIDTH, wordFitFont } from './fitBoard';

describe('fitBoxes', () => {
  it('is null when there is nothing to show', () => {
    expect(fitBoxes([], 1920, 1080)).toBeNull();
  });

  it('frames every box with a margin and fits the narrower dimension', () => {
    const boxes = [cardBox({ x: 2000, y: 100 }), cardBox({ x: 2000 + 9 * 244, y: 100 + 2 * 164 })];
    const fit = fitBoxes(boxes, 1920, 1080)!;
    expect(fit.box).toEqual({
      x: 2000 - CARD.gap,
      y: 100 - CARD.gap,
      w: 9 * 244 + CARD.w + 2 * CARD.gap,
      h: 2 * 164 + CARD.h + 2 * CARD.gap,
    });
    expect(fit.scale).toBeCloseTo(1920 / fit.box.w);
    // Everything fits inside the screen.
    expect(fit.box.w * fit.scale).toBeLessThanOrEqual(1920);
    expect(fit.box.h * fit.scale).toBeLessThanOrEqual(1080);
  });

  it('enlarges a single card only up to the cap', () => {
    expect(fitBoxes([cardBox({ x: 0, y: 0 })], 1920, 1080)!.scale).toBe(MAX_SCALE);
  });
});

describe('cardText', () => {
  it('grows the text of a scaled-down board, within bounds, and fits its lines into the card', () => {
    expect(cardText(1.5)).toEqual({ font: 21, lines: 4 });
    expect(cardText(0.6).font).toBe(34);
    expect(cardText(0.1).font).toBe(34);
    for (const scale of [0.1, 0.6, 0.9, 1.5]) {
      const { font, lines } = cardText(scale);
      expect(lines * font * 1.2).toBeLessThanOrEqual(CARD.h - 24);
    }
  });
});

describe('wordFitFont', () => {
  // A font whose every glyph is half an em wide.
  const measure = (word: string, px: number) => word.length * px * 0.5;

  it('keeps the board font when every word fits', () => {
    expect(wordFitFont('Tafel e. V.', 30, measure)).toBe(30);
  });

  it('shrinks a long compound until it fits one line, down to 70 % of the font or 14 px', () => {
    const font = wordFitFont('Das Wohnungsamtes', 30, measure);
    expect(font).toBeLessThan(30);
    expect(measure('Wohnungsamtes', font)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(wordFitFont('x'.repeat(60), 30, measure)).toBe(21);
    expect(wordFitFont('x'.repeat(60), 18, measure)).toBe(14);
  });

  it('fits a cluster name into its title band and its box', () => {
    expect(clusterNameFont('Arbeit', 34, 520, measure)).toBe(36);
    const font = clusterNameFont('Existenzsicherung und Wohnen', 34, 520, measure);
    expect(measure('Existenzsicherung und Wohnen', font)).toBeLessThanOrEqual(520 - 32);
  });
});
