// Creating a network from the start page: its name, target group and area,
// and the coordinator's name; the coordinator's link opens the network page.
import '../i18n/network';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { ApiError } from '../api';
import { networkApi } from '../apiNetwork';
import { networkPath } from '../app/routes';
import { storeToken } from '../tokens';
import { errorText } from '../i18n/keys';

export function CreateNetworkForm({ accessKey }: { accessKey?: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ name: '', targetGroup: '', area: '', coordinatorName: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await networkApi.create(form, accessKey);
      storeToken(res.network.id, 'network', res.coordinatorToken);
      window.location.assign(networkPath(res.network.id));
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
      setBusy(false);
    }
  };
  const field = (key: keyof typeof form, label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={`network-${key}`}
        value={form[key]}
        required
        maxLength={key === 'coordinatorName' ? 80 : key === 'name' ? 120 : 200}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <form className="panel" onSubmit={submit} aria-labelledby="network-create-title" data-testid="create-network">
      <h2 id="network-create-title">{t('network.createTitle')}</h2>
      <p className="muted small">{t('network.createIntro')}</p>
      {field('name', t('network.name'))}
      {field('targetGroup', t('lobby.targetGroup'))}
      {field('area', t('lobby.area'))}
      {field('coordinatorName', t('network.coordinatorName'))}
      {error && (
        <p role="alert" className="error">
          {errorText(t, error)}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('network.creating') : t('network.create')}
      </button>
    </form>
  );
}
