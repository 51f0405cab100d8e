// The UI language as a hook, and picking a text of the method (agenda data
// carries both languages) in it.
import { useTranslation } from './index';
import type { Localized } from '@nws/shared';

export function useLang(): 'de' | 'en' {
  return useTranslation().i18n.language;
}

export const loc = (text: Localized, lang: 'de' | 'en') => text[lang];
