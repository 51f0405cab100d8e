// One goal in the tree with its children: text, hints, details, consent,
// moving (drag and drop by its handle — mouse, finger or keyboard, see
// goalDrop.ts — buttons, new parent), deleting and adding below.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import {
  addGoal,
  deleteGoal,
  flaggedForRework,
  goalText,
  moveGoal,
  parentLevelOf,
  type GoalLevel,
  type GoalNode,
} from '@nws/shared';
import { useBoardConnection, useWorkshop } from '../app/WorkshopProvider';
import { CollabTextarea } from '../ui/CollabTextarea';
import { useGoals } from './goalsContext';
import { ActorsInput } from './ActorsInput';
import { ConsentControls } from './Consent';
import { DragHandle, useDropTarget } from '../ui/dnd';

const childLevel: Record<GoalLevel, GoalLevel | null> = {
  overall: 'framework',
  framework: 'result',
  result: 'activity',
  activity: null,
};

export function AddGoalForm({ level, parentId }: { level: GoalLevel; parentId: string | null }) {
  const { t } = useTranslation();
  const goals = useGoals();
  const board = useBoardConnection().doc;
  const [themeId, setThemeId] = useState('');
  const canUseTheme = (level === 'framework' || level === 'result') && goals.generative.length > 0;
  return (
    <span className="inline-form add-goal">
      {canUseTheme && (
        <select
          value={themeId}
          onChange={(e) => setThemeId(e.target.value)}
          aria-label={`${t(`goals.add.${level}`)}: ${t('goals.fromTheme')}`}
        >
          <option value="">{t('goals.noTheme')}</option>
          {goals.generative.map((th) => (
            <option key={th.id} value={th.id}>
              {t('goals.fromTheme')}: {th.title}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="small"
        onClick={() => {
          const theme = goals.generative.find((th) => th.id === themeId);
          goals.step(() => addGoal(board, { level, parentId, text: theme?.title ?? '', themeId: theme?.id ?? null }));
          setThemeId('');
        }}
      >
        {level === 'overall' ? t('goals.addOverall') : t(`goals.add.${level}`)}
      </button>
    </span>
  );
}

export function GoalItem({ node, index, siblings }: { node: GoalNode; index: number; siblings: number }) {
  const { t } = useTranslation();
  const goals = useGoals();
  const { readOnly, isModerator: moderator } = useWorkshop();
  const board = useBoardConnection().doc;
  const drop = useDropTarget(node.id, readOnly);
  const label = node.number ? `${node.number} ` : '';
  const levelName = t(`goals.levels.${node.level}`);
  const myHints = goals.hints.filter((h) => h.goalId === node.id);
  const next = childLevel[node.level];
  const parents = node.level === 'overall' ? [] : goals.all.filter((g) => g.level === parentLevelOf[node.level]);
  const tally = goals.consent?.status === 'closed' ? goals.consent.consent?.[node.id] : undefined;
  const flagged = tally && goals.consent?.consent ? flaggedForRework({ [node.id]: tally }).length > 0 : false;
  return (
    <li
      className={`goal goal-${node.level} ${flagged ? 'flagged' : ''}`}
      data-testid="goal"
      data-level={node.level}
      data-number={node.number}
    >
      <div ref={drop.ref} className={`goal-card ${drop.isOver ? 'drop-over' : ''}`}>
        <div className="goal-head">
          <DragHandle
            id={node.id}
            label={t('goals.drag', { goal: `${label}${levelName}` })}
            disabled={readOnly || node.level === 'overall'}
          />
          <span className="goal-number" data-testid="goal-number">
            {label}
          </span>
          <span className="goal-level">{levelName}</span>
          {moderator && !readOnly && node.level !== 'activity' && goals.consent?.status !== 'open' && (
            <label className="radio small">
              <input
                type="checkbox"
                checked={goals.forConsent.includes(node.id)}
                onChange={(e) =>
                  goals.setForConsent(
                    e.target.checked ? [...goals.forConsent, node.id] : goals.forConsent.filter((x) => x !== node.id),
                  )
                }
              />
              {t('goals.consent.select', { number: label.trim() || levelName })}
            </label>
          )}
        </div>
        <CollabTextarea
          text={goalText(board, node.id, 'text')}
          label={`${t('goals.text')} ${label}${levelName}`}
          readOnly={readOnly}
          rows={2}
          testId="goal-text"
        />
        {myHints.length > 0 && (
          <ul className="hints" aria-label={t('goals.hintsTitle')}>
            {myHints.map((h) => (
              <li key={h.kind} data-hint={h.kind}>
                ⚠ {t(`goals.hints.${h.kind}`)}
              </li>
            ))}
          </ul>
        )}
        {node.level === 'activity' && <ActorsInput node={node} />}
        {node.level === 'activity' && (goals.chainUses.get(node.id)?.length ?? 0) > 0 && (
          <p className="muted small" data-testid="goal-chains">
            {t('goals.inChains', { chains: goals.chainUses.get(node.id)!.join(', ') })}
          </p>
        )}
        {node.level !== 'activity' && (
          <details className="goal-details">
            <summary>{t('goals.details')}</summary>
            {(['indicators', 'sources', 'assumptions'] as const).map((f) => (
              <label key={f} className="field">
                <span>{t(`goals.${f}`)}</span>
                <CollabTextarea
                  text={goalText(board, node.id, f)}
                  label={`${t(`goals.${f}`)} ${label}`}
                  readOnly={readOnly}
                  rows={2}
                />
              </label>
            ))}
          </details>
        )}
        <ConsentControls node={node} tally={tally} flagged={flagged} />
        <div className="card-actions">
          <button type="button" className="small secondary" onClick={() => goals.setTrailOf(node.id)}>
            {t('goals.trail')}
          </button>
          {!readOnly && node.level !== 'overall' && (
            <>
              <button
                type="button"
                className="icon"
                aria-label={`${t('goals.up')}: ${label}`}
                disabled={index === 0}
                onClick={() => goals.step(() => moveGoal(board, node.id, node.parentId, index - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon"
                aria-label={`${t('goals.down')}: ${label}`}
                disabled={index >= siblings - 1}
                onClick={() => goals.step(() => moveGoal(board, node.id, node.parentId, index + 1))}
              >
                ↓
              </button>
              {parents.length > 1 && (
                <select
                  aria-label={`${t('goals.moveTo')}: ${label}`}
                  value={node.parentId ?? ''}
                  onChange={(e) => goals.step(() => moveGoal(board, node.id, e.target.value, 999))}
                >
                  {parents.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('goals.moveTo')} {p.number} {p.text.slice(0, 40)}
                    </option>
                  ))}
                </select>
              )}
            </>
          )}
          {!readOnly && (
            <button
              type="button"
              className="small danger"
              onClick={() => window.confirm(t('goals.deleteConfirm')) && goals.step(() => deleteGoal(board, node.id))}
            >
              {t('goals.delete')}
            </button>
          )}
          {!readOnly && next && <AddGoalForm level={next} parentId={node.id} />}
        </div>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <GoalItem key={c.id} node={c} index={i} siblings={node.children.length} />
          ))}
        </ul>
      )}
    </li>
  );
}
