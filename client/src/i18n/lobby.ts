// Registers the lobby's and the join page's texts (German at once, English
// when chosen). Imported by those pages, so the phone's writing view never
// loads them.
import i18n from './index';
import { deLobby } from './deLobby';

i18n.addResourceBundle('de', 'translation', deLobby, true, false);

async function addEnglish(): Promise<void> {
  if (i18n.language !== 'en' || i18n.exists('lobby.title', { lng: 'en', fallbackLng: [] })) return;
  const { enLobby } = await import('./enLobby');
  i18n.addResourceBundle('en', 'translation', enLobby, true, false);
  // re-render with the new texts
  await i18n.changeLanguage('en');
}

void addEnglish();
i18n.on('languageChanged', () => void addEnglish());
