// The words of the exports (protocol, planning matrix, invitation list) in
// the UI language, from the translations: the domain package takes them as
// parameters and holds no UI text of its own.
import type { TFunction } from './translate';
import type { InvitationLabels, MatrixLabels, ProtocolLabels } from '@nws/shared';
import type { ReportLabels } from '../documents/tables';

/** Column names and goal levels of the planning matrix. */
export function matrixLabels(t: TFunction): MatrixLabels {
  return t('goals.matrixLabels', { returnObjects: true });
}

/** Headings and column names of the invitation list. */
export function invitationLabels(t: TFunction): InvitationLabels {
  return t('invitation.labels', { returnObjects: true });
}

/** Headings and words of the result protocol. */
export function protocolLabels(t: TFunction): ProtocolLabels {
  return {
    ...t('protocolLabels', { returnObjects: true }),
    // keep the placeholders: the tally is filled in per resolution
    tally: t('protocolLabels.tally', { green: '{{green}}', blue: '{{blue}}', red: '{{red}}' }),
    matrix: matrixLabels(t),
  };
}

/** The status report's and the spreadsheets' words, with the monitoring's statuses and kinds. */
export function reportLabels(t: TFunction): ReportLabels {
  return {
    ...t('report', { returnObjects: true }),
    statuses: t('monitoring.status', { returnObjects: true }),
    kinds: t('monitoring.kinds', { returnObjects: true }),
    assessments: t('monitoring.assessments', { returnObjects: true }),
    activityStatus: t('monitoring.activityStatus', { returnObjects: true }),
  };
}
