// Typed translation keys: `t('…')` with a key that is not in the German
// resources fails the typecheck. German is the source of the keys; en.ts and
// enBoard.ts are typed against it.
import 'i18next';
import type { de } from './de';
import type { deBoard } from './deBoard';
import type { deLobby } from './deLobby';
import type { deNetwork } from './deNetwork';
import type { deStakeholders } from './deStakeholders';
import type { deChains } from './deChains';
import type { deMonitoring } from './deMonitoring';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof de &
        typeof deBoard &
        typeof deLobby &
        typeof deNetwork &
        typeof deStakeholders &
        typeof deChains &
        typeof deMonitoring;
    };
    returnNull: false;
  }
}
