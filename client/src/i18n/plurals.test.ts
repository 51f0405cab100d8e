// German plurals: every text with a number is a plural pair (…_one / …_other)
// in both languages, and the texts users saw wrong ("1 Dubletten", "1 Punkte",
// "Noch 1 Punkte", "1 haben abgestimmt", "1 Karten") read right.
import { describe, expect, it } from 'vitest';
import { translator } from './translate';
import { de } from './de';
import { en } from './en';
import { deBoard } from './deBoard';
import { enBoard } from './enBoard';
import { deNetwork } from './deNetwork';
import { enNetwork } from './enNetwork';
import { deStakeholders } from './deStakeholders';
import { enStakeholders } from './enStakeholders';
import { deChains } from './deChains';
import { enChains } from './enChains';
import { deMonitoring } from './deMonitoring';
import { enMonitoring } from './enMonitoring';

type Tree = { [key: string]: string | Tree };

/** Every text of a bundle by its dotted key. */
function flat(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flat(v, key)) out.set(kk, vv);
  }
  return out;
}

const german = new Map(
  [de, deBoard, deNetwork, deStakeholders, deChains, deMonitoring].flatMap((b) => [...flat(b as unknown as Tree)]),
);
const english = new Map(
  [en, enBoard, enNetwork, enStakeholders, enChains, enMonitoring].flatMap((b) => [...flat(b as unknown as Tree)]),
);

/** Texts with a count that is not followed by a noun it must agree with (a number in brackets, "x von y Karten"). */
const notAgreeing = new Set([
  'board.online', // "Online (3)"
  'board.canvasTooMany', // "höchstens {{count}} Karten": the limit is always many
  'query.progressRow', // "Name (Org): 3"
  'query.limitInfo', // "1 von 3 Karten": the noun goes with the limit
  'cluster.createFromSelection', // "Cluster aus Auswahl (2)"
  'themes.merge', // "… zusammenführen (2)"
  'goals.consent.start', // "Konsensrunde starten (2)"
]);

describe('plural forms', () => {
  it('every text with a count is a plural pair, in German and in English', () => {
    const unpaired: string[] = [];
    for (const [key, text] of german) {
      if (!text.includes('{{count}}')) continue;
      const base = key.replace(/_(one|other)$/, '');
      if (base === key && !notAgreeing.has(key)) unpaired.push(key);
      if (base !== key) {
        for (const form of ['one', 'other'])
          if (!german.has(`${base}_${form}`) || !english.has(`${base}_${form}`)) unpaired.push(`${base}_${form}`);
      }
    }
    expect(unpaired).toEqual([]);
    expect([...notAgreeing].filter((k) => !german.get(k)?.includes('{{count}}'))).toEqual([]);
  });

  it('read right for one and for many', async () => {
    const german = translator('de', { de: [de, deBoard] });
    // (keys as plain strings here: the typed keys are checked by tsc everywhere else)
    const t = (key: string, count: number) => (german as unknown as (k: string, o: object) => string)(key, { count });
    expect([t('cluster.stacked', 1), t('cluster.stacked', 2)]).toEqual(['1 Dublette', '2 Dubletten']);
    expect([t('themes.vote.left', 1), t('themes.vote.left', 3)]).toEqual(['Noch 1 Punkt', 'Noch 3 Punkte']);
    expect([t('themes.vote.result', 1), t('themes.vote.result', 0)]).toEqual(['1 Punkt', '0 Punkte']);
    expect(t('themes.vote.open', 1)).toBe('Punktabfrage läuft – 1 Person hat abgestimmt');
    expect(t('themes.vote.open', 4)).toContain('4 Personen haben abgestimmt');
    expect([t('query.written', 1), t('query.written', 5)]).toEqual(['1 Karte geschrieben', '5 Karten geschrieben']);
    expect(t('cluster.columnLabel', 1)).not.toContain('Karten');
  });
});
