// Start page: create a workshop (becoming its moderator) or go to a join code.
import '../i18n/lobby';
import '../i18n/board';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { JoinCodeSchema } from '@nws/shared';
import { api, ApiError } from '../api';
import { moderationApi } from '../apiModeration';
import { boardPath, joinPath } from '../app/routes';
import { storeToken } from '../tokens';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { errorText } from '../i18n/keys';
import { CreateNetworkForm } from './CreateNetworkForm';

export function Lobby() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: '', targetGroup: '', area: '', moderatorName: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  // Where the server keeps creation to those with its access key (ADMIN_TOKEN), ask for it.
  const [needsKey, setNeedsKey] = useState(false);
  const [accessKey, setAccessKey] = useState('');
  useEffect(() => {
    api.config().then(
      (c) => setNeedsKey(c.creationNeedsKey),
      () => undefined,
    );
  }, []);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await api.createWorkshop(
        { ...form, moderatorName: form.moderatorName.trim() || undefined },
        needsKey ? accessKey : undefined,
      );
      storeToken(res.workshop.id, 'board', res.moderatorToken);
      storeToken(res.workshop.id, 'screen', res.screenToken);
      window.location.assign(boardPath(res.workshop.id));
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
      setBusy(false);
    }
  };

  const goJoin = (e: FormEvent) => {
    e.preventDefault();
    const parsed = JoinCodeSchema.safeParse(code);
    if (!parsed.success) {
      setCodeError('invalid_code');
      return;
    }
    window.location.assign(joinPath(parsed.data));
  };

  const field = (key: keyof typeof form, label: string, required = true) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        value={form[key]}
        required={required}
        maxLength={key === 'name' ? 120 : 200}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <main className="page narrow">
      <header className="page-header">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <h1>{t('lobby.title')}</h1>
      <p className="lead">{t('lobby.intro')}</p>
      <div className="lobby-grid">
        <form className="panel" onSubmit={goJoin} aria-labelledby="join-title">
          <h2 id="join-title">{t('lobby.joinTitle')}</h2>
          <label className="field">
            <span>{t('lobby.code')}</span>
            <input
              name="code"
              value={code}
              autoComplete="off"
              autoCapitalize="characters"
              placeholder="K7M-Q2P"
              aria-describedby="code-hint"
              onChange={(e) => {
                setCode(e.target.value);
                setCodeError(null);
              }}
            />
            <small id="code-hint">{t('lobby.codeHint')}</small>
          </label>
          {codeError && (
            <p role="alert" className="error">
              {errorText(t, codeError)}
            </p>
          )}
          <button type="submit">{t('lobby.join')}</button>
        </form>
        <ImportForm accessKey={needsKey ? accessKey : undefined} />
        <CreateNetworkForm accessKey={needsKey ? accessKey : undefined} />
        <form className="panel" onSubmit={create} aria-labelledby="create-title">
          <h2 id="create-title">{t('lobby.createTitle')}</h2>
          {field('name', t('lobby.name'))}
          {field('targetGroup', t('lobby.targetGroup'))}
          {field('area', t('lobby.area'))}
          {field('moderatorName', t('lobby.moderatorName'), false)}
          {needsKey && (
            <label className="field">
              <span>{t('lobby.accessKey')}</span>
              <input
                name="accessKey"
                type="password"
                autoComplete="off"
                required
                value={accessKey}
                aria-describedby="access-key-hint"
                onChange={(e) => setAccessKey(e.target.value)}
              />
              <small id="access-key-hint" className="muted">
                {t('lobby.accessKeyHint')}
              </small>
            </label>
          )}
          {error && (
            <p role="alert" className="error">
              {errorText(t, error)}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t('lobby.creating') : t('lobby.create')}
          </button>
        </form>
      </div>
    </main>
  );
}

/** Creates a new workshop from a JSON backup (the moderator becomes its moderator). */
function ImportForm({ accessKey }: { accessKey?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <form className="panel" aria-labelledby="import-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="import-title">{t('protocol.import')}</h2>
      <label className="field">
        <span>{t('protocol.importFile')}</span>
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setBusy(true);
            setError(null);
            try {
              const res = await moderationApi.importBackup(JSON.parse(await file.text()), accessKey);
              storeToken(res.workshop.id, 'board', res.moderatorToken);
              storeToken(res.workshop.id, 'screen', res.screenToken);
              window.location.assign(boardPath(res.workshop.id));
            } catch (err) {
              setError(err instanceof ApiError ? err.code : err instanceof SyntaxError ? 'invalid_backup' : 'network');
              setBusy(false);
            }
          }}
        />
      </label>
      {busy && <p aria-busy="true">{t('protocol.importing')}</p>}
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
    </form>
  );
}
