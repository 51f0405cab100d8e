import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { nextResolutionState, type ResolutionAction, type ResolutionState } from './steeringDecisions.js';

const forward: ResolutionAction = { kind: 'forward' };
const decide = (decision: 'confirmed' | 'sent_back' | 'rejected', reason: string | null = null): ResolutionAction => ({
  kind: 'decide',
  decision,
  reason,
});
const code = (state: ResolutionState, action: ResolutionAction) => {
  try {
    nextResolutionState(state, action);
    return 'ok';
  } catch (err) {
    return err instanceof DomainError ? err.code : 'other';
  }
};

describe('a resolution on its way through the steering group', () => {
  it('goes proposed → forwarded → confirmed, sent back or rejected', () => {
    expect(nextResolutionState('proposed', forward)).toBe('forwarded');
    expect(nextResolutionState('forwarded', decide('confirmed'))).toBe('confirmed');
    expect(nextResolutionState('forwarded', decide('rejected'))).toBe('rejected');
    expect(nextResolutionState('forwarded', decide('sent_back', 'Indikator fehlt'))).toBe('sent_back');
  });
  it('comes back once reworked; confirmed and rejected are final', () => {
    expect(nextResolutionState('sent_back', forward)).toBe('forwarded');
    for (const state of ['confirmed', 'rejected', 'forwarded'] as const)
      expect(code(state, forward)).toBe('invalid_transition');
    for (const state of ['proposed', 'confirmed', 'sent_back', 'rejected'] as const)
      expect(code(state, decide('confirmed'))).toBe('invalid_transition');
  });
  it('is sent back only with a reason', () => {
    expect(code('forwarded', decide('sent_back'))).toBe('reason_required');
    expect(code('forwarded', decide('sent_back', '  '))).toBe('reason_required');
  });
});
