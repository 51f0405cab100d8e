import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { addStep, AgendaSchema, moveStep, removeStep, renameStep, setStepSkipped } from './agenda.js';
import { DEFAULT_AGENDA, defaultAgenda } from './defaultAgenda.js';

describe('the default agenda', () => {
  it('validates against its schema and has the method’s phases and steps', () => {
    expect(AgendaSchema.safeParse(DEFAULT_AGENDA).success).toBe(true);
    const byPhase = (p: string) => DEFAULT_AGENDA.steps.filter((s) => s.phase === p).map((s) => s.id);
    expect(byPhase('I')).toEqual([
      'choose-moderation',
      'choose-user-perspective',
      'narration',
      'clarifying-questions',
      'actor-perspectives',
      'discuss-perspectives',
      'user-perspective',
      'reconstruction',
    ]);
    expect(byPhase('II')).toEqual(['cross-case-themes', 'planning-data', 'generative-themes']);
    expect(byPhase('III')).toEqual(['goal-system']);
    for (const s of DEFAULT_AGENDA.steps) {
      expect(s.title.de && s.title.en && s.purpose.de && s.purpose.en).toBeTruthy();
      expect(s.questions.length).toBeGreaterThan(0);
    }
    expect(DEFAULT_AGENDA.steps.find((s) => s.id === 'narration')!.boardRules).toEqual(['noCards']);
    expect(DEFAULT_AGENDA.steps.find((s) => s.id === 'clarifying-questions')!.boardRules).toEqual([
      'cardsAreQuestions',
    ]);
  });

  it('copies are independent of the default', () => {
    const a = defaultAgenda();
    a.steps[0]!.title.de = 'geändert';
    expect(DEFAULT_AGENDA.steps[0]!.title.de).not.toBe('geändert');
  });
});

describe('agenda edits are pure and validated', () => {
  const base = defaultAgenda();

  it('renames without touching the original', () => {
    const a = renameStep(base, 'narration', { de: 'Der Fall wird erzählt' });
    expect(a.steps.find((s) => s.id === 'narration')!.title).toEqual({
      de: 'Der Fall wird erzählt',
      en: 'Case narration',
    });
    expect(base.steps.find((s) => s.id === 'narration')!.title.de).toBe('Fallschilderung');
  });

  it('reorders within a phase, never across phases', () => {
    const a = moveStep(base, 'choose-user-perspective', 0);
    expect(a.steps.slice(0, 2).map((s) => s.id)).toEqual(['choose-user-perspective', 'choose-moderation']);
    expect(() => moveStep(base, 'goal-system', 0)).toThrow(DomainError);
    expect(() => moveStep(base, 'nope', 0)).toThrow(DomainError);
  });

  it('skips and restores, but never everything', () => {
    const a = setStepSkipped(base, 'planning-data', true);
    expect(a.steps.find((s) => s.id === 'planning-data')!.skipped).toBe(true);
    expect(setStepSkipped(a, 'planning-data', false).steps.find((s) => s.id === 'planning-data')!.skipped).toBe(false);
    let all = base;
    for (const s of base.steps.slice(1)) all = setStepSkipped(all, s.id, true);
    expect(() => setStepSkipped(all, base.steps[0]!.id, true)).toThrow(DomainError);
  });

  it('adds custom steps in the phase of their predecessor; only those can be removed', () => {
    const a = addStep(base, 'narration', { id: 'genogram', title: { de: 'Genogramm', en: 'Genogram' }, minutes: 10 });
    const i = a.steps.findIndex((s) => s.id === 'genogram');
    expect(a.steps[i - 1]!.id).toBe('narration');
    expect(a.steps[i]).toMatchObject({ phase: 'I', artefact: 'notes', custom: true, minutes: 10 });
    expect(() => addStep(a, 'narration', { id: 'genogram', title: { de: 'x', en: 'x' } })).toThrow(/unique/);
    expect(() => addStep(a, 'narration', { id: 'Bad Id!', title: { de: 'x', en: 'x' } })).toThrow(DomainError);
    expect(removeStep(a, 'genogram').steps.map((s) => s.id)).toEqual(base.steps.map((s) => s.id));
    expect(() => removeStep(a, 'narration')).toThrow(/skip/);
  });

  it('adds a service-chain step in Phase III only', () => {
    const title = { de: 'Dienstleistungskette', en: 'Service chain' };
    const a = addStep(base, 'goal-system', { id: 'chain-work', title, artefact: 'chains' });
    expect(a.steps.find((s) => s.id === 'chain-work')).toMatchObject({
      phase: 'III',
      artefact: 'chains',
      custom: true,
    });
    expect(() => addStep(base, 'narration', { id: 'chain-early', title, artefact: 'chains' })).toThrow(/Phase III/);
  });
});
