// Every document from the example data, as files (name and bytes), and the
// example as a workshop backup with the monitoring to record on top: what
// `npm run documents` writes for a reviewer to open (scripts/documents.mjs).
// German, like a municipal workshop; nothing here touches the file system.
import { translator, type TFunction } from '../i18n/translate';
import { buildProtocol, createBackup, type BackupPerson } from '@nws/shared';
import { de } from '../i18n/de';
import { deBoard } from '../i18n/deBoard';
import { deMonitoring } from '../i18n/deMonitoring';
import { invitationLabels, matrixLabels, protocolLabels, reportLabels } from '../i18n/labels';
import { protocolDocx, statusReportDocx } from './docx';
import { buildStatusReport } from './statusReport';
import { invitationSheet, matrixSheet, stakeholderSheet, valuesSheet } from './tables';
import { workbook } from './xlsx';
import {
  EXAMPLE_NOW,
  exampleDocs,
  exampleInvitations,
  exampleMonitoring,
  exampleStakeholders,
  exampleWorkshop,
} from './example';

/** The German words, as the browser has them. */
export async function germanT(): Promise<TFunction> {
  return translator('de', { de: [de, deBoard, deMonitoring] });
}

export const examplePeople: BackupPerson[] = [
  { sessionId: 's1', name: 'Gabi Müller', organisation: 'Jugendamt', level: 'operative', role: 'participant' },
  { sessionId: 's2', name: 'Hanna Öztürk', organisation: 'Jobcenter', level: 'decision', role: 'participant' },
  { sessionId: 's3', name: 'Petra Sommer', organisation: 'Familienbüro', level: 'operative', role: 'participant' },
];

/** The example as a backup to import, and its monitoring (to record through the API after the import). */
export function exampleWorkshopBackup() {
  const docs = exampleDocs();
  return {
    backup: createBackup(docs.board, docs.control, exampleWorkshop, examplePeople, new Date(EXAMPLE_NOW)),
    monitoring: exampleMonitoring(docs),
  };
}

/** Every Word and Excel document of the example. */
export async function exampleDocuments(): Promise<{ file: string; bytes: ArrayBuffer }[]> {
  const t = await germanT();
  const docs = exampleDocs();
  const m = exampleMonitoring(docs);
  const l = reportLabels(t);
  const people = new Map(examplePeople.map((p) => [p.sessionId, p.name]));
  const protocol = (narrations: boolean) => ({
    ...buildProtocol(docs.board, docs.control, exampleWorkshop, people, 'de', { narrations }),
    assignments: m.assignments,
  });
  const report = buildStatusReport(
    m,
    {
      name: 'Netzwerk Alleinerziehende Nordstadt',
      from: '2026-01-01',
      to: '2026-11-30',
      now: EXAMPLE_NOW,
      decisions: [{ at: Date.UTC(2026, 9, 14, 9), text: docs.resolution.text, state: 'bestätigt' }],
    },
    l,
    'de',
  );
  const rows = m.goalSystems[0]!.rows;
  const meta = { title: 'Netzwerk Alleinerziehende Nordstadt', at: new Date(EXAMPLE_NOW) };
  return [
    { file: 'ergebnisprotokoll.docx', bytes: await protocolDocx(protocol(false), protocolLabels(t), 'de') },
    {
      file: 'ergebnisprotokoll-mit-fallschilderungen.docx',
      bytes: await protocolDocx(protocol(true), protocolLabels(t), 'de'),
    },
    {
      file: 'sachstandsbericht-2026.docx',
      bytes: await statusReportDocx(report, l, protocolLabels(t).assignments!, 'de'),
    },
    { file: 'planungsmatrix.xlsx', bytes: await workbook([matrixSheet(rows, matrixLabels(t), l, m)], meta) },
    { file: 'messwerte.xlsx', bytes: await workbook([valuesSheet(m, l, 'de')], meta) },
    {
      file: 'einladungsliste.xlsx',
      bytes: await workbook([invitationSheet(exampleInvitations(docs), invitationLabels(t), l)], meta),
    },
    {
      file: 'beteiligtenanalyse.xlsx',
      bytes: await workbook([stakeholderSheet(exampleStakeholders, l)], meta),
    },
    {
      file: 'arbeitsmappe.xlsx',
      bytes: await workbook(
        [
          matrixSheet(rows, matrixLabels(t), l, m),
          valuesSheet(m, l, 'de'),
          invitationSheet(exampleInvitations(docs), invitationLabels(t), l),
          stakeholderSheet(exampleStakeholders, l),
        ],
        meta,
      ),
    },
  ];
}
