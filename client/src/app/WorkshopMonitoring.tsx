// The monitoring in a workshop: its own goal system and its body's
// assignments, with the workshop's resolutions to create assignments from,
// its people to name, and its invitation lists for the workbook. The whole
// view as a tab; the assignments alone as the review step at the start.
import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n';
import { buildInvitationList, listQueries, type CardQuery } from '@nws/shared';
import type { Person } from '../api';
import { invitationLabels, reportLabels } from '../i18n/labels';
import { useRounds } from '../sync/useDomain';
import { useBoardConnection, useWorkshop } from './WorkshopProvider';

const MonitoringWorkspace = lazy(() => import('../monitoring/MonitoringWorkspace'));

export function WorkshopMonitoring({ people, review = false }: { people: Person[]; review?: boolean }) {
  const { t } = useTranslation();
  const { workshop, token, control } = useWorkshop();
  const board = useBoardConnection().doc;
  const { resolutions } = useRounds(control.doc);
  const actors = (): CardQuery[] =>
    listQueries(control.doc).filter((q) => q.purpose === 'actors' && q.status === 'revealed');
  return (
    <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
      <MonitoringWorkspace
        place={{ kind: 'workshop', workshopId: workshop.id }}
        token={token}
        name={workshop.name}
        review={review}
        decisions={resolutions.map((r) => ({ at: r.createdAt, text: r.text, state: null }))}
        resolutions={resolutions.map((r) => ({ workshopId: workshop.id, resolutionId: r.id, text: r.text }))}
        people={[...new Set(people.filter((p) => p.role === 'participant' && p.name.trim()).map((p) => p.name.trim()))]}
        extraSheets={async () => {
          const { invitationSheet } = await import('../documents/tables');
          return actors().map((q) => ({
            ...invitationSheet(buildInvitationList(board, q), invitationLabels(t), reportLabels(t)),
            name: `${reportLabels(t).sheets.invitations}: ${q.question}`,
          }));
        }}
      />
    </Suspense>
  );
}
