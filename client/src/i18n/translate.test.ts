// The text lookup that replaced i18next: nested keys, plurals by the
// language's rules, placeholders, German where English has no text, whole
// branches, and a page's texts added later.
import { describe, expect, it } from 'vitest';
import { mergeTexts, translate, translator, type Tree } from './translate';

const de = {
  a: {
    b: 'Hallo {{name}}',
    n_one: '{{count}} Karte',
    n_other: '{{count}} Karten',
    z_zero: 'keine',
    z_other: '{{count}}',
  },
  labels: { x: 'X', y: 'Y' },
};
const en = { a: { b: 'Hello {{name}}', n_one: '{{count}} card', n_other: '{{count}} cards' } };
const loose = (t: unknown) => t as (key: string, o?: object) => unknown;

describe('looking up a text', () => {
  it('reads nested keys and fills placeholders (missing ones empty, no HTML escaping)', () => {
    const t = loose(translator('de', { de: [de] }));
    expect(t('a.b', { name: '<Gabi & Co>' })).toBe('Hallo <Gabi & Co>');
    expect(t('a.b')).toBe('Hallo ');
  });

  it('picks the plural form by the language’s rules, and a zero form where there is one', () => {
    const t = loose(translator('de', { de: [de] }));
    expect([t('a.n', { count: 1 }), t('a.n', { count: 0 }), t('a.n', { count: 2 })]).toEqual([
      '1 Karte',
      '0 Karten',
      '2 Karten',
    ]);
    expect([t('a.z', { count: 0 }), t('a.z', { count: 3 })]).toEqual(['keine', '3']);
  });

  it('falls back to German where English has no text, and to the key where neither has', () => {
    const t = loose(translator('en', { de: [de], en: [en] }));
    expect(t('a.n', { count: 1 })).toBe('1 card');
    expect(t('labels.x')).toBe('X');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('gives a whole branch only when asked to', () => {
    const t = loose(translator('de', { de: [de] }));
    expect(t('labels', { returnObjects: true })).toEqual({ x: 'X', y: 'Y' });
    expect(t('labels')).toBe('labels');
  });

  it('adds a page’s texts branch by branch without touching the bundle it came from', () => {
    const texts: Record<string, Tree> = { de: {} };
    mergeTexts(texts.de!, de);
    mergeTexts(texts.de!, { labels: { z: 'Z' } });
    expect(translate(texts, 'de', 'labels', { returnObjects: true })).toEqual({ x: 'X', y: 'Y', z: 'Z' });
    expect(de.labels).toEqual({ x: 'X', y: 'Y' });
  });
});
