// A closed dot vote as the room reads it: the themes by their dots, most
// first, each with its share of the leader's dots (the length of its bar).
import type { Round } from '@nws/shared';

export interface DotResult {
  id: string;
  title: string;
  dots: number;
  /** Dots relative to the most-voted item, 0..1. */
  share: number;
}

/** The results of the last closed dot vote among `rounds`, most dots first; null when none closed yet. */
export function lastDotResults(rounds: Round[], titleOf: (id: string) => string): DotResult[] | null {
  const round = [...rounds].reverse().find((r) => r.kind === 'dots' && r.status === 'closed' && r.dots);
  if (!round?.dots) return null;
  const tally = round.dots;
  const max = Math.max(1, ...round.itemIds.map((id) => tally[id] ?? 0));
  return round.itemIds
    .map((id, order) => ({ id, order, title: titleOf(id), dots: tally[id] ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.order - b.order)
    .map(({ id, title, dots }) => ({ id, title, dots, share: dots / max }));
}
