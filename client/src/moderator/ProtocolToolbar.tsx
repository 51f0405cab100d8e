// The result protocol's actions: print, the Markdown download, and for the
// moderation deleting the workshop and its JSON backup.
import { useTranslation } from 'react-i18next';
import { moderationApi } from '../apiModeration';
import { download, slug } from '../ui/download';
import { forgetWorkshop } from '../tokens';

interface Props {
  workshop: { id: string; name: string };
  token: string;
  moderator: boolean;
  /** The protocol as Markdown, made when asked for. */
  markdown: () => string;
  fileName: string;
}

export function ProtocolToolbar({ workshop, token, moderator, markdown, fileName }: Props) {
  const { t } = useTranslation();
  return (
    <div className="goals-toolbar no-print">
      <button type="button" onClick={() => window.print()}>
        {t('protocol.print')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => download(fileName, markdown(), 'text/markdown;charset=utf-8')}
      >
        {t('protocol.exportMd')}
      </button>
      {moderator && (
        <button
          type="button"
          className="danger"
          onClick={async () => {
            if (!window.confirm(t('protocol.deleteConfirm', { name: workshop.name }))) return;
            await moderationApi.deleteWorkshop(workshop.id, token);
            await forgetWorkshop(workshop.id);
            window.location.assign('/');
          }}
        >
          {t('protocol.delete')}
        </button>
      )}
      {moderator && (
        <button
          type="button"
          className="secondary"
          onClick={async () =>
            download(
              `netzwerkstatt-${slug(workshop.name)}.json`,
              JSON.stringify(await moderationApi.backup(workshop.id, token), null, 2),
              'application/json',
            )
          }
        >
          {t('protocol.backup')}
        </button>
      )}
    </div>
  );
}
