// Registers the lobby's and the join page's texts (German at once, English
// when chosen). Imported by those pages, so the phone's writing view never
// loads them.
import { deLobby } from './deLobby';
import { registerTexts } from './register';

registerTexts(deLobby, 'lobby.title', async () => (await import('./enLobby')).enLobby);
