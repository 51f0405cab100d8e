// A case of the planning conference: a narrated situation of one person,
// reconstructed in Phase I, with who gives it, who moderates it and who
// speaks for the client.
import { z } from 'zod';

export const CASE_TITLE_MAX = 120;
export const NARRATION_MAX = 20_000;

export const CaseSchema = z.object({
  id: z.string().min(8).max(64),
  title: z.string().min(1).max(CASE_TITLE_MAX),
  narration: z.string().max(NARRATION_MAX),
  caseGiverId: z.string().nullable(),
  moderatorIds: z.array(z.string()).max(10),
  userPerspectiveId: z.string().nullable(),
  status: z.enum(['open', 'reconstructed']),
  order: z.number().int().nonnegative(),
  createdAt: z.number(),
});
export type Case = z.infer<typeof CaseSchema>;

export const NewCaseSchema = z.object({
  title: z.string().trim().min(1).max(CASE_TITLE_MAX),
  narration: z.string().max(NARRATION_MAX).default(''),
  caseGiverId: z.string().max(64).nullable().default(null),
});
export type NewCase = z.input<typeof NewCaseSchema>;

export const CaseRolesSchema = z.object({
  caseGiverId: z.string().max(64).nullable(),
  moderatorIds: z.array(z.string().max(64)).max(10),
  userPerspectiveId: z.string().max(64).nullable(),
});
export type CaseRoles = z.infer<typeof CaseRolesSchema>;
