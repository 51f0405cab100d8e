import { describe, expect, it } from 'vitest';
import { CardSchema } from './card.js';
import { CreateWorkshopSchema, JoinCodeSchema, JoinSchema } from './workshop.js';

describe('zod schemas reject malformed entities', () => {
  it('cards', () => {
    const ok = { id: 'card-0001', text: 'x', x: 0, y: 0, color: 'yellow', createdAt: 1, updatedAt: 1 };
    expect(CardSchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      { ...ok, id: 'a b' },
      { ...ok, text: 5 },
      { ...ok, x: Infinity },
      { ...ok, y: 2e6 },
      { ...ok, color: 'red' },
      { ...ok, createdAt: -1 },
      { ...ok, authorId: 'x'.repeat(65) },
    ]) {
      expect(CardSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('workshops', () => {
    expect(
      CreateWorkshopSchema.safeParse({ name: 'Netzwerk Nord', targetGroup: 'Alleinerziehende', area: 'Nordstadt' })
        .success,
    ).toBe(true);
    expect(CreateWorkshopSchema.safeParse({ name: '  ', targetGroup: 'x', area: 'y' }).success).toBe(false);
    expect(CreateWorkshopSchema.safeParse({ name: 'x'.repeat(121), targetGroup: 'x', area: 'y' }).success).toBe(false);
    expect(CreateWorkshopSchema.safeParse({ name: 'x' }).success).toBe(false);
  });

  it('join codes are normalised and checked', () => {
    expect(JoinCodeSchema.parse(' abc-def ')).toBe('ABCDEF');
    expect(JoinCodeSchema.safeParse('ABCDE0').success).toBe(false); // 0 is not in the alphabet
    expect(JoinCodeSchema.safeParse('ABCDEFG').success).toBe(false);
    expect(
      JoinSchema.safeParse({ code: 'ABCDEF', name: 'Ana', organisation: 'Jobcenter', level: 'boss' }).success,
    ).toBe(false);
  });
});
