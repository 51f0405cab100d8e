// Joining by code: shows which workshop the code belongs to, asks name,
// organisation and level, and opens the board with the new session.
import '../i18n/lobby';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { JoinCodeSchema, type Level } from '@nws/shared';
import { api, ApiError } from '../api';
import { boardPath, writePath } from '../app/routes';
import { storeToken } from '../tokens';
import { ErrorPage } from '../ui/ErrorPage';
import { errorText } from '../i18n/keys';
import { LanguageSwitch } from '../ui/LanguageSwitch';

type Info = { name: string; targetGroup: string; area: string };

export function JoinPage({ code: rawCode }: { code: string }) {
  const { t } = useTranslation();
  const parsed = JoinCodeSchema.safeParse(rawCode);
  const code = parsed.success ? parsed.data : null;
  const [info, setInfo] = useState<Info | null>(null);
  const [loadError, setLoadError] = useState<string | null>(code ? null : 'invalid_code');
  const [form, setForm] = useState<{ name: string; organisation: string; level: Level }>({
    name: '',
    organisation: '',
    level: 'operative',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return;
    api.joinInfo(code).then(
      (r) => setInfo(r.workshop),
      (err: unknown) => setLoadError(err instanceof ApiError ? err.code : 'network'),
    );
  }, [code]);

  if (loadError) return <ErrorPage code={loadError} />;
  if (!info || !code)
    return (
      <main className="page narrow" aria-busy="true">
        {t('app.loading')}
      </main>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.join({ code, ...form });
      storeToken(res.workshopId, 'board', res.token);
      // Phones go to the writing view; laptops to the board (where they can write too).
      const phone = window.matchMedia('(max-width: 760px)').matches;
      window.location.assign(phone ? writePath(res.workshopId) : boardPath(res.workshopId));
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
      setBusy(false);
    }
  };

  return (
    <main className="page narrow">
      <header className="page-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <h1>{t('join.title', { name: info.name })}</h1>
      <p className="lead">{t('join.subtitle', info)}</p>
      <form className="panel" onSubmit={submit}>
        <label className="field">
          <span>{t('join.name')}</span>
          <input
            name="name"
            required
            maxLength={80}
            autoComplete="name"
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('join.organisation')}</span>
          <input
            name="organisation"
            required
            maxLength={120}
            autoComplete="organization"
            value={form.organisation}
            onChange={(e) => setForm({ ...form, organisation: e.target.value })}
          />
        </label>
        <fieldset className="field">
          <legend>{t('join.level')}</legend>
          {(['decision', 'operative'] as const).map((level) => (
            <label key={level} className="radio">
              <input
                type="radio"
                name="level"
                value={level}
                checked={form.level === level}
                onChange={() => setForm({ ...form, level })}
              />
              {t(`join.levels.${level}`)}
            </label>
          ))}
        </fieldset>
        {error && (
          <p role="alert" className="error">
            {errorText(t, error)}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('join.joining') : t('join.submit')}
        </button>
      </form>
    </main>
  );
}
