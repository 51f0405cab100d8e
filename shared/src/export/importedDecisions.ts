// The rounds and resolutions of an imported backup are taken over, never
// decided in the workshop that imports them. On import the server marks every
// closed round and every resolution (ImportMarkSchema) and checks each against
// its round and the backup's people, so a result no round produced says so.
import type * as Y from 'yjs';
import type { z } from 'zod';
import { DomainError } from '../errors.js';
import { resolutionsMap, roundsMap } from '../doc/control.js';
import { RoundSchema, type ConsentTally, type ImportMark, type Round } from '../model/round.js';
import { ResolutionSchema, type Resolution } from '../model/resolution.js';

/** What an import took over: marked rounds and resolutions, and those that did not add up (with why). */
export interface ImportedDecisions {
  rounds: number;
  resolutions: number;
  inconsistent: { id: string; problems: string[] }[];
}

/** Why a closed round's result cannot be what a round of `eligible` voters produced; empty if it can. */
export function roundProblems(r: Round, eligible: number): string[] {
  const problems: string[] = [];
  const items = new Set(r.itemIds);
  const ofItems = (o: Record<string, unknown>) =>
    Object.keys(o).length === items.size && Object.keys(o).every((k) => items.has(k));
  if (r.closedAt === null || r.closedAt < r.openedAt) problems.push('no closing time after its opening');
  if (items.size === 0 || items.size !== r.itemIds.length) problems.push('no items, or items repeated');
  if (r.voters > eligible) problems.push(`${r.voters} voters, but only ${eligible} people could vote`);
  if (r.kind === 'consent') {
    if (!r.consent || r.dots !== null || r.dotsPerPerson !== null) problems.push('not a consent tally');
    else {
      if (!ofItems(r.consent)) problems.push('tallies not of its items');
      for (const [id, t] of Object.entries(r.consent))
        if (t.green + t.blue + t.red > r.voters) problems.push(`${id}: more marks than voters`);
    }
  } else if (!r.dots || r.consent !== null || r.dotsPerPerson === null || r.dotsPerPerson < 1) {
    problems.push('not a dot tally');
  } else {
    if (!ofItems(r.dots)) problems.push('dots not on its items');
    const total = Object.values(r.dots).reduce((a, b) => a + b, 0);
    if (total > r.voters * r.dotsPerPerson) problems.push('more dots than its voters had');
  }
  return problems;
}

const sameTally = (a: ConsentTally | null, b: ConsentTally | null) =>
  a === b || (!!a && !!b && a.green === b.green && a.blue === b.blue && a.red === b.red);

/** Why a resolution's tally is not the one the server would have recorded from its round; empty if it is. */
export function resolutionProblems(
  res: Resolution,
  rounds: Map<string, { round: Round; consistent: boolean }>,
): string[] {
  if (res.roundId === null) return res.tally === null && res.itemId === null ? [] : ['a tally or item without a round'];
  const of = rounds.get(res.roundId);
  if (!of || of.round.status !== 'closed') return ['its round is not a closed round of the backup'];
  const { round, consistent } = of;
  const problems = consistent ? [] : ['its round does not add up'];
  if (round.closedAt !== null && res.createdAt < round.closedAt) problems.push('recorded before its round closed');
  const expected = res.itemId ? (round.consent?.[res.itemId] ?? null) : null;
  if (!sameTally(res.tally, expected)) problems.push("its tally is not its round's tally of its item");
  return problems;
}

/** Every entry of a root map parsed; anything that is not one (or not under its own id) refuses the backup. */
function readAll<T extends { id: string }>(map: Y.Map<unknown>, schema: z.ZodType<T>, what: string): T[] {
  return [...map.entries()].map(([key, value]) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DomainError(
        'invalid_backup',
        `The ${what} ${key} of this backup is not valid: ${issue?.path.map(String).join('.') || what} ${issue?.message ?? ''}`.trim(),
      );
    }
    if (parsed.data.id !== key)
      throw new DomainError('invalid_backup', `The ${what} ${key} of this backup has another id.`);
    return parsed.data;
  });
}

/**
 * Marks the decisions of an imported control document as taken over from a
 * backup: every closed round and every resolution, `consistent` only where its
 * result adds up for `eligible` voters (the backup's participants). Open rounds
 * start again empty, since their votes stay with the original workshop. Marks
 * in the backup are replaced by the server's own. Throws `invalid_backup` on an
 * entry that is no round or resolution at all, or an incomplete document.
 */
export function markImportedDecisions(control: Y.Doc, eligible: number, now = Date.now()): ImportedDecisions {
  if (control.store.pendingStructs || control.store.pendingDs)
    throw new DomainError('invalid_backup', 'The control document of this backup is incomplete.');
  const rounds = readAll(roundsMap(control), RoundSchema, 'round');
  const resolutions = readAll(resolutionsMap(control), ResolutionSchema, 'resolution');
  const out: ImportedDecisions = { rounds: 0, resolutions: 0, inconsistent: [] };
  const mark = (id: string, problems: string[]): ImportMark => {
    if (problems.length) out.inconsistent.push({ id, problems });
    return { at: now, consistent: problems.length === 0 };
  };
  const checked = new Map<string, { round: Round; consistent: boolean }>();
  control.transact(() => {
    for (const { imported: _, ...round } of rounds) {
      if (round.status === 'open') {
        roundsMap(control).set(round.id, { ...round, voters: 0, closedAt: null, dots: null, consent: null });
        continue;
      }
      const imported = mark(round.id, roundProblems(round, eligible));
      checked.set(round.id, { round, consistent: imported.consistent });
      roundsMap(control).set(round.id, { ...round, imported });
      out.rounds++;
    }
    for (const { imported: _, ...res } of resolutions) {
      resolutionsMap(control).set(res.id, { ...res, imported: mark(res.id, resolutionProblems(res, checked)) });
      out.resolutions++;
    }
  });
  return out;
}
