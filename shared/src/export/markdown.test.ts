import { describe, expect, it } from 'vitest';
import { mdCell, mdParagraph, mdText } from './markdown.js';

describe('Markdown escaping of user texts', () => {
  it('leaves no link, image, autolink or HTML tag', () => {
    expect(mdText('[klick](javascript:alert(1))')).toBe('\\[klick\\](javascript:alert(1))');
    expect(mdText('![](http://elsewhere/x.png)')).toBe('!\\[\\](http\\://elsewhere/x\\.png)');
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(mdText('<http://evil.example/a>')).toBe('\\<http\\://evil\\.example/a\\>');
    expect(mdText('[x]: http://evil.example')).toBe('\\[x\\]: http\\://evil\\.example');
    expect(mdText('&#60;b&#62; &amp;')).toBe('\\&\\#60;b\\&\\#62; \\&amp;');
    expect(mdText('$\\href{javascript:x}{y}$')).toBe('\\$\\\\href{javascript:x}{y}\\$');
  });

  it('breaks bare addresses that viewers would link', () => {
    expect(mdText('siehe www.evil.de, https://evil.de/x und a@evil.de')).toBe(
      'siehe www\\.evil\\.de, https\\://evil\\.de/x und a\\@evil\\.de',
    );
  });

  it('keeps plain text and numbers as they are', () => {
    for (const s of [
      'Jobcenter',
      'Ziel 1.1 bis 2.3',
      'Tab. 3 (2025): 100 % nach 6 Wochen',
      '-5 Grad',
      'Bildung & Sprache',
    ])
      expect(mdText(s)).toBe(s);
  });

  it('escapes emphasis, code, headings, quotes and list markers', () => {
    expect(mdText('*fett* _kursiv_ `code` ~~weg~~ # > |')).toBe(
      '\\*fett\\* \\_kursiv\\_ \\`code\\` \\~\\~weg\\~\\~ \\# \\> \\|',
    );
    expect(mdText('- kein Punkt')).toBe('\\- kein Punkt');
    expect(mdText('1. keine Liste')).toBe('1\\. keine Liste');
    expect(mdText('a\\b')).toBe('a\\\\b');
  });

  it('folds line breaks in a line, keeps them in a paragraph and a table cell', () => {
    expect(mdText(' eins\n  zwei\r\ndrei ')).toBe('eins zwei drei');
    expect(mdParagraph('eins\n- zwei\n===\n<b>')).toBe('eins  \n\\- zwei  \n\\===  \n\\<b\\>');
    expect(mdParagraph('  ', '—')).toBe('—');
    expect(mdCell('a | b\nc\r\n[d](e)')).toBe('a \\| b<br>c<br>\\[d\\](e)');
  });
});
