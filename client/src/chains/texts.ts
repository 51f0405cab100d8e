// Registers the service chains' texts with their chunk.
import { deChains } from '../i18n/deChains';
import { registerTexts } from '../i18n/register';

registerTexts(deChains, 'chains.title', async () => (await import('../i18n/enChains')).enChains);
