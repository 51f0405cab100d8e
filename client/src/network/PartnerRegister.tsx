// The network's partner register on its page: organisations (no names of
// people) with their kind and the role of their contact, where each came
// from, in how many workshops someone of it took part; entered here, taken
// from a revealed actors card query's invitation list, or joined.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type { NetworkOverview, RegisteredPartner } from '@nws/shared';
import { networkApi } from '../apiNetwork';

interface Props {
  overview: NetworkOverview;
  token: string;
  change: (fn: () => Promise<unknown>) => Promise<boolean>;
}

export function PartnerRegister({ overview, token, change }: Props) {
  const { t } = useTranslation();
  const { network, partners, invitationLists } = overview;
  const [draft, setDraft] = useState({ name: '', kind: '', contactRole: '' });
  const [source, setSource] = useState('');
  const [imported, setImported] = useState<number | null>(null);
  const kinds = t('network.kindSuggestions').split(';');
  const chosen = source || (invitationLists[0] ? `${invitationLists[0].workshopId}/${invitationLists[0].queryId}` : '');
  return (
    <section className="panel" aria-labelledby="partners-title" data-testid="partners">
      <h2 id="partners-title">{t('network.partners')}</h2>
      <p className="muted small">{t('network.partnersIntro')}</p>
      <datalist id="partner-kinds">
        {kinds.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {partners.length === 0 ? (
        <p>{t('network.noPartners')}</p>
      ) : (
        <ul className="plain-list partner-list">
          {partners.map((p) => (
            <PartnerItem key={p.id} partner={p} networkId={network.id} token={token} change={change} />
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!draft.name.trim()) return;
          void change(() => networkApi.addPartner(network.id, token, draft)).then(
            (ok) => ok && setDraft({ name: '', kind: '', contactRole: '' }),
          );
        }}
      >
        <input
          aria-label={t('network.partnerName')}
          placeholder={t('network.partnerName')}
          value={draft.name}
          maxLength={120}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          data-testid="partner-name"
        />
        <input
          aria-label={t('network.partnerKind')}
          placeholder={t('network.partnerKind')}
          list="partner-kinds"
          value={draft.kind}
          maxLength={80}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value })}
        />
        <input
          aria-label={t('network.partnerRole')}
          placeholder={t('network.partnerRole')}
          value={draft.contactRole}
          maxLength={80}
          onChange={(e) => setDraft({ ...draft, contactRole: e.target.value })}
        />
        <button type="submit">{t('network.addPartner')}</button>
      </form>
      <h3 className="no-print">{t('network.importTitle')}</h3>
      {invitationLists.length === 0 ? (
        <p className="muted small">{t('network.noInvitationLists')}</p>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const [workshopId, queryId] = chosen.split('/') as [string, string];
            void change(async () => {
              setImported((await networkApi.importPartners(network.id, token, { workshopId, queryId })).added);
            });
          }}
        >
          <label>
            {t('network.importFrom')}{' '}
            <select value={chosen} onChange={(e) => setSource(e.target.value)} data-testid="import-source">
              {invitationLists.map((l) => (
                <option key={`${l.workshopId}/${l.queryId}`} value={`${l.workshopId}/${l.queryId}`}>
                  {t('network.importQuery', { question: l.question, workshop: l.workshopName })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary" data-testid="import-partners">
            {t('network.import')}
          </button>
        </form>
      )}
      <p role="status" className="small">
        {imported !== null && t('network.imported', { count: imported })}
      </p>
    </section>
  );
}

function PartnerItem({
  partner: p,
  networkId,
  token,
  change,
}: { partner: RegisteredPartner; networkId: string } & Omit<Props, 'overview'>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState(p.kind);
  const [role, setRole] = useState(p.contactRole);
  const dirty = kind !== p.kind || role !== p.contactRole;
  return (
    <li data-testid="partner" data-source={p.source}>
      <strong>{p.name}</strong>{' '}
      <span className="muted small">
        ({t(`network.sources.${p.source}`)}
        {p.workshops > 0 && <> · {t('network.partnerWorkshops', { count: p.workshops })}</>})
      </span>
      {(p.kind || p.contactRole) && (
        <span className="print-only small">{[p.kind, p.contactRole].filter(Boolean).join(' · ')}</span>
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void change(() => networkApi.updatePartner(networkId, token, p.id, { kind, contactRole: role }));
        }}
      >
        <input
          aria-label={t('network.kindOf', { name: p.name })}
          list="partner-kinds"
          value={kind}
          maxLength={80}
          onChange={(e) => setKind(e.target.value)}
          placeholder={t('network.partnerKind')}
        />
        <input
          aria-label={t('network.roleOf', { name: p.name })}
          value={role}
          maxLength={80}
          onChange={(e) => setRole(e.target.value)}
          placeholder={t('network.partnerRole')}
        />
        <button
          type="submit"
          className="secondary small"
          disabled={!dirty}
          aria-label={t('network.savePartnerLabel', { name: p.name })}
        >
          {t('network.savePartner')}
        </button>
        {p.source !== 'joined' && (
          <button
            type="button"
            className="secondary small"
            aria-label={t('network.removePartner', { name: p.name })}
            title={t('network.removePartner', { name: p.name })}
            onClick={() => void change(() => networkApi.removePartner(networkId, token, p.id))}
          >
            ✕
          </button>
        )}
      </form>
    </li>
  );
}
