// The stakeholder analysis (Beteiligtenanalyse) as plain data: what a saved
// state ("Stand festhalten") holds and how two states compare. The live
// document: doc/stakeholders.ts. The partner register it draws from is here
// too. METHOD.md section 2.
import { z } from 'zod';

export const STAKEHOLDER_TITLE_MAX = 80;

/** Bedeutung für das Netzwerk: beteiligt / soll beteiligt werden / extern. */
export const significances = ['involved', 'wanted', 'external'] as const;
export const SignificanceSchema = z.enum(significances);
export type Significance = z.infer<typeof SignificanceSchema>;

export const StakeholderColumnSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** A shared text per row, or the row's significance (a choice). */
  kind: z.enum(['text', 'significance']),
});
export type StakeholderColumn = z.infer<typeof StakeholderColumnSchema>;

export const StakeholderRowSchema = z.object({
  id: z.string(),
  organisation: z.string(),
  significance: SignificanceSchema,
  /** Text column id → the cell's text. */
  cells: z.record(z.string(), z.string()),
});
export type StakeholderRow = z.infer<typeof StakeholderRowSchema>;

export const StakeholderStateSchema = z.object({
  columns: z.array(StakeholderColumnSchema),
  rows: z.array(StakeholderRowSchema),
});
export type StakeholderState = z.infer<typeof StakeholderStateSchema>;

/** A saved state of the analysis. */
export const StakeholderVersionSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
  rows: z.number().int().nonnegative(),
});
export type StakeholderVersion = z.infer<typeof StakeholderVersionSchema>;

export type RowChange = 'added' | 'removed' | 'changed' | 'same';

export interface CellComparison {
  columnId: string;
  title: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

export interface RowComparison {
  id: string;
  organisation: string;
  change: RowChange;
  significance: { before: Significance | null; after: Significance | null; changed: boolean };
  cells: CellComparison[];
}

export interface StakeholderComparison {
  /** Columns of either state, the later state's order first, then those it removed. */
  columns: {
    id: string;
    before: string | null;
    after: string | null;
    change: 'added' | 'removed' | 'renamed' | 'same';
  }[];
  rows: RowComparison[];
  counts: { added: number; removed: number; changed: number; significanceChanged: number };
}

/**
 * Compares two states side by side: rows added and removed, cells changed,
 * and the significance column's changes marked on their own. Columns and
 * rows are matched by id (a renamed column is the same column).
 */
export function compareStakeholderStates(before: StakeholderState, after: StakeholderState): StakeholderComparison {
  const colBefore = new Map(before.columns.map((c) => [c.id, c]));
  const colAfter = new Map(after.columns.map((c) => [c.id, c]));
  const columns = [...after.columns, ...before.columns.filter((c) => !colAfter.has(c.id))].map((c) => {
    const b = colBefore.get(c.id)?.title ?? null;
    const a = colAfter.get(c.id)?.title ?? null;
    const change = b === null ? 'added' : a === null ? 'removed' : a !== b ? 'renamed' : 'same';
    return { id: c.id, before: b, after: a, change } as const;
  });
  const textColumns = [...after.columns, ...before.columns.filter((c) => !colAfter.has(c.id))].filter(
    (c) => c.kind === 'text',
  );
  const rowBefore = new Map(before.rows.map((r) => [r.id, r]));
  const rowAfter = new Map(after.rows.map((r) => [r.id, r]));
  const rows = [...after.rows, ...before.rows.filter((r) => !rowAfter.has(r.id))].map((r): RowComparison => {
    const b = rowBefore.get(r.id) ?? null;
    const a = rowAfter.get(r.id) ?? null;
    const cells = textColumns.map((c) => {
      const x = b ? (b.cells[c.id] ?? null) : null;
      const y = a ? (a.cells[c.id] ?? null) : null;
      return {
        columnId: c.id,
        title: colAfter.get(c.id)?.title ?? c.title,
        before: x,
        after: y,
        changed: (x ?? '') !== (y ?? ''),
      };
    });
    const significance = {
      before: b?.significance ?? null,
      after: a?.significance ?? null,
      changed: !!a && !!b && a.significance !== b.significance,
    };
    const change: RowChange = !b
      ? 'added'
      : !a
        ? 'removed'
        : significance.changed || cells.some((c) => c.changed)
          ? 'changed'
          : 'same';
    return { id: r.id, organisation: (a ?? b)!.organisation, change, significance, cells };
  });
  const count = (c: RowChange) => rows.filter((r) => r.change === c).length;
  return {
    columns,
    rows,
    counts: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      significanceChanged: rows.filter((r) => r.significance.changed).length,
    },
  };
}

/** An organisation in the network's partner register: no personal data, just its name, kind and contact role. */
export const RegisteredPartnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Kind of organisation (Behörde, freier Träger …), free text with suggestions. */
  kind: z.string(),
  /** The function of the contact there (e.g. "Teamleitung"), no name. */
  contactRole: z.string(),
  /** Where it came from: typed in, an invitation list, or people of it who joined a workshop. */
  source: z.enum(['manual', 'invitation', 'joined']),
  /** In how many of the network's workshops someone of it took part. */
  workshops: z.number().int().nonnegative(),
});
export type RegisteredPartner = z.infer<typeof RegisteredPartnerSchema>;

const text = (max: number) => z.string().trim().max(max);
export const PartnerInputSchema = z.strictObject({
  name: text(120).min(1),
  kind: text(80).default(''),
  contactRole: text(80).default(''),
});
export type PartnerInput = z.input<typeof PartnerInputSchema>;
