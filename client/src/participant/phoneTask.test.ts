import { describe, expect, it } from 'vitest';
import { defaultAgenda, type CardQuery, type Round } from '@nws/shared';
import { needsBoard, phoneTask, type PhoneInputs } from './phoneTask';

const steps = defaultAgenda().steps;
const stepOf = (id: string) => steps.find((s) => s.id === id)!;
const query = (status: 'writing' | 'revealed') => ({ id: 'q-12345678', status }) as CardQuery;
const round = (status: 'open' | 'closed', id = 'r1') => ({ id, status, kind: 'dots' }) as Round;
const base: PhoneInputs = { role: 'participant', active: null, rounds: [], position: null, step: null };
const at = (stepId: string, caseId: string | null = 'c1') => ({
  position: { stepId, caseId },
  step: stepOf(stepId),
});

describe('phoneTask', () => {
  it('keeps the card query before the conference starts', () => {
    expect(phoneTask(base)).toMatchObject({ kind: 'query', query: null });
    expect(phoneTask({ ...base, active: query('revealed') })).toMatchObject({ kind: 'query' });
  });
  it('asks for cards while a query is written, whatever the step', () => {
    const task = phoneTask({ ...base, ...at('actor-perspectives'), active: query('writing') });
    expect(task.kind).toBe('write');
    expect(needsBoard(task)).toBe(false);
  });
  it('puts an open round before the step, for participants only', () => {
    const inputs = { ...base, ...at('actor-perspectives'), rounds: [round('closed', 'r0'), round('open')] };
    expect(phoneTask(inputs)).toMatchObject({ kind: 'vote', key: 'vote/r1' });
    expect(phoneTask({ ...inputs, role: 'screen' }).kind).toBe('step');
    expect(phoneTask({ ...inputs, rounds: [round('closed')] }).kind).toBe('grid');
  });
  it('gives the grid row in a perspective step of a case, the step itself otherwise', () => {
    const grid = phoneTask({ ...base, ...at('actor-perspectives'), active: query('revealed') });
    expect(grid).toMatchObject({ kind: 'grid', caseId: 'c1', key: 'grid/c1/actor-perspectives' });
    expect(needsBoard(grid)).toBe(true);
    expect(phoneTask({ ...base, ...at('narration') })).toMatchObject({ kind: 'step', key: 'step/c1/narration' });
  });
  it('asks participants for their stakeholder row when the moderation puts the analysis on the screen', () => {
    const inputs = { ...base, ...at('actor-perspectives'), focus: 'stakeholders' as const };
    expect(phoneTask(inputs)).toMatchObject({ kind: 'stakeholders', key: 'stakeholders' });
    expect(phoneTask({ ...base, focus: 'stakeholders' }).kind).toBe('stakeholders');
    expect(needsBoard(phoneTask(inputs))).toBe(false);
    // Writing cards and an open vote come first; the screen's own link reads the step.
    expect(phoneTask({ ...inputs, active: query('writing') }).kind).toBe('write');
    expect(phoneTask({ ...inputs, rounds: [round('open')] }).kind).toBe('vote');
    expect(phoneTask({ ...inputs, role: 'screen' }).kind).toBe('step');
  });
});
