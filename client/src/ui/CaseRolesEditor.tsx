// Who gives, moderates and speaks for the client in one case. The case giver
// is not offered as moderator (the method's rule; the server refuses it too).
// Used by the moderation's case list and by the roles step.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { Case } from '@nws/shared';
import type { Person } from '../api';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { ErrorAlert } from './ErrorAlert';

export function CaseRolesEditor({ kase, people }: { kase: Case; people: Person[] }) {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const { run, error } = useCommand();
  const participants = people.filter((p) => p.role === 'participant');
  const [giver, setGiver] = useState(kase.caseGiverId);
  const [mods, setMods] = useState<string[]>(kase.moderatorIds);
  const [up, setUp] = useState(kase.userPerspectiveId);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setSaved(false);
    if (await run(() => api.caseRoles(kase.id, { caseGiverId: giver, moderatorIds: mods, userPerspectiveId: up })))
      setSaved(true);
  };
  const select = (id: string, value: string | null, onChange: (v: string | null) => void, label: string) => (
    <label className="field">
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('conf.cases.nobody')}</option>
        {participants.map((p) => (
          <option key={p.sessionId} value={p.sessionId}>
            {p.name} ({p.organisation})
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="roles-editor" data-testid="roles-editor">
      <h3>{t('conf.cases.roles')}</h3>
      {select(
        `giver-${kase.id}`,
        giver,
        (v) => {
          setGiver(v);
          if (v) setMods((m) => m.filter((x) => x !== v));
        },
        t('conf.cases.giver'),
      )}
      <fieldset className="field">
        <legend>{t('conf.cases.moderators')}</legend>
        <p className="muted small" id={`rule-${kase.id}`}>
          {t('conf.cases.ruleGiver')}
        </p>
        {participants.map((p) => (
          <label key={p.sessionId} className="radio">
            <input
              type="checkbox"
              checked={mods.includes(p.sessionId)}
              disabled={p.sessionId === giver}
              aria-describedby={p.sessionId === giver ? `rule-${kase.id}` : undefined}
              onChange={(e) =>
                setMods((m) => (e.target.checked ? [...m, p.sessionId] : m.filter((x) => x !== p.sessionId)))
              }
            />
            {p.name} ({p.organisation})
          </label>
        ))}
      </fieldset>
      {select(`up-${kase.id}`, up, setUp, t('conf.cases.userPerspective'))}
      <ErrorAlert code={error} />
      <button type="button" onClick={save}>
        {t('conf.cases.saveRoles')}
      </button>
      {saved && (
        <span role="status" className="muted small">
          {' '}
          ✓
        </span>
      )}
    </div>
  );
}
