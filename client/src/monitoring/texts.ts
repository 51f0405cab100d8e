// Registers the monitoring's and the documents' texts with their chunk.
import { deMonitoring } from '../i18n/deMonitoring';
import { registerTexts } from '../i18n/register';

registerTexts(deMonitoring, 'monitoring.title', async () => (await import('../i18n/enMonitoring')).enMonitoring);
