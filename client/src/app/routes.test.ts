import { describe, expect, it } from 'vitest';
import { parseRoute, tokenFromHash } from './routes';
import { de } from '../i18n/de';
import { en } from '../i18n/en';
import { deBoard } from '../i18n/deBoard';
import { enBoard } from '../i18n/enBoard';

describe('routes', () => {
  it('parses every page', () => {
    expect(parseRoute('/')).toEqual({ kind: 'lobby' });
    expect(parseRoute('/join/ABC234')).toEqual({ kind: 'join', code: 'ABC234' });
    expect(parseRoute('/w/abcdefghij')).toEqual({ kind: 'board', workshopId: 'abcdefghij' });
    expect(parseRoute('/w/abcdefghij/screen')).toEqual({ kind: 'screen', workshopId: 'abcdefghij' });
    expect(parseRoute('/w/abcdefghij/me')).toEqual({ kind: 'write', workshopId: 'abcdefghij' });
    expect(parseRoute('/w/a/b/c')).toEqual({ kind: 'notFound' });
    expect(parseRoute('/admin')).toEqual({ kind: 'notFound' });
  });
  it('reads a token only from a well-formed fragment', () => {
    expect(tokenFromHash('#k=AlixvvOI9MCCPpDwksl3MkroHdyU4GOwn1moOFlPS84')).toBe(
      'AlixvvOI9MCCPpDwksl3MkroHdyU4GOwn1moOFlPS84',
    );
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#k=<script>')).toBeNull();
  });
});

describe('i18n', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it('English has exactly the German keys, and no string is empty', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
    expect(keys(enBoard).sort()).toEqual(keys(deBoard).sort());
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
    for (const m of [de, en, deBoard, enBoard]) expect(values(m).every((s) => s.trim().length > 0)).toBe(true);
  });

  it('core and board texts do not overlap (the board bundle merges into the core one, key by key)', () => {
    const leaves = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? leaves(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    const board = new Set(leaves(deBoard));
    expect(leaves(de).filter((k) => board.has(k))).toEqual([]);
    // Both halves of a shared section are there once merged: the phone's card texts and the board's.
    expect(leaves(de)).toContain('board.edit');
    expect(leaves(deBoard)).toContain('board.colors.yellow');
  });
});
