// The monitoring's documents: a status report for a period (Word), the
// planning matrix with each goal's status and the recorded values (Excel),
// or everything in one workbook. The libraries load on the first click.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { MonitoringResponse } from '@nws/shared';
import { protocolLabels, matrixLabels, reportLabels } from '../i18n/labels';
import { downloadBlob, slug } from '../ui/download';
import type { ReportDecision } from '../documents/statusReport';
import type { Sheet } from '../documents/xlsx';
import { DOCX_TYPE, XLSX_TYPE } from '../documents/mime';

interface Props {
  state: MonitoringResponse;
  /** What the files are named after (the network's or the workshop's name). */
  name: string;
  decisions: ReportDecision[];
  /** More sheets for the workbook (a workshop's invitation lists). */
  extraSheets?: () => Promise<Sheet[]> | Sheet[];
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
}

export function MonitoringDocuments({ state, name, decisions, extraSheets, run }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [from, setFrom] = useState(`${state.today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(state.today);
  const l = () => reportLabels(t);
  const rows = state.goalSystems.flatMap((s) => s.rows);
  const sheets = async (which: 'matrix' | 'values' | 'all'): Promise<Sheet[]> => {
    const { matrixSheet, valuesSheet } = await import('../documents/tables');
    const out: Sheet[] = [];
    if (which !== 'values') out.push(matrixSheet(rows, matrixLabels(t), l(), state));
    if (which !== 'matrix') out.push(valuesSheet(state, l(), lang));
    if (which === 'all' && extraSheets) out.push(...(await extraSheets()));
    return out;
  };
  const xlsx = (which: 'matrix' | 'values' | 'all', file: string) =>
    run(async () => {
      const { workbook } = await import('../documents/xlsx');
      const bytes = await workbook(await sheets(which), { title: name, at: new Date() });
      downloadBlob(`${slug(file)}-${slug(name)}.xlsx`, new Blob([bytes], { type: XLSX_TYPE }));
    });
  const report = () =>
    run(async () => {
      const [{ buildStatusReport }, { statusReportDocx }] = await Promise.all([
        import('../documents/statusReport'),
        import('../documents/docx'),
      ]);
      const r = buildStatusReport(state, { name, from, to, decisions, now: Date.now() }, l(), lang);
      const bytes = await statusReportDocx(r, l(), protocolLabels(t).assignments!, lang);
      downloadBlob(`${slug(l().title)}-${slug(name)}-${from}-${to}.docx`, new Blob([bytes], { type: DOCX_TYPE }));
    });
  return (
    <section className="panel no-print" aria-labelledby="mon-docs-title" data-testid="monitoring-documents">
      <h3 id="mon-docs-title">{t('monitoring.documents.title')}</h3>
      <form
        className="mon-form"
        onSubmit={(e) => {
          e.preventDefault();
          void report();
        }}
      >
        <label>
          <span>{t('monitoring.documents.from')}</span>
          <input type="date" required value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>{t('monitoring.documents.to')}</span>
          <input type="date" required value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit">{t('monitoring.documents.statusReport')}</button>
      </form>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => xlsx('matrix', l().sheets.matrix)}>
          {t('monitoring.documents.matrixXlsx')}
        </button>
        <button type="button" className="secondary" onClick={() => xlsx('values', l().sheets.values)}>
          {t('monitoring.documents.valuesXlsx')}
        </button>
        <button type="button" className="secondary" onClick={() => xlsx('all', t('monitoring.title'))}>
          {t('monitoring.documents.workbookXlsx')}
        </button>
      </div>
    </section>
  );
}
