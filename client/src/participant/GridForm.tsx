// One's own organisation's row of the running perspective grid, as a form:
// a labelled field per guiding question, stacked for a thumb. Each field is
// the cell's shared text, so the moderation's table shows it as it is typed.
import { useEffect } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { cellKey, observeCaseArtefacts, readGrid, rowIdOf, sharedText, type Case, type Step } from '@nws/shared';
import { useWorkshop } from '../app/WorkshopProvider';
import { useDerived } from '../sync/useDerived';
import { CollabTextarea } from '../ui/CollabTextarea';
import { loc, useLang } from '../i18n/lang';

interface Props {
  board: Y.Doc;
  caseId: string;
  step: Step;
  kase: Case | null;
}

export function GridForm({ board, caseId, step, kase }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { session, api } = useWorkshop();
  const grid = useDerived(board, (d) => readGrid(d, caseId, step.id), observeCaseArtefacts, null, [caseId, step.id]);
  const rowId = session.organisation.trim() ? rowIdOf(session.organisation) : null;
  const row = grid?.rows.find((r) => r.id === rowId) ?? null;
  const missing = !!rowId && !row;
  useEffect(() => {
    // Joined after the step began (or the grid is not there yet): the server adds our row.
    // (The moderation names the organisation; a participant's is taken from the session.)
    const org = session.role === 'moderator' ? session.organisation : undefined;
    if (missing) void api.gridRow(caseId, step.id, org).catch(() => undefined);
  }, [missing, api, caseId, step.id, session.role, session.organisation]);

  const questions =
    grid && step.questions.length === grid.questions.length ? step.questions.map((q) => loc(q, lang)) : grid?.questions;
  return (
    <section className="panel phone-task" aria-labelledby="phone-grid-title" data-testid="phone-grid">
      <h2 id="phone-grid-title">{loc(step.title, lang)}</h2>
      {kase && <p className="muted">{t('phone.step.caseOf', { title: kase.title })}</p>}
      {!rowId ? (
        <p>{t('phone.grid.noOrganisation')}</p>
      ) : !row || !questions ? (
        <p aria-busy="true">{t('phone.grid.loading')}</p>
      ) : (
        <>
          <p className="phone-lead">
            <strong>{t('phone.grid.forOrganisation', { organisation: row.organisation })}</strong>
            <br />
            <span className="muted small">{t('phone.grid.intro')}</span>
          </p>
          <div className="phone-fields">
            {questions.map((q, i) => {
              const id = `phone-cell-${i}`;
              return (
                <div key={i} className="phone-field">
                  <label htmlFor={id}>{q}</label>
                  <CollabTextarea
                    id={id}
                    text={sharedText(board, cellKey(caseId, step.id, row.id, i))}
                    label={q}
                    rows={3}
                    testId="phone-cell"
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
