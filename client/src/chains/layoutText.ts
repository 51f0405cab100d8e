// Text measurement and node sizes for the chain layout. The widths are an
// estimate per character class (no DOM: the layout runs in Node and in the
// browser and must give the same result), sized for DejaVu Sans (a wide
// system-ui on Linux), so the narrower Segoe UI, SF and Roboto fit too.
import type { ChainNodeKind } from '@nws/shared';
import { hyphenateWord } from '../ui/hyphenate';
import type { Box, TextBlock } from './layoutTypes';

export const NODE_FONT = 13;
export const NODE_LINE = 17;
export const EVENT_FONT = 12;
export const EVENT_LINE = 15;
export const EDGE_LABEL_FONT = 11;
/** Diameter of the start and end circles. */
export const EVENT_SIZE = 48;
/** A box's text column: about 22 characters. */
const BOX_TEXT = 170;
const DECISION_TEXT = 120;
const EVENT_TEXT = 140;
const MAX_LINES = 8;
/** Extra width of a hand-over box for its arrow mark at the right. */
export const HANDOVER_MARK = 18;

const NARROW = new Set([...`iljtfrI.,;:!|'"()[]{}/-`]);
const WIDE = new Set([...'mwMWÆŒæœ—@%']);

/** Estimated width of a line of text in px. */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) {
    if (ch === ' ') em += 0.32;
    else if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.92;
    else if (ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9')) em += 0.72;
    else em += 0.61;
  }
  return em * fontSize;
}

/**
 * Where a word may break: after its hyphens and, in a part too long for a line
 * of its own, between syllables (adding a hyphen).
 */
function breaks(word: string, fits: (s: string) => boolean): { head: string; tail: string }[] {
  const out: { head: string; tail: string }[] = [];
  let at = 0;
  for (const part of word.split(/(?<=-)/)) {
    // Trailing punctuation stays with the last syllable.
    const [, core = '', punct = ''] = /^(.*?)([^\p{L}]*)$/u.exec(part) ?? [];
    const syllables = fits(part) ? [core] : hyphenateWord(core, 8).split('\u00ad');
    let inPart = 0;
    for (const syllable of syllables.slice(0, -1)) {
      inPart += syllable.length;
      out.push({ head: `${word.slice(0, at + inPart)}-`, tail: word.slice(at + inPart) });
    }
    at += core.length + punct.length;
    if (at < word.length) out.push({ head: word.slice(0, at), tail: word.slice(at) });
  }
  return out;
}

/** Word-wraps text to lines at most max px wide (breaking long words, see breaks); more than maxLines end in an ellipsis. */
export function wrapText(text: string, max: number, fontSize = NODE_FONT, maxLines = MAX_LINES): string[] {
  const fits = (s: string) => textWidth(s, fontSize) <= max;
  const lines: string[] = [];
  let cur = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest) {
      const lead = cur ? `${cur} ` : '';
      if (fits(lead + rest)) {
        cur = lead + rest;
        break;
      }
      // The longest head of the word that still fits on this line.
      const split = breaks(rest, fits)
        .filter((b) => fits(lead + b.head))
        .at(-1);
      if (split) {
        lines.push(lead + split.head);
        [cur, rest] = ['', split.tail];
      } else if (cur) {
        lines.push(cur);
        cur = '';
      } else {
        // No break fits on an empty line: cut anywhere.
        let n = rest.length - 1;
        while (n > 1 && !fits(rest.slice(0, n))) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
    }
  }
  if (cur) lines.push(cur);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const even = (v: number) => 2 * Math.ceil(v / 2);
const widest = (lines: string[], fontSize: number) => Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));

/** A node's size before placement: footprint, symbol and text relative to the footprint's top left. */
export interface NodeGeometry {
  width: number;
  height: number;
  shape: Box;
  label: TextBlock;
  /** y of the symbol's centre line (where a single edge attaches). */
  axis: number;
}

export function sizeNode(kind: ChainNodeKind, text: string): NodeGeometry {
  if (kind === 'start' || kind === 'end') {
    const lines = wrapText(text, EVENT_TEXT, EVENT_FONT, 4);
    const width = even(Math.max(EVENT_SIZE, widest(lines, EVENT_FONT) + 4));
    const height = even(EVENT_SIZE + (lines.length ? 6 + lines.length * EVENT_LINE : 0));
    const shape = { x: (width - EVENT_SIZE) / 2, y: 0, width: EVENT_SIZE, height: EVENT_SIZE };
    const label = { x: width / 2, y: EVENT_SIZE + 6 + 11, anchor: 'middle' as const, lines };
    return { width, height, shape, label: { ...label, fontSize: EVENT_FONT, lineHeight: EVENT_LINE }, axis: 24 };
  }
  if (kind === 'decision') {
    const lines = wrapText(text, DECISION_TEXT);
    const th = lines.length * NODE_LINE;
    const height = even(Math.max(64, widest(lines, NODE_FONT) / 1.6 + th + 16));
    const width = even(height * 1.6);
    const label = { x: width / 2, y: (height - th) / 2 + 13, anchor: 'middle' as const, lines };
    const shape = { x: 0, y: 0, width, height };
    return { width, height, shape, label: { ...label, fontSize: NODE_FONT, lineHeight: NODE_LINE }, axis: height / 2 };
  }
  const lines = wrapText(text, BOX_TEXT);
  const mark = kind === 'handover' ? HANDOVER_MARK : 0;
  const width = even(Math.max(128, widest(lines, NODE_FONT) + 28) + mark);
  const height = even(Math.max(48, lines.length * NODE_LINE + 22));
  const label = { x: (width - mark) / 2, y: (height - lines.length * NODE_LINE) / 2 + 13, anchor: 'middle' as const };
  const shape = { x: 0, y: 0, width, height };
  return {
    width,
    height,
    shape,
    label: { ...label, lines, fontSize: NODE_FONT, lineHeight: NODE_LINE },
    axis: height / 2,
  };
}

/** Measured one size up: the organisations' names are drawn semi-bold. */
const HEADER_MEASURE = NODE_FONT * 1.1;

/** The header column's width: the given one, wider (up to 240) to fit the longest word of a name. */
export function headerWidthFor(organisations: string[], base: number): number {
  const words = organisations.flatMap((o) => o.split(/\s+/));
  const widest = Math.max(0, ...words.map((w) => Math.ceil(textWidth(w, HEADER_MEASURE))));
  return Math.max(base, Math.min(240, even(widest + 24)));
}

/** The organisation's name in a lane's header column. */
export function laneLabelLines(organisation: string, headerWidth: number): string[] {
  return wrapText(organisation, headerWidth - 24, HEADER_MEASURE, 4);
}
