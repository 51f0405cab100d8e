// The moderation's list of everyone who joined: name, organisation, role,
// online or not; it removes a person or revokes a screen link (their token
// stops at once, their cards stay). Removed people are listed apart; in a
// network, the organisations expected from earlier workshops show who is missing.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import type { Person } from '../api';
import { useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { roleKey } from '../i18n/keys';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDerived } from '../sync/useDerived';
import { expectedOrganisations, observeControl, rowIdOf, type ExpectedOrganisation } from '@nws/shared';

const noneExpected: ExpectedOrganisation[] = [];

/** `onlineCount` (people present now) changing makes the list ask the server again. */
export function PeoplePanel({ onlineCount }: { onlineCount: number }) {
  const { t } = useTranslation();
  const { api, session, control } = useWorkshop();
  // Organisations carried over from the network's earlier workshops: who is still missing.
  const expected = useDerived(control.doc, expectedOrganisations, observeControl, noneExpected);
  const { run, error, busy } = useCommand();
  const [people, setPeople] = useState<Person[]>([]);
  const load = useCallback(() => run(async () => setPeople((await api.people()).people)), [api, run]);
  useEffect(() => {
    void load();
  }, [load, onlineCount]);
  const remove = (p: Person) => {
    const question = p.role === 'screen' ? 'people.revokeConfirm' : 'people.removeConfirm';
    if (!window.confirm(t(question, { name: p.name }))) return;
    void run(async () => {
      await api.removePerson(p.sessionId);
      await load();
    });
  };
  const current = people.filter((p) => !p.imported && !p.removed);
  const removed = people.filter((p) => p.removed);
  const online = current.filter((p) => p.online).length;
  return (
    <section className="panel people" aria-labelledby="people-title" data-testid="people-panel">
      <h2 id="people-title">{t('people.title', { count: online })}</h2>
      <ErrorAlert code={error} />
      <ul className="people-list">
        {current.map((p) => (
          <li key={p.sessionId} data-testid="person" data-name={p.name}>
            <span className={`dot ${p.online ? 'online' : 'offline'}`} aria-hidden="true" />
            <span className="who">{p.name}</span>
            {p.organisation && <span className="org">{p.organisation}</span>}
            {p.role === 'moderator' && <span className="role-tag">{t(roleKey(p.role))}</span>}
            <span className="visually-hidden">{t(p.online ? 'people.online' : 'people.offline')}</span>
            {p.sessionId !== session.id && (
              <button
                type="button"
                className="small secondary"
                disabled={busy}
                onClick={() => remove(p)}
                aria-label={t(p.role === 'screen' ? 'people.revokeLabel' : 'people.removeLabel', { name: p.name })}
              >
                {t(p.role === 'screen' ? 'people.revoke' : 'people.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {expected.length > 0 && (
        <details data-testid="expected-organisations">
          <summary>{t('people.expectedTitle')}</summary>
          <ul className="people-list">
            {expected.map((o) => {
              const here = current.some((p) => rowIdOf(p.organisation || '-') === rowIdOf(o.name));
              return (
                <li key={o.name} data-testid="expected-organisation" data-here={here}>
                  <span className="who">{o.name}</span>{' '}
                  <span className="muted small">
                    {t(here ? 'people.expectedHere' : 'people.expectedMissing')} ·{' '}
                    {t('people.expectedFrom', { workshop: o.from.workshopName })}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {removed.length > 0 && (
        <details>
          <summary>{t('people.removedTitle', { count: removed.length })}</summary>
          <ul className="people-list muted">
            {removed.map((p) => (
              <li key={p.sessionId}>
                {p.name} {p.organisation && <span className="org">{p.organisation}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
