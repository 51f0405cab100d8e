// Exports of the stakeholder analysis: Markdown and CSV for German Excel made
// here from the live state; the XLSX workbook made by the server.
import { useTranslation } from '../i18n';
import { stakeholdersToCsv, stakeholdersToMarkdown, type StakeholderLabels, type StakeholderState } from '@nws/shared';
import { download, downloadBlob, slug } from '../ui/download';
import type { AnalysisApi } from './api';

export function StakeholderExports(props: {
  state: StakeholderState;
  api: AnalysisApi;
  name: string;
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { state, api, name, run } = props;
  const { t, i18n } = useTranslation();
  const labels = (): StakeholderLabels => ({
    title: `${t('stakeholders.title')}: ${name}`,
    organisation: t('stakeholders.organisation'),
    significance: {
      involved: t('stakeholders.significance.involved'),
      wanted: t('stakeholders.significance.wanted'),
      external: t('stakeholders.significance.external'),
    },
    asOf: t('stakeholders.asOf', {
      date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()),
    }),
  });
  const base = `${slug(t('stakeholders.title'))}-${slug(name)}`;
  return (
    <div className="button-row" role="group" aria-label={t('stakeholders.exports')} data-testid="stakeholder-exports">
      <span className="muted small">{t('stakeholders.exports')}:</span>
      <button
        type="button"
        className="secondary small"
        onClick={() => download(`${base}.md`, stakeholdersToMarkdown(state, labels()), 'text/markdown;charset=utf-8')}
      >
        {t('stakeholders.exportMd')}
      </button>
      <button
        type="button"
        className="secondary small"
        data-testid="export-csv"
        onClick={() => download(`${base}.csv`, stakeholdersToCsv(state, labels()), 'text/csv;charset=utf-8')}
      >
        {t('stakeholders.exportCsv')}
      </button>
      <button
        type="button"
        className="secondary small"
        data-testid="export-xlsx"
        onClick={() => void run(async () => downloadBlob(`${base}.xlsx`, await api.xlsx(i18n.language)))}
      >
        {t('stakeholders.exportXlsx')}
      </button>
    </div>
  );
}
