// Dot-voting and consent rounds, and the resolutions recorded from them.
// Rounds live in the control document (opened and closed by the moderation
// through server commands); the votes themselves stay on the server until a
// round closes, then only the tallies are published.
import * as Y from 'yjs';
import { uuidv4 } from 'lib0/random';
import { z } from 'zod';
import { DomainError } from '../errors.js';

export const ConsentMarkSchema = z.enum(['green', 'blue', 'red']);
export type ConsentMark = z.infer<typeof ConsentMarkSchema>;

export const OpenRoundSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dots'), title: z.string().trim().min(1).max(200), itemIds: z.array(z.string().max(64)).min(1).max(100), dotsPerPerson: z.number().int().min(1).max(20) }),
  z.object({ kind: z.literal('consent'), title: z.string().trim().min(1).max(200), itemIds: z.array(z.string().max(64)).min(1).max(100) }),
]);
export type OpenRound = z.infer<typeof OpenRoundSchema>;

export const DotVoteSchema = z.object({ dots: z.record(z.string().max(64), z.number().int().min(0).max(20)) });
export const ConsentVoteSchema = z.object({ marks: z.record(z.string().max(64), ConsentMarkSchema) });

export const ConsentTallySchema = z.object({ green: z.number().int(), blue: z.number().int(), red: z.number().int() });
export type ConsentTally = z.infer<typeof ConsentTallySchema>;

export const RoundSchema = z.object({
  id: z.string(),
  kind: z.enum(['dots', 'consent']),
  title: z.string(),
  itemIds: z.array(z.string()),
  dotsPerPerson: z.number().int().nullable(),
  status: z.enum(['open', 'closed']),
  /** How many people have voted so far (no content before closing). */
  voters: z.number().int(),
  openedAt: z.number(),
  closedAt: z.number().nullable(),
  /** After closing: dots per item, or the consent tally per item. */
  dots: z.record(z.string(), z.number()).nullable(),
  consent: z.record(z.string(), ConsentTallySchema).nullable(),
});
export type Round = z.infer<typeof RoundSchema>;

export const ResolutionSchema = z.object({
  id: z.string(),
  text: z.string().min(1).max(2000),
  /** The consent tally it was decided with, if any. */
  tally: ConsentTallySchema.nullable(),
  roundId: z.string().nullable(),
  itemId: z.string().nullable(),
  createdAt: z.number(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;
export const NewResolutionSchema = z.object({ text: z.string().trim().min(1).max(2000), roundId: z.string().max(64).nullable().default(null), itemId: z.string().max(64).nullable().default(null) });

const roundsMap = (doc: Y.Doc) => doc.getMap<unknown>('rounds');
const resolutionsMap = (doc: Y.Doc) => doc.getMap<unknown>('resolutions');

export function listRounds(doc: Y.Doc): Round[] {
  const out: Round[] = [];
  for (const v of roundsMap(doc).values()) {
    const r = RoundSchema.safeParse(v);
    if (r.success) out.push(r.data);
  }
  return out.sort((a, b) => a.openedAt - b.openedAt);
}

export function getRound(doc: Y.Doc, id: string): Round | null {
  const r = RoundSchema.safeParse(roundsMap(doc).get(id));
  return r.success ? r.data : null;
}

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
export function closeRound(doc: Y.Doc, id: string, results: { dots?: Record<string, number>; consent?: Record<string, ConsentTally> }, now = Date.now()): Round {
  const r = getRound(doc, id);
  if (!r) throw new DomainError('unknown_round', 'no such round');
  if (r.status === 'closed') throw new DomainError('round_closed', 'the round is closed already');
  const next: Round = { ...r, status: 'closed', closedAt: now, dots: results.dots ?? null, consent: results.consent ?? null };
  roundsMap(doc).set(id, next);
  return next;
}

/** Checks a dot vote against a round: known items, at most the dots a person has. */
export function checkDots(round: Round, dots: Record<string, number>): void {
  const total = Object.values(dots).reduce((a, b) => a + b, 0);
  if (Object.keys(dots).some((k) => !round.itemIds.includes(k))) throw new DomainError('invalid', 'a dot on something that is not in this round');
  if (total > (round.dotsPerPerson ?? 0)) throw new DomainError('invalid', `at most ${round.dotsPerPerson} dots per person`);
}

export function checkMarks(round: Round, marks: Record<string, ConsentMark>): void {
  if (Object.keys(marks).some((k) => !round.itemIds.includes(k))) throw new DomainError('invalid', 'a mark on something that is not in this round');
}

/** Dots per item, all items listed. */
export function tallyDots(itemIds: string[], votes: { itemId: string; value: number }[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(itemIds.map((i) => [i, 0]));
  for (const v of votes) if (v.itemId in out) out[v.itemId]! += v.value;
  return out;
}

/** Green/blue/red per item, all items listed. */
export function tallyConsent(itemIds: string[], votes: { itemId: string; mark: ConsentMark }[]): Record<string, ConsentTally> {
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

export function addResolution(doc: Y.Doc, input: { text: string; tally: ConsentTally | null; roundId: string | null; itemId: string | null }, opts: { id?: string; now?: number } = {}): Resolution {
  const r = ResolutionSchema.parse({ id: opts.id ?? uuidv4(), ...input, createdAt: opts.now ?? Date.now() });
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

export function observeRounds(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  roundsMap(doc).observe(h);
  resolutionsMap(doc).observe(h);
  return () => {
    roundsMap(doc).unobserve(h);
    resolutionsMap(doc).unobserve(h);
  };
}
