// Dates and times as people in the room read them (German or English form).
import { useMemo } from 'react';
import { useLang } from '../i18n/lang';

/** Formats epoch milliseconds as a short date and time in the UI language. */
export function useFormatTime(): (ms: number) => string {
  const lang = useLang();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'short', timeStyle: 'short' });
    return (ms: number) => f.format(ms);
  }, [lang]);
}
