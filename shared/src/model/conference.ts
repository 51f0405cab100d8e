// Where the planning conference is (step and case) and its step timer: the
// conference's single values in the control document.
import { z } from 'zod';

export const PositionSchema = z.object({ stepId: z.string(), caseId: z.string().nullable() });
export type Position = z.infer<typeof PositionSchema>;

export const TimerSchema = z.object({
  /** Running: when it ends (epoch ms). */
  endsAt: z.number().nullable(),
  /** Paused or not yet started: what is left. */
  remainingMs: z.number().nonnegative(),
});
export type Timer = z.infer<typeof TimerSchema>;
