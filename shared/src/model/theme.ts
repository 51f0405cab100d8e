// A theme of the workshop: a case theme (typed in a case's theme store or
// promoted from a cluster), a cross-case theme (merged from several cases'
// themes) or a theme from planning data. Generative themes are the ones the
// network will work on.
import { z } from 'zod';

export const THEME_TITLE_MAX = 200;

export const ThemeKindSchema = z.enum(['case', 'crossCase', 'planningData']);
export const ThemeSourceSchema = z.enum(['reconstruction', 'cluster', 'planningData', 'manual', 'merge']);

export const ThemeOrganisationSchema = z.object({
  name: z.string().min(1).max(120),
  /** Already a partner of the network, or still to be invited. */
  inNetwork: z.boolean(),
});
export type ThemeOrganisation = z.infer<typeof ThemeOrganisationSchema>;

export const PlanningSourceSchema = z.object({
  report: z.string().min(1).max(200),
  table: z.string().max(200),
  year: z.number().int().min(1900).max(2200).nullable(),
  relation: z.enum(['confirms', 'adds', 'contradicts']),
  note: z.string().max(2000),
});
export type PlanningSource = z.infer<typeof PlanningSourceSchema>;

export const ThemeSchema = z.object({
  id: z.string().min(8).max(64),
  title: z.string().min(1).max(THEME_TITLE_MAX),
  kind: ThemeKindSchema.default('case'),
  /** The case whose theme store holds it; null for cross-case and planning-data themes. */
  caseId: z.string().nullable(),
  source: ThemeSourceSchema,
  /** Promoted from this cluster: its cards are the theme's cards. */
  clusterId: z.string().optional(),
  /** A cross-case theme: the case themes it was merged from. */
  sourceThemeIds: z.array(z.string()).optional(),
  /** Organisations the theme came from (cross-case: those of its cases). */
  fromOrganisations: z.array(z.string()).optional(),
  /** Organisations that deal with the theme, and whether they are in the network yet. */
  organisations: z.array(ThemeOrganisationSchema).optional(),
  planning: PlanningSourceSchema.optional(),
  /** Chosen as a generative theme: the network will work on it. */
  generative: z.boolean().default(false),
  createdAt: z.number(),
});
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeInput = z.input<typeof ThemeSchema>;
