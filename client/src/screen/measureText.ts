// Measures words in the screen's card font with a canvas that is never shown
// (the projector's fonts decide how wide a German compound is).
import type { MeasureText } from './fitBoard';

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `word` at `px` pixels in the page's font; a rough estimate where no canvas is available. */
export const measureText: MeasureText = (word, px) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return word.length * px * 0.6;
  context.font = `${px}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(word).width;
};
