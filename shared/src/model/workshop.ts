// Workshops, roles and the people in them, as they cross the HTTP boundary.
import { z } from 'zod';

export const roles = ['moderator', 'participant', 'screen'] as const;
export const RoleSchema = z.enum(roles);
export type Role = z.infer<typeof RoleSchema>;

/** Decision level (Leitungsebene) or operative level (operative Ebene) of an organisation. */
export const LevelSchema = z.enum(['decision', 'operative']);
export type Level = z.infer<typeof LevelSchema>;

const label = (max: number) => z.string().trim().min(1).max(max);

export const CreateWorkshopSchema = z.object({
  name: label(120),
  targetGroup: label(200),
  area: label(200),
  /** Display name of the creating moderator, shown in presence. */
  moderatorName: label(80).optional(),
});
export type CreateWorkshop = z.infer<typeof CreateWorkshopSchema>;

/** Join codes: 6 characters from an alphabet without look-alikes (0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`), 'join code'));

export const JoinSchema = z.object({
  code: JoinCodeSchema,
  name: label(80),
  organisation: label(120),
  level: LevelSchema,
});
export type Join = z.infer<typeof JoinSchema>;

export const WorkshopIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, 'workshop id');

export const WorkshopInfoSchema = z.object({
  id: WorkshopIdSchema,
  name: z.string(),
  targetGroup: z.string(),
  area: z.string(),
  createdAt: z.number(),
});
export type WorkshopInfo = z.infer<typeof WorkshopInfoSchema>;

export const SessionInfoSchema = z.object({
  id: z.string(),
  role: RoleSchema,
  name: z.string(),
  organisation: z.string(),
  level: LevelSchema.nullable(),
  color: z.string(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;
