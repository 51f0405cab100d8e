import { describe, expect, it } from 'vitest';
import { slug } from './download';

describe('file names', () => {
  it('transliterate German and stay readable', () => {
    expect(slug('Übergänge gehören zusammen')).toBe('uebergaenge-gehoeren-zusammen');
    expect(slug('Straße & Größe')).toBe('strasse-groesse');
    expect(slug('Café Résumé')).toBe('cafe-resume');
    expect(slug('Einladungsliste: Wer fehlt?')).toBe('einladungsliste-wer-fehlt');
    expect(slug('  ')).toBe('export');
  });

  it('cut long titles at a word', () => {
    const s = slug('Netzwerk Alleinerziehende mit Kindern unter sechs Jahren in der Nordstadt und im Quartier');
    expect(s.length).toBeLessThanOrEqual(60);
    expect(s.endsWith('-')).toBe(false);
    expect(s).toBe('netzwerk-alleinerziehende-mit-kindern-unter-sechs-jahren-in');
  });
});
