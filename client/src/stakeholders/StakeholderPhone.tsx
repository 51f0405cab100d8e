// The stakeholder analysis on a phone: one's own organisation's row as a
// form (a labelled text field per column), the other rows to read below.
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { stakeholderCellText, type StakeholderState } from '@nws/shared';
import { CollabTextarea } from '../ui/CollabTextarea';

export function StakeholderPhone({
  doc,
  state,
  ownRowId,
}: {
  doc: Y.Doc;
  state: StakeholderState;
  ownRowId: string | null;
}) {
  const { t } = useTranslation();
  const own = state.rows.find((r) => r.id === ownRowId) ?? null;
  const others = state.rows.filter((r) => r !== own);
  return (
    <section
      className="panel phone-stakeholders"
      aria-labelledby="phone-stakeholders-title"
      data-testid="phone-stakeholders"
    >
      <h2 id="phone-stakeholders-title">{t('stakeholders.title')}</h2>
      {!ownRowId ? (
        <p>{t('stakeholders.noOrganisation')}</p>
      ) : !own ? (
        <p aria-busy="true">{t('stakeholders.loading')}</p>
      ) : (
        <>
          <p className="muted small">{t('stakeholders.phoneIntro')}</p>
          <h3>{own.organisation}</h3>
          <p className="small">
            {t('stakeholders.significanceLabel')}: {t(`stakeholders.significance.${own.significance}`)}
          </p>
          {state.columns
            .filter((c) => c.kind === 'text')
            .map((c) => (
              <div className="field" key={c.id}>
                <label htmlFor={`sa-${c.id}`}>{c.title}</label>
                <CollabTextarea
                  id={`sa-${c.id}`}
                  text={stakeholderCellText(doc, c.id, own.id)}
                  label={t('stakeholders.cell', { column: c.title, organisation: own.organisation })}
                  rows={3}
                  testId="phone-stakeholder-cell"
                />
              </div>
            ))}
        </>
      )}
      {others.length > 0 && (
        <details>
          <summary>{t('stakeholders.others')}</summary>
          {others.map((r) => (
            <div key={r.id} className="phone-other-row">
              <h4>
                {r.organisation}{' '}
                <span className="muted small">({t(`stakeholders.significance.${r.significance}`)})</span>
              </h4>
              {state.columns
                .filter((c) => c.kind === 'text' && r.cells[c.id])
                .map((c) => (
                  <p key={c.id} className="small">
                    <strong>{c.title}:</strong> {r.cells[c.id]}
                  </p>
                ))}
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
