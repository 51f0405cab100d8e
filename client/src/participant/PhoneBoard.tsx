// The tasks that need the board document (a grid row's shared texts, the
// titles of what is voted on). Loaded lazily and mounted only while such a
// task is asked, so the phone syncs the board — never tldraw — just then; the
// server's board rules keep a participant to their own organisation's row.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import type { Case, Round, Step } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useDocConnection } from '../sync/useDocConnection';
import { ConsentBallot } from './ConsentBallot';
import { DotBallot } from './DotBallot';
import { GridForm } from './GridForm';

export type BoardTask =
  { kind: 'grid'; caseId: string; step: Step; kase: Case | null } | { kind: 'vote'; round: Round };

export default function PhoneBoard({ task }: { task: BoardTask }) {
  const { t } = useTranslation();
  const { workshopId, token } = useWorkshop();
  const conn = useDocConnection(workshopId, 'board', token, true);
  // Once this document has synced, keep the form through a dropped connection: edits wait in the doc.
  const [syncedDoc, setSyncedDoc] = useState<Y.Doc | null>(null);
  useEffect(() => {
    if (conn?.synced) setSyncedDoc(conn.doc);
  }, [conn?.synced, conn?.doc]);
  if (!conn || syncedDoc !== conn.doc)
    return (
      <p className="panel" aria-busy="true" data-testid="phone-board-loading">
        {t(task.kind === 'grid' ? 'phone.grid.loading' : 'phone.vote.loading')}
      </p>
    );
  if (task.kind === 'grid') return <GridForm board={conn.doc} caseId={task.caseId} step={task.step} kase={task.kase} />;
  return task.round.kind === 'dots' ? (
    <DotBallot key={task.round.id} board={conn.doc} round={task.round} />
  ) : (
    <ConsentBallot key={task.round.id} board={conn.doc} round={task.round} />
  );
}
