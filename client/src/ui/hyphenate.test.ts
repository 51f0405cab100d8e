import { describe, expect, it } from 'vitest';
import { hyphenate, hyphenateWord } from './hyphenate';

const shown = (s: string) => s.replace(/\u00ad/g, '-');

describe('break opportunities in long German words', () => {
  it('go before syllable onsets, keeping sch/ch/ck and onset pairs whole, three letters each side', () => {
    expect(shown(hyphenateWord('Migrationsberatung'))).toBe('Migra-tions-be-ra-tung');
    expect(shown(hyphenateWord('Sozialpsychiatrischer'))).toBe('Sozial-psy-chia-tri-scher');
    expect(shown(hyphenateWord('Jugendmigrationsdienst'))).toBe('Jugend-mi-gra-tions-dienst');
    expect(shown(hyphenateWord('Frauenberatungsstelle'))).toBe('Frauen-be-ra-tungs-stelle');
    expect(shown(hyphenateWord('Stadtteilbibliothek'))).toBe('Stadt-teil-bi-blio-thek');
  });
  it('leave short words, words with digits or marks, and the text itself alone', () => {
    expect(hyphenateWord('Jobcenter')).toBe('Jobcenter');
    expect(hyphenateWord('SGB2-Leistungsbezug')).toBe('SGB2-Leistungsbezug');
    const text = 'Kita-Träger Süd und Schuldnerberatungsstelle';
    expect(hyphenate(text).replace(/\u00ad/g, '')).toBe(text);
    expect(shown(hyphenate(text))).toBe('Kita-Träger Süd und Schuld-ner-be-ra-tungs-stelle');
  });
});
