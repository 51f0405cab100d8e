// Looking up a UI text: nested keys ("board.status.connecting"), plurals by
// the language's own rules (Intl.PluralRules: "key_one" / "key_other", and
// "key_zero" for a count of 0 where a text has one), {{name}} placeholders,
// German where an English text is missing, and whole branches of texts
// (`returnObjects`). Our own few lines instead of i18next and react-i18next:
// they are all the app used of them, and the phone page's budget (110 KB of
// JavaScript) had no room for their 15 KB. The keys are typed: a key that is
// not in the German texts fails the typecheck.
import type { de } from './de';
import type { deBoard } from './deBoard';
import type { deLobby } from './deLobby';
import type { deNetwork } from './deNetwork';
import type { deStakeholders } from './deStakeholders';
import type { deChains } from './deChains';
import type { deMonitoring } from './deMonitoring';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** Every German text, from all pages' bundles: the source of the keys. */
export type Resources = typeof de &
  typeof deBoard &
  typeof deLobby &
  typeof deNetwork &
  typeof deStakeholders &
  typeof deChains &
  typeof deMonitoring;

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? Base<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];
type Branches<T> = {
  [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Branches<T[K]>}`;
}[keyof T & string];
type At<T, K extends string> = K extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** A text's key (a plural pair by its base: "query.written" for "query.written_one" and "_other"). */
export type TKey = Leaves<Resources>;
/** A branch's key, for `returnObjects`. */
export type TBranchKey = Branches<Resources>;
/** Values for the {{placeholders}}; `count` also picks the plural form. */
export type TOptions = { count?: number; [name: string]: unknown };

export interface TFunction {
  (key: TKey, options?: TOptions): string;
  <K extends TBranchKey>(key: K, options: { returnObjects: true }): At<Resources, K>;
}

export type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return node;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const pluralForm = (lang: string, count: number) => {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
};

function resolve(lang: string, tree: Tree, key: string, count: number | undefined): string | Tree | undefined {
  if (count !== undefined) {
    const zero = count === 0 ? lookup(tree, `${key}_zero`) : undefined;
    const text = zero ?? lookup(tree, `${key}_${pluralForm(lang, count)}`) ?? lookup(tree, `${key}_other`);
    if (typeof text === 'string') return text;
  }
  return lookup(tree, key);
}

/** Adds a bundle's texts to a tree, branch by branch (later texts win). */
export function mergeTexts(into: Tree, from: Tree): void {
  for (const [k, v] of Object.entries(from)) {
    const there = into[k];
    if (typeof v === 'object' && typeof there === 'object') mergeTexts(there, v);
    else into[k] = typeof v === 'object' ? structuredClone(v) : v;
  }
}

/** The text of `key` in `lang` (German where the language has none; the key itself where neither has). */
export function translate(texts: Record<string, Tree>, lang: string, key: string, options: TOptions = {}): unknown {
  const count = typeof options.count === 'number' ? options.count : undefined;
  const text =
    resolve(lang, texts[lang] ?? {}, key, count) ??
    (lang === 'de' ? undefined : resolve('de', texts.de ?? {}, key, count));
  if (text === undefined) return key;
  if (typeof text === 'object') return options.returnObjects ? text : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    options[name] === undefined ? '' : String(options[name]),
  );
}

/** A `t` for one language over fixed texts (documents written outside the page, tests). */
export function translator(lang: Language, bundles: Partial<Record<Language, object[]>>): TFunction {
  const texts: Record<string, Tree> = {};
  for (const [l, list] of Object.entries(bundles)) {
    texts[l] = {};
    for (const b of list) mergeTexts(texts[l], b as Tree);
  }
  return ((key: string, options?: TOptions) => translate(texts, lang, key, options)) as TFunction;
}
