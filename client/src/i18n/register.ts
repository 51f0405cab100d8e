// Registers a page's own texts: German at once, English loaded when English
// is chosen (now or later). Used by the pages whose texts the phone's writing
// view does not carry (board.ts, lobby.ts, network.ts); a module of its own so
// that the phone's first load does not carry it either.
import { i18n } from './index';

/** `probe`: a key of the English bundle, to tell whether it is loaded. */
export function registerTexts(german: object, probe: string, loadEnglish: () => Promise<object>): void {
  i18n.addTexts('de', german);
  let loading = false;
  const addEnglish = async () => {
    if (i18n.language !== 'en' || loading) return;
    loading = true;
    try {
      i18n.addTexts('en', await loadEnglish());
      stop();
    } catch {
      /* offline or a chunk gone after an update: tried again on the next change */
    } finally {
      loading = false;
    }
  };
  // Listens until this page's English is there.
  const stop = i18n.onChange(() => void addEnglish());
  if (i18n.has('en', probe)) stop();
  else void addEnglish();
}
