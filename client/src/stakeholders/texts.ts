// Registers the stakeholder analysis's texts with its chunk (network page,
// workshop tab, shared screen, phone): nobody else's first load carries them.
import { deStakeholders } from '../i18n/deStakeholders';
import { registerTexts } from '../i18n/register';

registerTexts(
  deStakeholders,
  'stakeholders.title',
  async () => (await import('../i18n/enStakeholders')).enStakeholders,
);
