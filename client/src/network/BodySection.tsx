// One body of a network (steering group, working group, plenary) with its
// workshops on a timeline, and the forms to plan a workshop in it and to add
// a body to the network.
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import {
  workshopStatuses,
  type CarryOverPickInput,
  type NetworkBody,
  type NetworkOverview,
  type NetworkWorkshop,
  type WorkshopStatus,
} from '@nws/shared';
import { CarryPicker } from './CarryPicker';
import { networkApi } from '../apiNetwork';
import { boardPath } from '../app/routes';
import { storeToken } from '../tokens';

interface Props {
  body: NetworkBody;
  workshops: NetworkWorkshop[];
  /** What the network's workshops could pass on to a new one, and their names. */
  carrySources: NetworkOverview['carrySources'];
  names: Map<string, string>;
  networkId: string;
  token: string;
  change: (fn: () => Promise<unknown>) => Promise<boolean>;
}

/** A day from the date input (yyyy-mm-dd) as the server keeps it: midnight UTC. */
const fromInput = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : null);

export function BodySection({ body, workshops, carrySources, names, networkId, token, change }: Props) {
  // (i18n.language, not useLang: sharing that module with this page splits it off the phone's first load)
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const day = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeZone: 'UTC' });
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [carry, setCarry] = useState<CarryOverPickInput[]>([]);
  const open = async (w: NetworkWorkshop) => {
    const ok = await change(async () => {
      const { moderatorToken } = await networkApi.moderate(networkId, token, w.id);
      storeToken(w.id, 'board', moderatorToken);
    });
    if (ok) window.location.assign(boardPath(w.id));
  };
  const plan = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    void change(() =>
      networkApi.createWorkshop(networkId, token, {
        name: name.trim(),
        bodyId: body.id,
        scheduledAt: fromInput(date),
        carry,
      }),
    ).then((ok) => {
      if (!ok) return;
      setName('');
      setDate('');
      setCarry([]);
    });
  };
  const formId = `plan-${body.id}`;
  return (
    <section
      className="panel network-body"
      aria-labelledby={`body-${body.id}`}
      data-testid="network-body"
      data-kind={body.kind}
    >
      <h3 id={`body-${body.id}`}>
        {body.name} <span className="muted small">· {t(`network.kinds.${body.kind}`)}</span>
      </h3>
      {workshops.length === 0 ? (
        <p className="muted">{t('network.noWorkshops')}</p>
      ) : (
        <ol className="timeline">
          {workshops.map((w) => (
            <li key={w.id} data-testid="network-workshop" data-status={w.status}>
              <span className="timeline-date">
                {w.scheduledAt === null ? t('network.noDate') : day.format(w.scheduledAt)}
              </span>
              <span className="timeline-name">{w.name}</span>
              <label className="visually-hidden" htmlFor={`status-${w.id}`}>
                {t('network.statusOf', { name: w.name })}
              </label>
              <select
                id={`status-${w.id}`}
                value={w.status}
                onChange={(e) =>
                  void change(() =>
                    networkApi.updateWorkshop(networkId, token, w.id, { status: e.target.value as WorkshopStatus }),
                  )
                }
              >
                {workshopStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`network.statuses.${s}`)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="small"
                aria-label={t('network.openLabel', { name: w.name })}
                onClick={() => void open(w)}
              >
                {t('network.open')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <details>
        <summary>{t('network.planWorkshop')}</summary>
        <form className="stacked" onSubmit={plan} id={formId}>
          <label className="field">
            <span>{t('network.workshopName')}</span>
            <input value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('network.date')}</span>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <CarryPicker sources={carrySources} names={names} picks={carry} onChange={setCarry} idPrefix={formId} />
          <button type="submit">{t('network.plan')}</button>
        </form>
      </details>
    </section>
  );
}

export function NewBodyForm({
  onAdd,
}: {
  onAdd: (input: { kind: 'steering' | 'working'; name: string }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'steering' | 'working'>('working');
  const [name, setName] = useState('');
  return (
    <details className="panel">
      <summary>{t('network.addBody')}</summary>
      <form
        className="stacked"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void onAdd({ kind, name: name.trim() }).then((ok) => ok && setName(''));
        }}
      >
        <label className="field">
          <span>{t('network.bodyKind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as 'steering' | 'working')}>
            <option value="working">{t('network.kinds.working')}</option>
            <option value="steering">{t('network.kinds.steering')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('network.bodyName')}</span>
          <input value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">{t('network.addBody')}</button>
      </form>
    </details>
  );
}
