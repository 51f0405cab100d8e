// The phone view: the current question and one's own cards, written with a
// thumb. It syncs only the control document and never loads tldraw or the
// board, so it stays small (see scripts/bundle-size.mjs).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseCode, type SessionResponse } from '@nws/shared';
import { api, ApiError } from '../api';
import { boardPath } from '../routes';
import { forgetWorkshop, takeToken } from '../tokens';
import { useDocConnection } from '../sync/useDocConnection';
import { announce } from '../sync/usePresence';
import { useControl } from '../sync/useControl';
import { ErrorPage } from '../ui/ErrorPage';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { WritePanel } from './WritePanel';

export function ParticipantView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => takeToken(workshopId, 'board'));
  const [session, setSession] = useState<SessionResponse | null>(null);
  const [error, setError] = useState<string | null>(token ? null : 'no_token');
  useEffect(() => {
    if (!token) return;
    api.session(token).then(
      (s) => (s.workshop.id === workshopId ? setSession(s) : setError('invalid_token')),
      (err: unknown) => setError(err instanceof ApiError ? err.code : 'network'),
    );
  }, [token, workshopId]);
  const control = useDocConnection(workshopId, 'control', session ? token : null);
  const { active } = useControl(control?.doc);
  // Show up as online for the moderator, though this view syncs no board.
  useEffect(() => {
    if (control) announce(control.provider);
  }, [control]);

  if (error) return <ErrorPage code={error} />;
  if (control?.finalCloseCode) {
    if (control.finalCloseCode === CloseCode.WorkshopGone) void forgetWorkshop(workshopId);
    return <ErrorPage code={control.finalCloseCode === CloseCode.WorkshopGone ? 'unknown_workshop' : 'invalid_token'} />;
  }
  if (!session || !control || !token) return <main className="page" aria-busy="true">{t('app.loading')}</main>;

  return (
    <main className="page phone" data-testid="participant-view">
      <header className="page-header">
        <span className="brand">{session.workshop.name}</span>
        <LanguageSwitch />
      </header>
      <p className="muted small">
        {session.session.name} · {session.session.organisation} ·{' '}
        <span className={`status status-${control.status}`} role="status" data-testid="connection-status" data-status={control.status}>
          {t(`board.status.${control.status}`)}
        </span>
      </p>
      <WritePanel workshopId={workshopId} token={token} query={active} />
      <p>
        <a href={boardPath(workshopId)}>{t('query.toBoard')}</a>
      </p>
    </main>
  );
}
