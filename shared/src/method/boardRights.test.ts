import { describe, expect, it } from 'vitest';
import { mayChangeCard, participantCardRule } from './boardRights.js';

describe('board rights', () => {
  it('lets authors and the moderation change a card', () => {
    expect(mayChangeCard({ authorId: 'a' }, { id: 'a', role: 'participant' })).toBe(true);
    expect(mayChangeCard({ authorId: 'a' }, { id: 'b', role: 'participant' })).toBe(false);
    expect(mayChangeCard({}, { id: 'b', role: 'participant' })).toBe(false);
    expect(mayChangeCard({ authorId: 'a' }, { id: 'm', role: 'moderator' })).toBe(true);
  });

  it('says what a participant may add: nothing in the narration or a private query, questions when asked', () => {
    const step = (...boardRules: string[]) => ({ boardRules });
    expect(participantCardRule(null, null)).toBeNull();
    expect(participantCardRule(step('noCards'), null)).toBe('blocked');
    expect(participantCardRule(step('cardsAreQuestions'), null)).toBe('question');
    expect(participantCardRule(null, { status: 'writing', mode: 'named' })).toBe('private');
    expect(participantCardRule(null, { status: 'writing', mode: 'anonymous' })).toBe('private');
    expect(participantCardRule(null, { status: 'writing', mode: 'callout' })).toBeNull();
    expect(participantCardRule(null, { status: 'revealed', mode: 'named' })).toBeNull();
    expect(participantCardRule(step('cardsAreQuestions'), { status: 'writing', mode: 'named' })).toBe('private');
  });
});
