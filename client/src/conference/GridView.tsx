// The perspective grid of a case step: one row per organisation, one column
// per guiding question; each writes its own row, the moderation every row.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { cellKey, readGrid, rowIdOf, sharedText, type Case, type Step } from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CollabTextarea } from '../ui/CollabTextarea';
import { loc, useLang } from '../i18n/lang';
import { useArtefactsVersion } from './useArtefacts';

export function GridView({ kase, step }: { kase: Case; step: Step }) {
  const { t } = useTranslation();
  const { readOnly, session, api } = useWorkshop();
  const board = useBoardConnection().doc;
  const lang = useLang();
  useArtefactsVersion(board);
  const grid = readGrid(board, kase.id, step.id);
  const moderator = session.role === 'moderator';
  const ownRow = session.organisation.trim() ? rowIdOf(session.organisation) : null;
  const [absentOrg, setAbsentOrg] = useState('');
  const missingOwnRow = !!grid && !!ownRow && session.role === 'participant' && !grid.rows.some((r) => r.id === ownRow);
  useEffect(() => {
    // Joined after the step began: ask the server for our organisation's row.
    if (missingOwnRow) void api.gridRow(kase.id, step.id).catch(() => undefined);
  }, [missingOwnRow, api, kase.id, step.id]);
  if (!grid) return <p className="panel">{t('conf.grid.noGrid')}</p>;
  const questions =
    step.questions.length === grid.questions.length ? step.questions.map((q) => loc(q, lang)) : grid.questions;
  return (
    <section className="panel artefact" data-testid="artefact-grid">
      <div className="grid-scroll">
        <table className="perspective-grid">
          <thead>
            <tr>
              <th scope="col">{t('conf.grid.organisation')}</th>
              {questions.map((q, i) => (
                <th scope="col" key={i}>
                  {q}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => {
              const mine = row.id === ownRow;
              const editable = !readOnly && (moderator || mine);
              return (
                <tr
                  key={row.id}
                  className={mine ? 'own-row' : ''}
                  data-testid="grid-row"
                  data-organisation={row.organisation}
                >
                  <th scope="row">
                    {row.organisation}
                    {mine && <span className="muted small"> ({t('conf.grid.yours')})</span>}
                    {row.absent && <span className="muted small"> ({t('conf.grid.absent')})</span>}
                  </th>
                  {questions.map((q, i) => (
                    <td key={i}>
                      <CollabTextarea
                        text={sharedText(board, cellKey(kase.id, step.id, row.id, i))}
                        label={t('conf.grid.cell', { organisation: row.organisation, question: q })}
                        readOnly={!editable}
                        rows={3}
                        testId="grid-cell"
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {moderator && !readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (absentOrg.trim()) void api.gridRow(kase.id, step.id, absentOrg.trim()).then(() => setAbsentOrg(''));
          }}
        >
          <label htmlFor="absent-org">{t('conf.grid.addRow')}</label>
          <input id="absent-org" maxLength={120} value={absentOrg} onChange={(e) => setAbsentOrg(e.target.value)} />
          <button type="submit">{t('conf.grid.addRowButton')}</button>
        </form>
      )}
    </section>
  );
}
