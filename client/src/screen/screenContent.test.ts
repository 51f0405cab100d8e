import { describe, expect, it } from 'vitest';
import type { CardQuery } from '@nws/shared';
import { screenContent } from './screenContent';

const query = (status: CardQuery['status']) => ({ status }) as CardQuery;

describe('screenContent', () => {
  it('shows how to join whenever the join view is on', () => {
    expect(screenContent({ showsJoin: true, active: query('writing'), conferenceOn: true, artefact: null })).toBe(
      'join',
    );
  });

  it('shows the writing of the active query before the conference step', () => {
    expect(screenContent({ showsJoin: false, active: query('writing'), conferenceOn: true, artefact: null })).toBe(
      'writing',
    );
  });

  it('shows the step, or the workspace of its artefact, while the conference runs', () => {
    const on = { showsJoin: false, active: query('revealed'), conferenceOn: true };
    expect(screenContent({ ...on, artefact: 'grid' })).toBe('step');
    expect(screenContent({ ...on, artefact: 'themes' })).toBe('themes');
    expect(screenContent({ ...on, artefact: 'assignments' })).toBe('assignments');
    expect(screenContent({ ...on, artefact: 'goals' })).toBe('goals');
  });

  it('shows the board otherwise', () => {
    expect(screenContent({ showsJoin: false, active: query('revealed'), conferenceOn: false, artefact: null })).toBe(
      'board',
    );
    expect(screenContent({ showsJoin: false, active: null, conferenceOn: false, artefact: null })).toBe('board');
  });
});

describe('the stakeholder analysis on the screen', () => {
  it('comes in front of the step and the board when the moderation puts it there; join and writing stay first', () => {
    const base = { showsJoin: false, active: null, conferenceOn: true, artefact: 'perspectiveGrid' };
    expect(screenContent({ ...base, focus: 'stakeholders' })).toBe('stakeholders');
    expect(screenContent({ ...base, focus: null })).toBe('step');
    expect(screenContent({ ...base, conferenceOn: false, focus: 'stakeholders' })).toBe('stakeholders');
    expect(screenContent({ ...base, showsJoin: true, joinChosen: true, focus: 'stakeholders' })).toBe('join');
    // Before the start the join view shows by itself; what the moderation puts in front wins over it.
    expect(screenContent({ ...base, showsJoin: true, focus: 'stakeholders' })).toBe('stakeholders');
    expect(screenContent({ ...base, showsJoin: true, focus: 'chain:c1' })).toBe('chains');
  });
});
