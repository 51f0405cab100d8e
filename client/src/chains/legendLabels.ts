// The diagram's legend words in the reader's language.
import { useTranslation } from '../i18n';

export function useLegendLabels() {
  const { t } = useTranslation();
  return {
    start: t('chains.legend.start'),
    step: t('chains.legend.step'),
    decision: t('chains.legend.decision'),
    handover: t('chains.legend.handover'),
    end: t('chains.legend.end'),
    interlocked: t('chains.legend.interlocked'),
    sequence: t('chains.legend.sequence'),
  };
}
export type LegendLabels = ReturnType<typeof useLegendLabels>;
