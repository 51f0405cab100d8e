// The shared screen's header: the workshop's name, that this is the screen,
// trouble with the connection, and (except in the join view) how to join, in one line.
import { useTranslation } from '../i18n';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useJoinCode } from '../app/useJoinCode';
import { joinPath } from '../app/routes';
import { formatCode } from './formatCode';

export function ScreenHeader({ joinHint }: { joinHint: boolean }) {
  const { t } = useTranslation();
  const { workshop } = useWorkshop();
  const { status } = useBoardConnection();
  const code = useJoinCode();
  return (
    <header className="screen-header">
      <div className="screen-title">
        <h1>{workshop.name}</h1>
        <span className="role-badge">{t('board.roles.screen')}</span>
      </div>
      {joinHint && code && (
        <p className="screen-join-hint" data-testid="screen-join-code">
          {t('screen.joinHint', { url: `${window.location.host}${joinPath(code)}` })}{' '}
          <strong>{formatCode(code)}</strong>
        </p>
      )}
      {/* Only trouble is worth the room's attention; the state stays readable for assistive tools. */}
      <span
        className={`status status-${status} ${status === 'connected' ? 'visually-hidden' : ''}`}
        role="status"
        data-testid="connection-status"
        data-status={status}
      >
        {t(`board.status.${status}`)}
      </span>
    </header>
  );
}
