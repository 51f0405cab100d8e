// The mark of a resolution or round result taken over from an imported
// backup. The server sets it on import (clients cannot write the control
// document), so nothing from a backup passes for this workshop's decision.
import { useTranslation } from '../i18n';

export function ImportedMark({ mark }: { mark: { consistent: boolean } | null | undefined }) {
  const { t } = useTranslation();
  if (!mark) return null;
  return (
    <strong className="rework" data-testid="imported-mark">
      {' — '}
      {t('protocolLabels.imported')}
      {!mark.consistent && `; ${t('protocolLabels.importedInconsistent')}`}
    </strong>
  );
}
