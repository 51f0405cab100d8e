// The phone view: the current question and one's own cards, written with a
// thumb. It syncs only the control document and never loads tldraw or the
// board, so it stays small (see scripts/bundle-size.mjs).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { boardPath } from '../app/routes';
import { useWorkshop, WorkshopProvider } from '../app/WorkshopProvider';
import { announce } from '../sync/usePresence';
import { useControl } from '../sync/useControl';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { WritePanel } from './WritePanel';

export function ParticipantView({ workshopId }: { workshopId: string }) {
  return (
    <WorkshopProvider workshopId={workshopId} tokenKind="board" withBoard={false}>
      <Phone />
    </WorkshopProvider>
  );
}

function Phone() {
  const { t } = useTranslation();
  const { workshopId, workshop, session, control } = useWorkshop();
  const { active } = useControl(control.doc);
  const provider = control.provider;
  // Show up as online for the moderator, though this view syncs no board.
  useEffect(() => announce(provider), [provider]);

  return (
    <main className="page phone" data-testid="participant-view">
      <header className="page-header">
        <span className="brand">{workshop.name}</span>
        <LanguageSwitch />
      </header>
      <p className="muted small">
        {session.name} · {session.organisation} ·{' '}
        <span
          className={`status status-${control.status}`}
          role="status"
          data-testid="connection-status"
          data-status={control.status}
        >
          {t(`board.status.${control.status}`)}
        </span>
      </p>
      <WritePanel query={active} />
      <p>
        <a href={boardPath(workshopId)}>{t('query.toBoard')}</a>
      </p>
    </main>
  );
}
