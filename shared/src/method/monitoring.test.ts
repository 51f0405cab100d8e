import { describe, expect, it } from 'vitest';
import {
  goalStatus,
  indicatorStatus,
  isNeglected,
  isOverdue,
  type IndicatorSpec,
  type Measurement,
} from './monitoring.js';
import type { GoalStatus } from '../model/monitoring.js';

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const value = (iso: string, v: number): Measurement => ({ date: day(iso), value: v, assessment: null });
const assessed = (iso: string, a: Measurement['assessment']): Measurement => ({
  date: day(iso),
  value: null,
  assessment: a,
});

// 40 → 100 Kita-Plätze from 1 January to 31 December 2027.
const places: IndicatorSpec = {
  kind: 'quantity',
  baseline: { value: 40, date: day('2027-01-01') },
  target: { value: 100, due: day('2027-12-31') },
};
// 30 % → 10 % unemployment (a falling target).
const falling: IndicatorSpec = {
  kind: 'quantity',
  baseline: { value: 30, date: day('2027-01-01') },
  target: { value: 10, due: day('2027-12-31') },
};

describe('indicator status', () => {
  it.each<[string, IndicatorSpec, Measurement[], string, GoalStatus]>([
    ['no value yet', places, [], '2027-06-01', 'no_data'],
    ['on the straight line at mid-year', places, [value('2027-07-01', 70)], '2027-07-02', 'on_track'],
    ['a little behind (within 10 %)', places, [value('2027-07-01', 66)], '2027-07-02', 'on_track'],
    ['behind by a fifth', places, [value('2027-07-01', 58)], '2027-07-02', 'at_risk'],
    ['far behind', places, [value('2027-07-01', 42)], '2027-07-02', 'off_track'],
    ['the latest value counts', places, [value('2027-07-01', 42), value('2027-03-01', 90)], '2027-07-02', 'off_track'],
    ['target reached early', places, [value('2027-05-01', 101)], '2027-05-02', 'reached'],
    ['due day passed, not reached', places, [value('2027-12-01', 95)], '2028-01-05', 'off_track'],
    ['a falling target, on the way', falling, [value('2027-07-01', 20)], '2027-07-02', 'on_track'],
    ['a falling target, reached', falling, [value('2027-10-01', 9.5)], '2027-10-02', 'reached'],
    ['a falling target going the wrong way', falling, [value('2027-07-01', 32)], '2027-07-02', 'off_track'],
    [
      'no baseline to measure against',
      { kind: 'quantity', baseline: null, target: places.target },
      [value('2027-07-01', 70)],
      '2027-07-02',
      'no_data',
    ],
  ])('quantity: %s', (_name, spec, values, today, status) => {
    expect(indicatorStatus(spec, values, day(today))).toBe(status);
  });

  const quality: IndicatorSpec = { kind: 'quality', baseline: null, target: { value: null, due: day('2027-12-31') } };
  it.each<[string, Measurement[], string, GoalStatus]>([
    ['not assessed yet', [], '2027-06-01', 'no_data'],
    [
      'the latest assessment',
      [assessed('2027-03-01', 'on_track'), assessed('2027-06-01', 'at_risk')],
      '2027-06-02',
      'at_risk',
    ],
    ['reached', [assessed('2027-06-01', 'reached')], '2028-02-01', 'reached'],
    ['due passed without reaching it', [assessed('2027-06-01', 'on_track')], '2028-01-02', 'off_track'],
    ['due passed, never assessed', [], '2028-01-02', 'off_track'],
  ])('quality: %s', (_name, values, today, status) => {
    expect(indicatorStatus(quality, values, day(today))).toBe(status);
  });

  const milestone: IndicatorSpec = {
    kind: 'date',
    baseline: { value: null, date: day('2027-01-01') },
    target: { value: null, due: day('2027-09-30') },
  };
  it.each<[string, Measurement[], string, GoalStatus]>([
    ['well before the due day', [], '2027-03-01', 'on_track'],
    ['in the last stretch', [], '2027-08-20', 'at_risk'],
    ['done', [assessed('2027-08-01', 'reached')], '2027-08-20', 'reached'],
    ['due day passed', [], '2027-10-01', 'off_track'],
  ])('date: %s', (_name, values, today, status) => {
    expect(indicatorStatus(milestone, values, day(today))).toBe(status);
  });
});

describe('goal status', () => {
  it('is the worst measured indicator’s, reached only when all are, no data when none is measured; an override with a reason wins', () => {
    expect(goalStatus([])).toBe('no_data');
    expect(goalStatus(['no_data', 'no_data'])).toBe('no_data');
    expect(goalStatus(['reached', 'no_data'])).toBe('reached');
    expect(goalStatus(['reached', 'on_track'])).toBe('on_track');
    expect(goalStatus(['on_track', 'off_track', 'at_risk'])).toBe('off_track');
    expect(goalStatus(['off_track'], { status: 'on_track', reason: 'Neue Stelle ab Mai besetzt' })).toBe('on_track');
    expect(goalStatus(['off_track'], { status: 'on_track', reason: '  ' })).toBe('off_track');
  });
});

describe('assignments', () => {
  it('are overdue after their day unless done or dropped', () => {
    const due = day('2027-03-15');
    expect(isOverdue({ due, status: 'open' }, day('2027-03-15') + 10 * 3_600_000)).toBe(false);
    expect(isOverdue({ due, status: 'open' }, day('2027-03-16'))).toBe(true);
    expect(isOverdue({ due, status: 'in_progress' }, day('2027-04-01'))).toBe(true);
    expect(isOverdue({ due, status: 'done' }, day('2027-04-01'))).toBe(false);
    expect(isOverdue({ due, status: 'dropped' }, day('2027-04-01'))).toBe(false);
    expect(isOverdue({ due: null, status: 'open' }, day('2030-01-01'))).toBe(false);
  });
});

describe('goals neglected in practice', () => {
  const today = day('2027-06-30');
  const old = day('2027-01-01');
  it('no activity progress and no value for the configured time', () => {
    const idle = {
      createdAt: old,
      activities: [{ changedAt: day('2027-02-01'), status: 'open' as const }],
      measuredAt: [day('2027-02-01')],
    };
    expect(isNeglected(idle, today, 90)).toBe(true);
    expect(isNeglected(idle, today, 180)).toBe(false);
    expect(isNeglected({ ...idle, measuredAt: [day('2027-06-01')] }, today, 90)).toBe(false);
    expect(
      isNeglected({ ...idle, activities: [{ changedAt: day('2027-06-10'), status: 'in_progress' }] }, today, 90),
    ).toBe(false);
    // Never touched at all counts too; a goal whose activities are all done, or a new goal, does not.
    expect(isNeglected({ createdAt: old, activities: [], measuredAt: [] }, today, 90)).toBe(true);
    expect(isNeglected({ ...idle, activities: [{ changedAt: day('2027-02-01'), status: 'done' }] }, today, 90)).toBe(
      false,
    );
    expect(isNeglected({ ...idle, createdAt: day('2027-06-01') }, today, 90)).toBe(false);
  });
});
