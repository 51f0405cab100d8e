// Break opportunities in long German words, for where the browser has no
// hyphenation dictionary (headless and some Linux Chromium builds ignore
// `hyphens: auto`) and would otherwise break "Sozialpsychiatrisc|her" at any
// letter without a hyphen. A soft hyphen (U+00AD) goes before each syllable
// onset: before the last consonant ahead of a vowel ("Mi-gra-ti-ons-be-ra-
// tung"), with ch, ck, sch, ph, th and qu kept whole, and at least three
// letters on either side. The browser breaks at the last one that fits and
// shows a hyphen there; where nothing breaks, nothing shows.
const SOFT = '\u00ad';
const VOWELS = /[aeiouyäöü]/i;
const UNITS = ['sch', 'ch', 'ck', 'ph', 'th', 'qu'];
/** Consonant pairs that begin a syllable together: the break goes before both ("Mi-gra-", "Bi-blio-", "-stelle"). */
const ONSETS = new Set([
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'kl',
  'kr',
  'pf',
  'pl',
  'pr',
  'ps',
  'sp',
  'st',
  'tr',
  'schl',
  'schr',
  'schw',
]);

/** Splits a word into letters and the consonant groups that stay together. */
function units(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length;) {
    const length = UNITS.find((u) => word.slice(i, i + u.length).toLowerCase() === u)?.length ?? 1;
    out.push(word.slice(i, i + length));
    i += length;
  }
  return out;
}

export function hyphenateWord(word: string, minLength = 12): string {
  if (word.length < minLength || !/^[A-Za-zÄÖÜäöüß]+$/.test(word)) return word;
  const u = units(word);
  const isVowel = (s: string | undefined) => s !== undefined && s.length === 1 && VOWELS.test(s);
  const starts: number[] = []; // letters before each unit
  for (let i = 0, n = 0; i < u.length; n += u[i]!.length, i++) starts.push(n);
  const breaks = new Set<number>();
  for (let i = 1; i < u.length - 1; i++) {
    if (isVowel(u[i]) || !isVowel(u[i + 1])) continue;
    // Before the consonant ahead of the vowel, or before the pair it begins the syllable with.
    const pair = !isVowel(u[i - 1]) && ONSETS.has((u[i - 1]! + u[i]!).toLowerCase());
    const at = pair && i > 1 ? i - 1 : i;
    if (starts[at]! >= 3 && word.length - starts[at]! >= 3) breaks.add(at);
  }
  return u.map((unit, i) => (breaks.has(i) ? SOFT : '') + unit).join('');
}

/** Every long word of a text with its break opportunities. */
export const hyphenate = (text: string, minLength = 12): string =>
  text.replace(/[A-Za-zÄÖÜäöüß]+/g, (w) => hyphenateWord(w, minLength));
