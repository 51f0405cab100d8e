// What becomes of a working group's resolution in the network (METHOD.md
// section 4): proposed in its workshop, forwarded to the steering group
// (Lenkungsgruppe), which confirms it, sends it back (with a reason) or
// rejects it. A resolution sent back can be forwarded again once reworked;
// confirmed and rejected ones are final.
import { z } from 'zod';
import { DomainError } from '../errors.js';

export const resolutionStates = ['proposed', 'forwarded', 'confirmed', 'sent_back', 'rejected'] as const;
export const ResolutionStateSchema = z.enum(resolutionStates);
export type ResolutionState = z.infer<typeof ResolutionStateSchema>;

export const SteeringDecisionSchema = z.enum(['confirmed', 'sent_back', 'rejected']);
export type SteeringDecision = z.infer<typeof SteeringDecisionSchema>;

export type ResolutionAction =
  { kind: 'forward' } | { kind: 'decide'; decision: SteeringDecision; reason: string | null };

/** The state after an action, or a DomainError (409 `invalid_transition`) when the method does not allow it. */
export function nextResolutionState(state: ResolutionState, action: ResolutionAction): ResolutionState {
  if (action.kind === 'forward') {
    if (state === 'proposed' || state === 'sent_back') return 'forwarded';
    throw new DomainError('invalid_transition', `a ${state} resolution cannot be forwarded`);
  }
  if (state !== 'forwarded')
    throw new DomainError('invalid_transition', `only a forwarded resolution is decided (this one is ${state})`);
  if (action.decision === 'sent_back' && !action.reason?.trim())
    throw new DomainError('reason_required', 'Sending a resolution back needs a reason.');
  return action.decision;
}
