// The result protocol's actions: print, the Markdown download, and for the
// moderation deleting the workshop and its JSON backup.
import { useTranslation } from '../i18n';
import { moderationApi } from '../apiModeration';
import { download, downloadBlob, slug } from '../ui/download';
import { DOCX_TYPE } from '../documents/mime';
import { forgetWorkshop } from '../tokens';

interface Props {
  workshop: { id: string; name: string };
  token: string;
  moderator: boolean;
  /** The protocol as Markdown, made when asked for. */
  markdown: () => string;
  /** …and as a Word file. */
  docx: () => Promise<ArrayBuffer>;
  /** "Fallschilderungen aufnehmen": whether case narrations go into the documents (off by default). */
  narrations: { on: boolean; set: (on: boolean) => void };
  /** Without its extension. */
  fileName: string;
}

export function ProtocolToolbar({ workshop, token, moderator, markdown, docx, narrations, fileName }: Props) {
  const { t } = useTranslation();
  return (
    <div className="goals-toolbar no-print">
      <label className="narrations-tick">
        <input
          type="checkbox"
          checked={narrations.on}
          onChange={(e) => narrations.set(e.target.checked)}
          aria-describedby="narrations-hint"
        />{' '}
        {t('protocol.narrations')}
      </label>
      {narrations.on && (
        <p id="narrations-hint" className="hint" role="note">
          {t('protocol.narrationsHint')}
        </p>
      )}
      <button type="button" onClick={() => window.print()}>
        {t('protocol.print')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => download(`${fileName}.md`, markdown(), 'text/markdown;charset=utf-8')}
      >
        {t('protocol.exportMd')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={async () => downloadBlob(`${fileName}.docx`, new Blob([await docx()], { type: DOCX_TYPE }))}
      >
        {t('protocol.exportDocx')}
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
