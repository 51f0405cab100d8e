// Registers the network texts (German at once, English when chosen), for the
// network page and the lobby's "create a network".
import { deNetwork } from './deNetwork';
import { registerTexts } from './register';

registerTexts(deNetwork, 'network.page', async () => (await import('./enNetwork')).enNetwork);
