// In a workshop's result protocol: what the network's steering group decided
// on the resolutions of this workshop's body (its working group) — the
// outcome the working group sees in its next workshop. Nothing for a
// workshop whose body forwarded nothing.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkResolution } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';

export function SteeringDecisions() {
  const { t } = useTranslation();
  const { api } = useWorkshop();
  const [decisions, setDecisions] = useState<NetworkResolution[]>([]);
  useEffect(() => {
    let live = true;
    api.steering().then(
      (r) => live && setDecisions(r.decisions),
      () => undefined, // an offline protocol simply goes without them
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (decisions.length === 0) return null;
  return (
    <section data-testid="steering-decisions">
      <h2>{t('steering.title')}</h2>
      <ul>
        {decisions.map((d) => (
          <li key={d.id} data-state={d.state}>
            {d.text} — <strong>{t(`steering.states.${d.state}`)}</strong>
            {d.reason && <> ({d.reason})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
