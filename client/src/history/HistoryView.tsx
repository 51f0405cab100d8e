// The moderation's history (Verlauf): the versions the server keeps of the
// board, newest first, with what changed; "Stand sichern" on demand; a
// read-only preview of any version; restore of the whole board or of single
// things for everyone (the server saves the state before, so a restore can
// be undone from here too); and the bin of deleted cards.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { decodeVersion, type RestoreBody, type VersionInfo } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useCards } from '../sync/useCards';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useFormatTime } from '../ui/formatTime';
import { BinList } from './BinList';
import { useBin } from './useBin';
import { VersionItem } from './VersionItem';
import { VersionPreview } from './VersionPreview';

export function HistoryView() {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const time = useFormatTime();
  const cardCount = useCards(useBoardConnection().doc).length;
  const { run, error, busy } = useCommand();
  const bin = useBin();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [preview, setPreview] = useState<{ version: VersionInfo; doc: Y.Doc } | null>(null);
  const [label, setLabel] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => run(async () => setVersions((await api.versions()).versions)), [api, run]);
  // Automatic versions are taken while people edit: look again a little after the board changed.
  useEffect(() => {
    const timer = setTimeout(() => void load(), 500);
    return () => clearTimeout(timer);
  }, [load, cardCount]);
  useEffect(() => () => preview?.doc.destroy(), [preview]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api.saveVersion({ label: label.trim() || undefined });
      setLabel('');
      setNotice(t('history.saved'));
      await load();
    });
  };
  const open = (v: VersionInfo) =>
    run(async () => setPreview({ version: v, doc: decodeVersion((await api.previewVersion(v.id)).update) }));
  const restore = (v: VersionInfo, target: RestoreBody) => {
    const whole = target.what === 'all' || target.what === 'goals';
    const question = target.what === 'all' ? 'history.restoreAllConfirm' : 'history.restoreGoalsConfirm';
    if (whole && !window.confirm(t(question, { time: time(v.createdAt) }))) return;
    void run(async () => {
      await api.restoreVersion(v.id, target);
      setNotice(t('history.restored'));
      await load();
    });
  };

  return (
    <div className="workspace history" data-testid="history">
      <h2>{t('history.title')}</h2>
      <p className="muted">{t('history.intro')}</p>
      <form className="row" onSubmit={save}>
        <label className="grow">
          <span className="visually-hidden">{t('history.saveLabel')}</span>
          <input
            value={label}
            maxLength={120}
            placeholder={t('history.saveLabel')}
            onChange={(e) => setLabel(e.target.value)}
            data-testid="version-label"
          />
        </label>
        <button type="submit" disabled={busy} data-testid="save-version">
          {t('history.save')}
        </button>
      </form>
      <ErrorAlert code={error} />
      {notice && (
        <p role="status" className="notice small">
          {notice}
        </p>
      )}
      <div className="history-columns">
        <div>
          {versions?.length === 0 && <p className="muted">{t('history.empty')}</p>}
          <ol className="version-list" aria-label={t('history.title')}>
            {versions?.map((v) => (
              <VersionItem
                key={v.id}
                version={v}
                busy={busy}
                onPreview={() => void open(v)}
                onRestoreAll={() => restore(v, { what: 'all' })}
              />
            ))}
          </ol>
        </div>
        <div>
          {preview && (
            <VersionPreview
              version={preview.version}
              doc={preview.doc}
              busy={busy}
              onRestore={(target) => restore(preview.version, target)}
              onClose={() => setPreview(null)}
            />
          )}
          <section className="panel" aria-labelledby="bin-title" data-testid="bin">
            <h3 id="bin-title">{t('history.bin.title')}</h3>
            <p className="muted small">{t('history.bin.intro')}</p>
            <BinList bin={bin} />
          </section>
        </div>
      </div>
    </div>
  );
}
