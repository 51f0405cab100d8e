// Registers the network texts (German at once, English when chosen), for the
// network page and the lobby's "create a network".
import i18n from './index';
import { deNetwork } from './deNetwork';

i18n.addResourceBundle('de', 'translation', deNetwork, true, false);

async function addEnglish(): Promise<void> {
  if (i18n.language !== 'en' || i18n.exists('network.page', { lng: 'en', fallbackLng: [] })) return;
  const { enNetwork } = await import('./enNetwork');
  i18n.addResourceBundle('en', 'translation', enNetwork, true, false);
  await i18n.changeLanguage('en');
}

void addEnglish();
i18n.on('languageChanged', () => void addEnglish());
