// Dot-voting and consent rounds, and the resolutions recorded from them.
// Rounds live in the control document (opened and closed by the moderation
// through server commands); the votes themselves stay on the server until a
// round closes, then only the tallies are published.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { DomainError } from '../errors.js';
import { resolutionsMap, roundsMap } from '../doc/control.js';
import { type ConsentMark, type ConsentTally, type OpenRound, type Round } from '../model/round.js';
import { ResolutionSchema, type Resolution } from '../model/resolution.js';
import { readRound, readRounds } from '../doc/read.js';
import { schemaChecks } from '../doc/checks.js';

// The schemas live in model/; re-exported for modules that still import them from here.
export {
  ConsentMarkSchema,
  OpenRoundSchema,
  DotVoteSchema,
  ConsentVoteSchema,
  ConsentTallySchema,
  RoundSchema,
} from '../model/round.js';
export type { ConsentMark, OpenRound, ConsentTally, Round } from '../model/round.js';
export { ResolutionSchema, NewResolutionSchema, type Resolution } from '../model/resolution.js';

/** Rounds in the order they were opened (validated; the browser reads with `readRounds`). */
export const listRounds = (doc: Y.Doc): Round[] => readRounds(doc, schemaChecks);

export const getRound = (doc: Y.Doc, id: string): Round | null => readRound(doc, id, schemaChecks);

/** Opens a round (a dot vote on themes, or a consent round on goal formulations). */
export function openRound(doc: Y.Doc, input: OpenRound, opts: { id?: string; now?: number } = {}): Round {
  const r: Round = {
    id: opts.id ?? uuidv4(),
    kind: input.kind,
    title: input.title,
    itemIds: [...new Set(input.itemIds)],
    dotsPerPerson: input.kind === 'dots' ? input.dotsPerPerson : null,
    status: 'open',
    voters: 0,
    openedAt: opts.now ?? Date.now(),
    closedAt: null,
    dots: null,
    consent: null,
  };
  roundsMap(doc).set(r.id, r);
  return r;
}

export function setRoundVoters(doc: Y.Doc, id: string, voters: number): void {
  const r = getRound(doc, id);
  if (r) roundsMap(doc).set(id, { ...r, voters });
}

/** Closes a round and publishes its tallies. */
export function closeRound(
  doc: Y.Doc,
  id: string,
  results: { dots?: Record<string, number>; consent?: Record<string, ConsentTally> },
  now = Date.now(),
): Round {
  const r = getRound(doc, id);
  if (!r) throw new DomainError('unknown_round', 'no such round');
  if (r.status === 'closed') throw new DomainError('round_closed', 'the round is closed already');
  const next: Round = {
    ...r,
    status: 'closed',
    closedAt: now,
    dots: results.dots ?? null,
    consent: results.consent ?? null,
  };
  roundsMap(doc).set(id, next);
  return next;
}

/** Checks a dot vote against a round: known items, at most the dots a person has. */
export function checkDots(round: Round, dots: Record<string, number>): void {
  const total = Object.values(dots).reduce((a, b) => a + b, 0);
  if (Object.keys(dots).some((k) => !round.itemIds.includes(k)))
    throw new DomainError('invalid', 'a dot on something that is not in this round');
  if (total > (round.dotsPerPerson ?? 0))
    throw new DomainError('invalid', `at most ${round.dotsPerPerson} dots per person`);
}

export function checkMarks(round: Round, marks: Record<string, ConsentMark>): void {
  if (Object.keys(marks).some((k) => !round.itemIds.includes(k)))
    throw new DomainError('invalid', 'a mark on something that is not in this round');
}

/** Dots per item, all items listed. */
export function tallyDots(itemIds: string[], votes: { itemId: string; value: number }[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(itemIds.map((i) => [i, 0]));
  for (const v of votes) if (v.itemId in out) out[v.itemId]! += v.value;
  return out;
}

/** Green/blue/red per item, all items listed. */
export function tallyConsent(
  itemIds: string[],
  votes: { itemId: string; mark: ConsentMark }[],
): Record<string, ConsentTally> {
  const out: Record<string, ConsentTally> = Object.fromEntries(itemIds.map((i) => [i, { green: 0, blue: 0, red: 0 }]));
  for (const v of votes) if (v.itemId in out) out[v.itemId]![v.mark]++;
  return out;
}

/** Items with any blue (needs clarification) or red (objection): to be discussed and reworded. */
export function flaggedForRework(tally: Record<string, ConsentTally>): string[] {
  return Object.entries(tally)
    .filter(([, t]) => t.blue > 0 || t.red > 0)
    .map(([id]) => id);
}

/** Records a resolution; one taking the result of a round from an imported backup carries that round's import mark. */
export function addResolution(
  doc: Y.Doc,
  input: { text: string; tally: ConsentTally | null; roundId: string | null; itemId: string | null },
  opts: { id?: string; now?: number } = {},
): Resolution {
  const imported = input.roundId ? getRound(doc, input.roundId)?.imported : undefined;
  const r = ResolutionSchema.parse({
    id: opts.id ?? uuidv4(),
    ...input,
    createdAt: opts.now ?? Date.now(),
    ...(imported ? { imported } : {}),
  });
  resolutionsMap(doc).set(r.id, r);
  return r;
}

export function listResolutions(doc: Y.Doc): Resolution[] {
  const out: Resolution[] = [];
  for (const v of resolutionsMap(doc).values()) {
    const r = ResolutionSchema.safeParse(v);
    if (r.success) out.push(r.data);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}
