import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setStepSkipped } from './agenda.js';
import { DomainError } from '../errors.js';
import {
  addCase,
  canSteer,
  casesDoneOnLeaving,
  checkCaseRoles,
  getCase,
  getPosition,
  getTimer,
  listCases,
  nextPosition,
  previousPosition,
  setAgenda,
  setCaseRoles,
  startPosition,
  timerRemaining,
  updateTimer,
  warnsTooFewCases,
} from './conference.js';
import { getAgenda, goTo, readAgenda } from './steering.js';

function withCases(n: number) {
  const doc = new Y.Doc();
  for (let i = 0; i < n; i++)
    addCase(
      doc,
      { title: `Fall ${i + 1}`, narration: 'A., 34, zwei Kinder', caseGiverId: `giver-${i}` },
      { id: `case-000${i}`, now: i },
    );
  return doc;
}

describe('the role rule', () => {
  it('refuses the case giver as moderator of their own case', () => {
    expect(() => checkCaseRoles({ caseGiverId: 'ana', moderatorIds: ['ben', 'ana'], userPerspectiveId: null })).toThrow(
      DomainError,
    );
    expect(() =>
      checkCaseRoles({ caseGiverId: 'ana', moderatorIds: ['ben', 'cem'], userPerspectiveId: 'ana' }),
    ).not.toThrow();
    expect(() => checkCaseRoles({ caseGiverId: null, moderatorIds: ['ana'], userPerspectiveId: null })).not.toThrow();
  });

  it('is applied when roles are set on a case, which then stays unchanged', () => {
    const doc = withCases(1);
    setCaseRoles(doc, 'case-0000', {
      caseGiverId: 'giver-0',
      moderatorIds: ['mod-a', 'mod-a', 'mod-b'],
      userPerspectiveId: 'up',
    });
    expect(getCase(doc, 'case-0000')).toMatchObject({ moderatorIds: ['mod-a', 'mod-b'], userPerspectiveId: 'up' });
    try {
      setCaseRoles(doc, 'case-0000', { caseGiverId: 'giver-0', moderatorIds: ['giver-0'], userPerspectiveId: null });
      expect.unreachable();
    } catch (err) {
      expect((err as DomainError).code).toBe('case_giver_cannot_moderate');
    }
    expect(getCase(doc, 'case-0000')!.moderatorIds).toEqual(['mod-a', 'mod-b']);
  });

  it('a case moderator may steer while their case runs; other participants may not', () => {
    const doc = withCases(2);
    setCaseRoles(doc, 'case-0000', { caseGiverId: 'giver-0', moderatorIds: ['pia'], userPerspectiveId: null });
    goTo(doc, { stepId: 'narration', caseId: 'case-0000' });
    expect(canSteer(doc, { id: 'pia', role: 'participant' })).toBe(true);
    expect(canSteer(doc, { id: 'giver-0', role: 'participant' })).toBe(false);
    expect(canSteer(doc, { id: 'any', role: 'moderator' })).toBe(true);
    goTo(doc, { stepId: 'narration', caseId: 'case-0001' });
    expect(canSteer(doc, { id: 'pia', role: 'participant' })).toBe(false);
    expect(canSteer(doc, { id: 'scr', role: 'screen' })).toBe(false);
  });
});

describe('navigation', () => {
  const phaseI = [
    'choose-moderation',
    'choose-user-perspective',
    'narration',
    'clarifying-questions',
    'actor-perspectives',
    'discuss-perspectives',
    'user-perspective',
    'reconstruction',
  ];

  it('runs Phase I once per case, marks cases reconstructed, then enters Phase II', () => {
    const doc = withCases(2);
    let pos = goTo(doc, startPosition(getAgenda(doc), listCases(doc)));
    const visited: string[] = [];
    for (let guard = 0; guard < 40; guard++) {
      visited.push(`${pos.caseId ?? '-'}:${pos.stepId}`);
      const next = nextPosition(getAgenda(doc), listCases(doc), pos);
      if (!next) break;
      pos = goTo(doc, next);
    }
    expect(visited).toEqual([
      ...phaseI.map((s) => `case-0000:${s}`),
      ...phaseI.map((s) => `case-0001:${s}`),
      '-:cross-case-themes',
      '-:planning-data',
      '-:generative-themes',
      '-:goal-system',
    ]);
    expect(listCases(doc).map((c) => c.status)).toEqual(['reconstructed', 'reconstructed']);
  });

  it('goes back within a case and from Phase II into the last case', () => {
    const doc = withCases(1);
    const agenda = getAgenda(doc);
    expect(previousPosition(agenda, listCases(doc), { stepId: 'narration', caseId: 'case-0000' })).toEqual({
      stepId: 'choose-user-perspective',
      caseId: 'case-0000',
    });
    expect(previousPosition(agenda, listCases(doc), { stepId: 'choose-moderation', caseId: 'case-0000' })).toBeNull();
    expect(previousPosition(agenda, listCases(doc), { stepId: 'cross-case-themes', caseId: null })).toEqual({
      stepId: 'reconstruction',
      caseId: 'case-0000',
    });
  });

  it('passes over skipped steps and refuses jumps to them', () => {
    const doc = withCases(1);
    setAgenda(doc, setStepSkipped(getAgenda(doc), 'clarifying-questions', true));
    expect(nextPosition(getAgenda(doc), listCases(doc), { stepId: 'narration', caseId: 'case-0000' })).toEqual({
      stepId: 'actor-perspectives',
      caseId: 'case-0000',
    });
    expect(() => goTo(doc, { stepId: 'clarifying-questions', caseId: 'case-0000' })).toThrow(DomainError);
    expect(() => goTo(doc, { stepId: 'narration', caseId: 'no-such-case' })).toThrow(DomainError);
  });

  it('warns before Phase II with fewer than four reconstructed cases', () => {
    const doc = withCases(4);
    const agenda = getAgenda(doc);
    const from = { stepId: 'reconstruction', caseId: 'case-0003' };
    const to = { stepId: 'cross-case-themes', caseId: null };
    expect(warnsTooFewCases(agenda, listCases(doc), from, to)).toBe(true); // only 1 of 4 (the current) would be done
    for (const id of ['case-0000', 'case-0001', 'case-0002']) {
      goTo(doc, { stepId: 'reconstruction', caseId: id });
      goTo(doc, { stepId: 'reconstruction', caseId: 'case-0003' });
    }
    expect(warnsTooFewCases(agenda, listCases(doc), from, to)).toBe(false);
    expect(
      warnsTooFewCases(
        agenda,
        listCases(doc),
        { stepId: 'narration', caseId: 'case-0000' },
        { stepId: 'reconstruction', caseId: 'case-0000' },
      ),
    ).toBe(false);
    expect(getPosition(doc)).toEqual({ stepId: 'reconstruction', caseId: 'case-0003' });
  });

  it('counts the cases reconstructed across the network once each, with the one being finished here', () => {
    const doc = withCases(2);
    const agenda = getAgenda(doc);
    const from = { stepId: 'reconstruction', caseId: 'case-0001' };
    const to = { stepId: 'cross-case-themes', caseId: null };
    goTo(doc, { stepId: 'reconstruction', caseId: 'case-0000' });
    goTo(doc, from); // case 0 reconstructed here, case 1 being finished
    const cases = listCases(doc);
    expect(casesDoneOnLeaving(cases, from)).toBe(2);
    expect(warnsTooFewCases(agenda, cases, from, to)).toBe(true);
    // Another workshop of the network reconstructed two more: four in all, no warning.
    expect(casesDoneOnLeaving(cases, from, ['case-other-1', 'case-other-2'])).toBe(4);
    expect(warnsTooFewCases(agenda, cases, from, to, ['case-other-1', 'case-other-2'])).toBe(false);
    // The network's list holds this workshop's cases too (and a case carried between workshops keeps its id): once each.
    const network = ['case-0000', 'case-0001', 'case-other-1'];
    expect(casesDoneOnLeaving(cases, from, network)).toBe(3);
    expect(warnsTooFewCases(agenda, cases, from, to, network)).toBe(true);
    // Not leaving Phase I: no warning, whatever the count.
    expect(warnsTooFewCases(agenda, cases, { stepId: 'narration', caseId: 'case-0001' }, from, [])).toBe(false);
  });
});

describe('the step timer', () => {
  it('resets to the step’s time, starts, pauses, resumes and extends', () => {
    const doc = withCases(1);
    goTo(doc, { stepId: 'narration', caseId: 'case-0000' }, 0);
    expect(getTimer(doc)).toEqual({ endsAt: null, remainingMs: 15 * 60_000 });
    updateTimer(doc, { action: 'start' }, 1000);
    expect(timerRemaining(getTimer(doc)!, 61_000)).toBe(14 * 60_000);
    updateTimer(doc, { action: 'pause' }, 61_000);
    expect(getTimer(doc)).toEqual({ endsAt: null, remainingMs: 14 * 60_000 });
    updateTimer(doc, { action: 'add', minutes: 2 }, 70_000);
    expect(timerRemaining(getTimer(doc)!, 999_999)).toBe(16 * 60_000);
    updateTimer(doc, { action: 'start' }, 100_000);
    updateTimer(doc, { action: 'add', minutes: 1 }, 100_000);
    expect(getTimer(doc)!.endsAt).toBe(100_000 + 17 * 60_000);
    expect(timerRemaining(getTimer(doc)!, 10_000_000)).toBe(0);
  });
});

describe('the agenda for reading', () => {
  it('is parsed once per stored value and follows every change', () => {
    const doc = new Y.Doc();
    expect(readAgenda(doc)).toEqual(getAgenda(doc)); // the default
    expect(readAgenda(doc)).toBe(readAgenda(doc));
    const agenda = getAgenda(doc);
    agenda.steps[0]!.title = { de: 'Ankommen', en: 'Arrival' };
    setAgenda(doc, agenda);
    const first = readAgenda(doc);
    expect(first.steps[0]!.title.de).toBe('Ankommen');
    expect(readAgenda(doc)).toBe(first);
    agenda.steps[0]!.title = { de: 'Begrüßung', en: 'Welcome' };
    setAgenda(doc, agenda);
    expect(readAgenda(doc).steps[0]!.title.de).toBe('Begrüßung');
  });
});
