// The client's folder rules: a surface imports no other surface (only app/
// composes them), and the phone's view never reaches tldraw or the board.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const surfaces = [
  'lobby',
  'network',
  'board',
  'moderator',
  'participant',
  'screen',
  'conference',
  'themes',
  'goals',
  'chains',
  'history',
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Relative imports of a file, resolved to paths under src/ (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => relative(src, resolve(dirname(file), s)));
}
const folderOf = (path: string) => path.split(/[\\/]/)[0]!;

describe('client layering', () => {
  it('no surface imports another surface', () => {
    const offences: string[] = [];
    for (const file of files(src)) {
      const own = folderOf(relative(src, file));
      if (!surfaces.includes(own)) continue;
      for (const target of importsOf(file)) {
        const other = folderOf(target);
        if (other !== own && surfaces.includes(other)) offences.push(`${relative(src, file)} → ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('the phone view reaches neither tldraw nor the board texts', () => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      const file = files(src).find((f) => relative(src, f).replace(/\.tsx?$/, '') === path.replace(/\.tsx?$/, ''));
      if (!file || seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      expect(text, relative(src, file)).not.toMatch(/from '(tldraw|@tldraw\/[^']+)'/);
      // Only static imports count: lazy ones are loaded when used.
      for (const m of text.matchAll(/(?:from\s+|import\s+)'(\.[^']+)'/g))
        visit(relative(src, resolve(dirname(file), m[1]!)));
    };
    visit('participant/ParticipantView');
    const reached = [...seen].map((f) => relative(src, f));
    expect(reached).toContain('participant/WritePanel.tsx');
    expect(reached).not.toContain('i18n/board.ts');
  });

  it('no client file names an outside address, tests included (the board requests nothing beyond its own origin)', () => {
    const named = files(src).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(src, f)}:${i + 1}` }))
        .filter(({ line }) => /https?:\/\//.test(line))
        .map(({ at }) => at),
    );
    expect(named).toEqual([]);
  });
});
