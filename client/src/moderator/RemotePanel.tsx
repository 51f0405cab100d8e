// Remote conferences, for the moderation: the video room's link (shown to
// every participant as one button) and remote mode (participants follow the
// moderation and see the shared screen's content on their own device).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { useRemote } from '../sync/useRemote';
import { ErrorAlert } from '../ui/ErrorAlert';

export function RemotePanel() {
  const { t } = useTranslation();
  const { api, control } = useWorkshop();
  const remote = useRemote(control.doc);
  const { run, error, busy } = useCommand();
  const [url, setUrl] = useState(remote.videoUrl ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setUrl(remote.videoUrl ?? ''), [remote.videoUrl]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const value = url.trim();
    const ok = value === '' || /^https?:\/\/\S+$/i.test(value);
    setInvalid(!ok);
    if (ok) void run(() => api.remote({ videoUrl: value || null, on: remote.on }));
  };
  return (
    <section className="panel remote-panel" aria-labelledby="remote-title" data-testid="remote-panel">
      <h2 id="remote-title">{t('remotePanel.title')}</h2>
      <form className="stacked" onSubmit={save} noValidate>
        <label htmlFor="video-url">{t('remotePanel.videoUrl')}</label>
        <input
          id="video-url"
          type="url"
          inputMode="url"
          value={url}
          maxLength={500}
          placeholder={t('remotePanel.placeholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'video-url-error' : undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        {invalid && (
          <p id="video-url-error" className="error" role="alert">
            {t('remotePanel.invalid')}
          </p>
        )}
        <div className="card-actions">
          <button type="submit" disabled={busy}>
            {t('remotePanel.save')}
          </button>
          {remote.videoUrl && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void run(() => api.remote({ videoUrl: null, on: remote.on }))}
            >
              {t('remotePanel.clear')}
            </button>
          )}
        </div>
      </form>
      <label className="radio small">
        <input
          type="checkbox"
          checked={remote.on}
          disabled={busy}
          onChange={(e) => void run(() => api.remote({ videoUrl: remote.videoUrl, on: e.target.checked }))}
          data-testid="remote-on"
        />
        {t('remotePanel.on')}
      </label>
      <p className="hint">{t('remotePanel.hint')}</p>
      <ErrorAlert code={error} />
    </section>
  );
}
