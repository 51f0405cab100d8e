// Registers the board's texts (German at once, English when chosen). Imported
// by the pages that need them, so the phone's writing view never loads them.
import i18n from './index';
import { deBoard } from './deBoard';

i18n.addResourceBundle('de', 'translation', deBoard, true, false);

async function addEnglish(): Promise<void> {
  if (i18n.language !== 'en' || i18n.exists('conf.title', { lng: 'en', fallbackLng: [] })) return;
  const { enBoard } = await import('./enBoard');
  i18n.addResourceBundle('en', 'translation', enBoard, true, false);
  // re-render with the new texts
  await i18n.changeLanguage('en');
}

void addEnglish();
i18n.on('languageChanged', () => void addEnglish());
