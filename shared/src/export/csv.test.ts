import { describe, expect, it } from 'vitest';
import { csvField } from './csv.js';

describe('CSV fields', () => {
  it('defuses what a spreadsheet would run as a formula, also after leading whitespace', () => {
    for (const s of ['=1+1', '+49 30', '-1', '@SUM(A1)', ' =HYPERLINK("x")', '\t=1', '  +1', '\u00a0-1', '\u3000@x'])
      expect(csvField(s).replace(/^"/, '').startsWith("'"), JSON.stringify(s)).toBe(true);
    expect(csvField('\t x')).toBe("'\t x");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField(' =1')).toBe("' =1");
    expect(csvField(' =HYPERLINK("http://evil")')).toBe(`"' =HYPERLINK(""http://evil"")"`);
  });

  it('leaves other texts and numbers alone, quoting separators', () => {
    expect(csvField('Jobcenter')).toBe('Jobcenter');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField(3)).toBe('3');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });
});
