// The UI language: German by default and bundled; English is loaded when
// chosen (it would otherwise weigh on every phone). The choice is kept per
// browser. `useTranslation()` gives components the `t` of the current
// language and re-renders them when it changes or a page adds its texts.
import { useSyncExternalStore } from 'react';
import { de } from './de';
import { mergeTexts, translate, type Language, type TFunction, type TOptions, type Tree } from './translate';

export { languages, type Language, type TFunction, type TKey } from './translate';

const STORAGE_KEY = 'nws.lang';
const texts: Record<Language, Tree> = { de: {}, en: {} };
mergeTexts(texts.de, de);
let language: Language = 'de';
const tFor = (lang: Language): TFunction =>
  ((key: string, options?: TOptions) => translate(texts, lang, key, options)) as TFunction;
/** The current language's `t`: a new one on every change of language or texts, which is what components follow. */
let current = tFor(language);
const listeners = new Set<() => void>();
const changed = () => {
  current = tFor(language);
  listeners.forEach((l) => l());
};
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** The current language and its `t`, for code outside components. */
export const i18n = {
  get language(): Language {
    return language;
  },
  get t(): TFunction {
    return current;
  },
  /** Whether the language's texts hold `key` (a page's English loaded yet?). */
  has: (lang: Language, key: string): boolean => translate({ [lang]: texts[lang] }, lang, key) !== key,
  /** Calls back on every change of language or texts; returns the call that stops it. */
  onChange: subscribe,
  /** Adds a page's texts to a language and re-renders. */
  addTexts(lang: Language, bundle: object): void {
    mergeTexts(texts[lang], bundle as Tree);
    changed();
  },
};

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

/** Switches the UI language (loading it first if needed) and remembers the choice. */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.has('en', 'app.name')) i18n.addTexts('en', (await import('./en')).en);
  language = lang;
  changed();
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

/** The current language's `t` (a new one when the language or the texts change) and the language. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  return { t: useSyncExternalStore(subscribe, () => current), i18n };
}

const initial = storedLanguage();
if (initial !== 'de') void setLanguage(initial);
document.documentElement.lang = language;
