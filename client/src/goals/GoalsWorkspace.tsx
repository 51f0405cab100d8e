// The goal system editor. The tree and the planning matrix are two views of
// the same goals (shared texts, so both can be edited at once by several
// people). Reorder and re-parent by drag and drop or by keyboard; undo and
// redo cover this person's changes. Hints point out gaps; a consent round
// lets everyone mark formulations green, blue or red; resolutions record
// the result.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import * as Y from 'yjs';
import {
  flattenTree,
  goalHints,
  goalsMap,
  moveGoal,
  planningMatrix,
  planningMatrixToCsv,
  planningMatrixToMarkdown,
  type Case,
  type MatrixLabels,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { useCommand } from '../app/useCommand';
import { ErrorAlert } from '../ui/ErrorAlert';
import { download, slug } from '../ui/download';
import { ImportedMark } from '../ui/ImportedMark';
import { useGoalTree, useRounds, useThemes } from '../sync/useDomain';
import { GoalsContext, type GoalsState } from './goalsContext';
import { useChainList, useChainsDoc } from '../sync/useChains';
import { AddGoalForm, GoalItem } from './GoalItem';
import { ConsentBar } from './Consent';
import { MatrixView } from './MatrixView';
import { TrailPanel } from './TrailPanel';
import { goalDrop } from './goalDrop';
import { DndList } from '../ui/dnd';

/** This person's undo and redo of the goal system, with the stack sizes for the buttons. */
function useGoalUndo(board: Y.Doc) {
  const undo = useMemo(() => new Y.UndoManager(goalsMap(board), { captureTimeout: 400 }), [board]);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });
  useEffect(() => {
    const update = () => setStacks({ undo: undo.undoStack.length, redo: undo.redoStack.length });
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    return () => undo.destroy();
  }, [undo]);
  // Each structural change (add, move, delete, actors) is its own undo step; typing is grouped.
  const step = (fn: () => void) => {
    undo.stopCapturing();
    fn();
    undo.stopCapturing();
  };
  return { undo, stacks, step };
}

export function GoalsWorkspace({ cases, organisations }: { cases: Case[]; organisations: string[] }) {
  const { t } = useTranslation();
  const { workshop, control, readOnly, token } = useWorkshop();
  const board = useBoardConnection().doc;
  const tree = useGoalTree(board);
  const themes = useThemes(board);
  const { rounds, resolutions } = useRounds(control.doc);
  const [view, setView] = useState<'tree' | 'matrix'>('tree');
  const { run, error } = useCommand();
  const [forConsent, setForConsent] = useState<string[]>([]);
  const [trailOf, setTrailOf] = useState<string | null>(null);
  const { undo, stacks, step } = useGoalUndo(board);
  const hints = useMemo(() => (tree ? goalHints(board) : []), [board, tree]);
  const consent = [...rounds].reverse().find((r) => r.kind === 'consent') ?? null;
  const generative = themes.filter((th) => th.generative);
  const all = flattenTree(tree);
  // The service chains of this workshop's body: which of them carry out each activity.
  const chainList = useChainList(useChainsDoc(workshop.id, token));
  const chainUses = useMemo(() => {
    const uses = new Map<string, string[]>();
    for (const c of chainList ?? [])
      for (const n of c.nodes)
        if (n.activity?.workshopId === workshop.id)
          uses.set(n.activity.goalId, [...new Set([...(uses.get(n.activity.goalId) ?? []), c.title])]);
    return uses;
  }, [chainList, workshop.id]);
  const matrixLabels: MatrixLabels = t('goals.matrixLabels', { returnObjects: true });
  const goals: GoalsState = {
    hints,
    generative,
    organisations,
    all,
    consent,
    forConsent,
    setForConsent,
    setTrailOf,
    run,
    step,
    chainUses,
  };

  return (
    <GoalsContext.Provider value={goals}>
      <div className="workspace goals-workspace" data-testid="goals-workspace">
        <div className="goals-toolbar">
          <div className="view-switch" role="group" aria-label={t('goals.view')}>
            {(['tree', 'matrix'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setView(v)}
                data-testid={`goals-${v}`}
              >
                {t(`goals.${v}`)}
              </button>
            ))}
          </div>
          {!readOnly && (
            <>
              <button type="button" className="secondary" disabled={!stacks.undo} onClick={() => undo.undo()}>
                {t('goals.undo')}
              </button>
              <button type="button" className="secondary" disabled={!stacks.redo} onClick={() => undo.redo()}>
                {t('goals.redo')}
              </button>
            </>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() =>
              download(
                `${slug(matrixLabels.title)}-${slug(workshop.name)}.csv`,
                planningMatrixToCsv(planningMatrix(board), matrixLabels),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('goals.exportCsv')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              download(
                `${slug(matrixLabels.title)}-${slug(workshop.name)}.md`,
                planningMatrixToMarkdown(planningMatrix(board), matrixLabels),
                'text/markdown;charset=utf-8',
              )
            }
          >
            {t('goals.exportMd')}
          </button>
        </div>
        <ErrorAlert code={error} />
        <ConsentBar round={consent} />
        {!tree ? (
          <section className="panel">
            <p>{t('goals.empty')}</p>
            {!readOnly && <AddGoalForm level="overall" parentId={null} />}
          </section>
        ) : view === 'tree' ? (
          <DndList
            describe={(id) => {
              const g = all.find((x) => x.id === id);
              return g ? `${g.number ? `${g.number} ` : ''}${t(`goals.levels.${g.level}`)}: ${g.text}` : '';
            }}
            onDrop={(dragged, target) => {
              const move = goalDrop(all, dragged, target);
              if (move) step(() => moveGoal(board, dragged, move.parentId, move.index));
            }}
          >
            <ul className="goal-tree" data-testid="goal-tree">
              <GoalItem node={tree} index={0} siblings={1} />
            </ul>
          </DndList>
        ) : (
          <MatrixView nodes={all} labels={matrixLabels} />
        )}
        {trailOf && (
          <TrailPanel
            goalId={trailOf}
            cases={cases}
            onClose={() => setTrailOf(null)}
            number={all.find((g) => g.id === trailOf)?.number ?? ''}
          />
        )}
        {resolutions.length > 0 && (
          <section className="panel" data-testid="resolutions">
            <h2>{t('goals.consent.resolutions')}</h2>
            <ul className="plain-list">
              {resolutions.map((r) => (
                <li key={r.id}>
                  {r.text}
                  {r.tally && <span className="muted small"> ({t('goals.consent.tally', r.tally)})</span>}
                  <ImportedMark mark={r.imported} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </GoalsContext.Provider>
  );
}
