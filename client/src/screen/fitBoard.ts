// Geometry of the screen's board: the box around what is shown and the scale
// that fits it into the screen, so the room sees all of it at once.
import { CARD } from '@nws/shared';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Fit {
  /** The bounding box in board coordinates (its corner becomes the origin). */
  box: Box;
  scale: number;
}

/** Cards are drawn at their position in the board's card size. */
export const cardBox = (c: { x: number; y: number }): Box => ({ x: c.x, y: c.y, w: CARD.w, h: CARD.h });

/** Enlarging a few cards further helps nobody read them: they would fill the wall. */
export const MAX_SCALE = 2;

/** The box around all `boxes` with a margin, scaled to fit `w`×`h` (never above MAX_SCALE); null when empty. */
export function fitBoxes(boxes: Box[], w: number, h: number, margin = CARD.gap): Fit | null {
  if (boxes.length === 0 || w <= 0 || h <= 0) return null;
  const x0 = Math.min(...boxes.map((b) => b.x)) - margin;
  const y0 = Math.min(...boxes.map((b) => b.y)) - margin;
  const x1 = Math.max(...boxes.map((b) => b.x + b.w)) + margin;
  const y1 = Math.max(...boxes.map((b) => b.y + b.h)) + margin;
  const box = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  return { box, scale: Math.min(w / box.w, h / box.h, MAX_SCALE) };
}

/** Padding of a card's text inside the card, in board pixels (see screen.css). */
export const CARD_PADDING_Y = 12;

/**
 * Card text in board pixels and how many lines fit: larger when the board is
 * scaled down, so a full board stays readable from the back row (what does
 * not fit ends in an ellipsis).
 */
export function cardText(scale: number): { font: number; lines: number } {
  const font = Math.round(Math.min(34, Math.max(21, 26 / scale)));
  return { font, lines: Math.max(1, Math.floor((CARD.h - 2 * CARD_PADDING_Y) / (font * 1.2))) };
}

/**
 * Width of a card's text inside the card, in board pixels: padding and border
 * (see screen.css), less 5 % because measured and laid-out widths differ a little.
 */
export const TEXT_WIDTH = Math.floor((CARD.w - 2 * 14 - 2) * 0.95);

/** The width of `word` set in `px` pixels of the card font. */
export type MeasureText = (word: string, px: number) => number;

/**
 * The font for one card's text: `font`, but small enough that its longest
 * word fits one line (German compounds would break mid-word; browsers here
 * have no hyphenation dictionary) — but not below 70 % of `font` (or 14 px):
 * read from the back row, a compound broken in two beats a tiny one.
 */
export function wordFitFont(text: string, font: number, measure: MeasureText): number {
  const widest = text.split(/\s+/).reduce((a, w) => (w.length > a.length ? w : a), '');
  return lineFitFont(widest, font, TEXT_WIDTH, measure, Math.max(14, Math.round(font * 0.7)));
}

/** The font at which `line` fits `width` board pixels on one line: at most `font`, never below `floor`. */
export function lineFitFont(line: string, font: number, width: number, measure: MeasureText, floor = 14): number {
  const w = measure(line, font);
  return w <= width ? font : Math.max(floor, Math.floor((font * width) / w));
}

/** A cluster's name: a little larger than its cards, within its title band (CLUSTER_BOX.title). */
export function clusterNameFont(name: string, cardFont: number, boxWidth: number, measure: MeasureText): number {
  return lineFitFont(name, Math.min(36, Math.round(cardFont * 1.2)), (boxWidth - 32) * 0.95, measure);
}
