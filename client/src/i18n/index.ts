// i18next set-up: German by default and bundled; English is loaded when
// chosen (it would otherwise weigh on every phone). The choice is kept per
// browser.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de } from './de';

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = 'nws.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    return 'de';
  }
}

async function ensureLoaded(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

void i18n.use(initReactI18next).init({
  resources: { de: { translation: de } },
  lng: 'de',
  fallbackLng: 'de',
  interpolation: { escapeValue: false },
  returnNull: false,
  // No advertising line in the moderators' consoles.
  showSupportNotice: false,
});

/** Switches the UI language (loading it first if needed) and remembers the choice. */
export async function setLanguage(lang: Language): Promise<void> {
  await ensureLoaded(lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

const initial = storedLanguage();
if (initial !== 'de') void setLanguage(initial);
document.documentElement.lang = i18n.language;

export default i18n;
