// The stakeholder analysis as a table: a row per organisation, its columns in
// order, a shared text per cell. Who may change the structure gets a column's
// tools in its header (rename, move, remove), the significance as a choice
// and a remove button per row; a participant types into their own row only
// (the server refuses anything else).
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import {
  significances,
  stakeholderCellText,
  type Significance,
  type StakeholderColumn,
  type StakeholderState,
} from '@nws/shared';
import { CollabTextarea } from '../ui/CollabTextarea';
import type { AnalysisApi } from './api';

interface Props {
  doc: Y.Doc;
  state: StakeholderState;
  /** The caller's commands when they may change the structure; null otherwise. */
  commands: AnalysisApi | null;
  /** The caller's own row (a participant's organisation), or null. */
  ownRowId: string | null;
  readOnly?: boolean;
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
}

export function StakeholderTable({ doc, state, commands, ownRowId, readOnly = false, run }: Props) {
  const { t } = useTranslation();
  if (state.rows.length === 0) return <p data-testid="stakeholders-empty">{t('stakeholders.noRows')}</p>;
  return (
    <div className="grid-scroll">
      <table className="perspective-grid stakeholder-table" data-testid="stakeholder-table">
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.organisation')}</th>
            {state.columns.map((c, i) => (
              <th scope="col" key={c.id} data-testid="stakeholder-column">
                <span>{c.title}</span>
                {commands && !readOnly && (
                  <ColumnTools column={c} index={i} count={state.columns.length} commands={commands} run={run} />
                )}
              </th>
            ))}
            {commands && !readOnly && <td />}
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => {
            const mine = row.id === ownRowId;
            const editable = !readOnly && (commands !== null || mine);
            return (
              <tr
                key={row.id}
                className={mine ? 'own-row' : ''}
                data-testid="stakeholder-row"
                data-organisation={row.organisation}
              >
                <th scope="row">
                  {row.organisation}
                  {mine && <span className="muted small"> ({t('stakeholders.yours')})</span>}
                </th>
                {state.columns.map((c) =>
                  c.kind === 'significance' ? (
                    <td key={c.id} className={`significance significance-${row.significance}`}>
                      {commands && !readOnly ? (
                        <>
                          <span className="print-only">{t(`stakeholders.significance.${row.significance}`)}</span>
                          <select
                            aria-label={t('stakeholders.significanceOf', { organisation: row.organisation })}
                            value={row.significance}
                            data-testid="stakeholder-significance"
                            onChange={(e) =>
                              void run(() => commands.setSignificance(row.id, e.target.value as Significance))
                            }
                          >
                            {significances.map((s) => (
                              <option key={s} value={s}>
                                {t(`stakeholders.significance.${s}`)}
                              </option>
                            ))}
                          </select>
                        </>
                      ) : (
                        t(`stakeholders.significance.${row.significance}`)
                      )}
                    </td>
                  ) : (
                    <td key={c.id}>
                      <CollabTextarea
                        text={stakeholderCellText(doc, c.id, row.id)}
                        label={t('stakeholders.cell', { column: c.title, organisation: row.organisation })}
                        readOnly={!editable}
                        rows={3}
                        testId="stakeholder-cell"
                      />
                    </td>
                  ),
                )}
                {commands && !readOnly && (
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={t('stakeholders.removeRow', { organisation: row.organisation })}
                      title={t('stakeholders.removeRow', { organisation: row.organisation })}
                      onClick={() => {
                        if (window.confirm(t('stakeholders.confirmRemoveRow', { organisation: row.organisation })))
                          void run(() => commands.removeRow(row.id));
                      }}
                    >
                      ✕
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A column's tools behind a disclosure (keyboard: Enter opens it): rename, move, remove. */
function ColumnTools(props: {
  column: StakeholderColumn;
  index: number;
  count: number;
  commands: AnalysisApi;
  run: Props['run'];
}) {
  const { column, index, count, commands, run } = props;
  const { t } = useTranslation();
  const [title, setTitle] = useState(column.title);
  const name = { title: column.title };
  return (
    <details className="column-tools" data-testid="column-tools">
      <summary aria-label={t('stakeholders.columnTools', name)} title={t('stakeholders.columnTools', name)}>
        ⋯
      </summary>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim() && title.trim() !== column.title)
            void run(() => commands.changeColumn(column.id, { title: title.trim() }));
        }}
      >
        <input
          aria-label={t('stakeholders.renameTo', name)}
          value={title}
          maxLength={80}
          onChange={(e) => setTitle(e.target.value)}
          data-testid="column-title"
        />
        <button type="submit" className="secondary small">
          {t('stakeholders.rename')}
        </button>
      </form>
      <div className="button-row">
        <button
          type="button"
          className="secondary small"
          disabled={index === 0}
          aria-label={t('stakeholders.moveLeft', name)}
          onClick={() => void run(() => commands.changeColumn(column.id, { index: index - 1 }))}
        >
          ←
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={index === count - 1}
          aria-label={t('stakeholders.moveRight', name)}
          data-testid="column-right"
          onClick={() => void run(() => commands.changeColumn(column.id, { index: index + 1 }))}
        >
          →
        </button>
        <button
          type="button"
          className="secondary small danger"
          onClick={() => {
            if (window.confirm(t('stakeholders.confirmRemoveColumn', name)))
              void run(() => commands.removeColumn(column.id));
          }}
        >
          {t('stakeholders.removeColumn', name)}
        </button>
      </div>
    </details>
  );
}
