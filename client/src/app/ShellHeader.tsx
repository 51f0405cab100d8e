// The workshop page's header: workshop, role, connection, canvas or list,
// following the moderation's viewport, the video room (remote conferences), language.
import { useTranslation } from '../i18n';
import type { BoardView } from '@nws/shared';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { VideoLink } from '../ui/VideoLink';
import { useRemote } from '../sync/useRemote';
import { useBoardConnection, useWorkshop } from './WorkshopProvider';

interface Props {
  /** The views this page may show (the canvas only where it stays). */
  allowed: BoardView;
  shownView: BoardView;
  onView: (view: BoardView) => void;
  follow: boolean;
  onFollow: (follow: boolean) => void;
}

export function ShellHeader({ allowed, shownView, onView, follow, onFollow }: Props) {
  const { t } = useTranslation();
  const { workshop, role, readOnly, control } = useWorkshop();
  const remote = useRemote(control.doc);
  const { status, refusals } = useBoardConnection();
  return (
    <header className="board-header">
      <div className="board-title">
        <span className="brand">{t('app.name')}</span>
        <h1>{workshop.name}</h1>
        <span className="role-badge">{t(`board.roles.${role}`)}</span>
      </div>
      <div className="board-tools">
        <span className={`status status-${status}`} role="status" data-testid="connection-status" data-status={status}>
          {t(`board.status.${status}`)}
        </span>
        {refusals > 0 && (
          <span className="notice small" role="alert" data-testid="update-refused">
            {t('board.refused')}
          </span>
        )}
        {allowed === 'canvas' && !readOnly && (
          <div className="view-switch" role="group" aria-label={t('board.view')}>
            {(['canvas', 'dom'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={shownView === v}
                onClick={() => onView(v)}
                data-testid={`view-${v}`}
              >
                {t(`board.views.${v}`)}
              </button>
            ))}
          </div>
        )}
        {role === 'participant' && shownView === 'canvas' && (
          <label className="radio small">
            <input type="checkbox" checked={follow} onChange={(e) => onFollow(e.target.checked)} />
            {t('conf.follow')}
          </label>
        )}
        <VideoLink url={remote.videoUrl} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
