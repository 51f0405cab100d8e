// The goal system editor. The tree and the planning matrix are two views of
// the same goals (shared texts, so both can be edited at once by several
// people). Reorder and re-parent by drag and drop or by keyboard; undo and
// redo cover this person's changes. Hints point out gaps; a consent round
// lets everyone mark formulations green, blue or red; resolutions record
// the result.
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import {
  addGoal,
  deleteGoal,
  flaggedForRework,
  flattenTree,
  goalHints,
  goalsMap,
  goalText,
  moveGoal,
  parentLevelOf,
  planningMatrix,
  planningMatrixToCsv,
  planningMatrixToMarkdown,
  provenanceTrail,
  setActors,
  type Case,
  type ConsentMark,
  type GoalHint,
  type GoalLevel,
  type GoalNode,
  type MatrixLabels,
  type Round,
  type Theme,
} from '@nws/shared';
import { api, ApiError } from '../api';
import { CollabTextarea } from '../ui/CollabTextarea';
import { errorText } from '../ui/ErrorPage';
import { download, slug } from '../ui/download';
import { useGoalTree, useRounds, useThemes } from '../sync/useDomain';

interface Props {
  workshopId: string;
  token: string;
  board: Y.Doc;
  control: Y.Doc;
  cases: Case[];
  role: 'moderator' | 'participant' | 'screen';
  organisations: string[];
  workshopName: string;
}

const childLevel: Record<GoalLevel, GoalLevel | null> = { overall: 'framework', framework: 'result', result: 'activity', activity: null };
const DRAG = 'text/x-nws-goal';

export function GoalsWorkspace({ workshopId, token, board, control, cases, role, organisations, workshopName }: Props) {
  const { t } = useTranslation();
  const tree = useGoalTree(board);
  const themes = useThemes(board);
  const { rounds, resolutions } = useRounds(control);
  const [view, setView] = useState<'tree' | 'matrix'>('tree');
  const [error, setError] = useState<string | null>(null);
  const [forConsent, setForConsent] = useState<string[]>([]);
  const [trailOf, setTrailOf] = useState<string | null>(null);
  const readOnly = role === 'screen';
  const moderator = role === 'moderator';
  const undo = useMemo(() => new Y.UndoManager(goalsMap(board), { captureTimeout: 400 }), [board]);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });
  useEffect(() => {
    const update = () => setStacks({ undo: undo.undoStack.length, redo: undo.redoStack.length });
    undo.on('stack-item-added', update);
    undo.on('stack-item-popped', update);
    return () => undo.destroy();
  }, [undo]);
  const hints = useMemo(() => (tree ? goalHints(board) : []), [board, tree]);
  const consent = [...rounds].reverse().find((r) => r.kind === 'consent') ?? null;
  const generative = themes.filter((th) => th.generative);
  const all = flattenTree(tree);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'network');
    }
  };
  const matrixLabels = t('goals.matrixLabels', { returnObjects: true }) as MatrixLabels;
  // Each structural change (add, move, delete, actors) is its own undo step; typing is grouped.
  const step = (fn: () => void) => {
    undo.stopCapturing();
    fn();
    undo.stopCapturing();
  };
  const ctx: ItemCtx = { board, readOnly, moderator, role, hints, generative, organisations, all, consent, forConsent, setForConsent, setTrailOf, workshopId, token, act, step };

  return (
    <div className="workspace goals-workspace" data-testid="goals-workspace">
      <div className="goals-toolbar">
        <div className="view-switch" role="group" aria-label={t('goals.view')}>
          {(['tree', 'matrix'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`goals-${v}`}>
              {t(`goals.${v}`)}
            </button>
          ))}
        </div>
        {!readOnly && (
          <>
            <button type="button" className="secondary" disabled={!stacks.undo} onClick={() => undo.undo()}>{t('goals.undo')}</button>
            <button type="button" className="secondary" disabled={!stacks.redo} onClick={() => undo.redo()}>{t('goals.redo')}</button>
          </>
        )}
        <button type="button" className="secondary" onClick={() => download(`${slug(matrixLabels.title)}-${slug(workshopName)}.csv`, '\ufeff' + planningMatrixToCsv(planningMatrix(board), matrixLabels), 'text/csv;charset=utf-8')}>
          {t('goals.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => download(`${slug(matrixLabels.title)}-${slug(workshopName)}.md`, planningMatrixToMarkdown(planningMatrix(board), matrixLabels), 'text/markdown;charset=utf-8')}>
          {t('goals.exportMd')}
        </button>
      </div>
      {error && <p role="alert" className="error">{errorText(t, error)}</p>}
      <ConsentBar round={consent} ctx={ctx} />
      {!tree ? (
        <section className="panel">
          <p>{t('goals.empty')}</p>
          {!readOnly && <AddGoalForm level="overall" parentId={null} ctx={ctx} />}
        </section>
      ) : view === 'tree' ? (
        <ul className="goal-tree" data-testid="goal-tree">
          <GoalItem node={tree} ctx={ctx} index={0} siblings={1} />
        </ul>
      ) : (
        <MatrixView nodes={all} ctx={ctx} labels={matrixLabels} />
      )}
      {trailOf && <TrailPanel board={board} goalId={trailOf} cases={cases} onClose={() => setTrailOf(null)} number={all.find((g) => g.id === trailOf)?.number ?? ''} />}
      {resolutions.length > 0 && (
        <section className="panel" data-testid="resolutions">
          <h2>{t('goals.consent.resolutions')}</h2>
          <ul className="plain-list">
            {resolutions.map((r) => (
              <li key={r.id}>
                {r.text}
                {r.tally && <span className="muted small"> ({t('goals.consent.tally', r.tally)})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

interface ItemCtx {
  board: Y.Doc;
  readOnly: boolean;
  moderator: boolean;
  role: string;
  hints: GoalHint[];
  generative: Theme[];
  organisations: string[];
  all: GoalNode[];
  consent: Round | null;
  forConsent: string[];
  setForConsent: (ids: string[]) => void;
  setTrailOf: (id: string) => void;
  workshopId: string;
  token: string;
  act: (fn: () => Promise<unknown>) => Promise<void>;
  /** Runs a structural change as one undo step. */
  step: (fn: () => void) => void;
}

function ConsentBar({ round, ctx }: { round: Round | null; ctx: ItemCtx }) {
  const { t } = useTranslation();
  const open = round?.status === 'open';
  if (ctx.moderator && !open && ctx.forConsent.length > 0) {
    return (
      <p className="panel consent-bar">
        <button type="button" onClick={() => ctx.act(async () => { await api.openRound(ctx.workshopId, ctx.token, { kind: 'consent', title: t('goals.consent.title'), itemIds: ctx.forConsent }); ctx.setForConsent([]); })}>
          {t('goals.consent.start', { count: ctx.forConsent.length })}
        </button>
      </p>
    );
  }
  if (!open || !round) return null;
  return (
    <p className="panel consent-bar" role="status" data-testid="consent-open">
      {t('goals.consent.open', { voters: round.voters })}{' '}
      {ctx.moderator && (
        <button type="button" onClick={() => ctx.act(() => api.closeRound(ctx.workshopId, ctx.token, round.id))}>{t('goals.consent.close')}</button>
      )}
    </p>
  );
}

function AddGoalForm({ level, parentId, ctx }: { level: GoalLevel; parentId: string | null; ctx: ItemCtx }) {
  const { t } = useTranslation();
  const [themeId, setThemeId] = useState('');
  const canUseTheme = (level === 'framework' || level === 'result') && ctx.generative.length > 0;
  return (
    <span className="inline-form add-goal">
      {canUseTheme && (
        <select value={themeId} onChange={(e) => setThemeId(e.target.value)} aria-label={`${t(`goals.add.${level}` as 'goals.add.framework')}: ${t('goals.fromTheme')}`}>
          <option value="">{t('goals.noTheme')}</option>
          {ctx.generative.map((th) => (
            <option key={th.id} value={th.id}>{t('goals.fromTheme')}: {th.title}</option>
          ))}
        </select>
      )}
      <button
        type="button"
        className="small"
        onClick={() => {
          const theme = ctx.generative.find((th) => th.id === themeId);
          ctx.step(() => addGoal(ctx.board, { level, parentId, text: theme?.title ?? '', themeId: theme?.id ?? null }));
          setThemeId('');
        }}
      >
        {level === 'overall' ? t('goals.addOverall') : t(`goals.add.${level}` as 'goals.add.framework')}
      </button>
    </span>
  );
}

function GoalItem({ node, ctx, index, siblings }: { node: GoalNode; ctx: ItemCtx; index: number; siblings: number }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const label = node.number ? `${node.number} ` : '';
  const levelName = t(`goals.levels.${node.level}`);
  const myHints = ctx.hints.filter((h) => h.goalId === node.id);
  const next = childLevel[node.level];
  const parents = node.level === 'overall' ? [] : ctx.all.filter((g) => g.level === parentLevelOf[node.level]);
  const tally = ctx.consent?.status === 'closed' ? ctx.consent.consent?.[node.id] : undefined;
  const flagged = tally && ctx.consent?.consent ? flaggedForRework({ [node.id]: tally }).length > 0 : false;
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const id = e.dataTransfer.getData(DRAG);
    const moving = ctx.all.find((g) => g.id === id);
    if (!moving || moving.id === node.id) return;
    try {
      if (moving.level === node.level) ctx.step(() => moveGoal(ctx.board, moving.id, node.parentId, index));
      else if (parentLevelOf[moving.level] === node.level) ctx.step(() => moveGoal(ctx.board, moving.id, node.id, 999));
    } catch {
      /* not a valid place for this goal: nothing changes */
    }
  };
  return (
    <li className={`goal goal-${node.level} ${over ? 'drop-over' : ''} ${flagged ? 'flagged' : ''}`} data-testid="goal" data-level={node.level} data-number={node.number}>
      <div
        className="goal-card"
        draggable={!ctx.readOnly && node.level !== 'overall'}
        onDragStart={(e) => e.dataTransfer.setData(DRAG, node.id)}
        onDragOver={(e) => {
          if (!ctx.readOnly) {
            e.preventDefault();
            setOver(true);
          }
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <div className="goal-head">
          <span className="goal-number" data-testid="goal-number">{label}</span>
          <span className="goal-level">{levelName}</span>
          {ctx.moderator && !ctx.readOnly && node.level !== 'activity' && ctx.consent?.status !== 'open' && (
            <label className="radio small">
              <input
                type="checkbox"
                checked={ctx.forConsent.includes(node.id)}
                onChange={(e) => ctx.setForConsent(e.target.checked ? [...ctx.forConsent, node.id] : ctx.forConsent.filter((x) => x !== node.id))}
              />
              {t('goals.consent.select', { number: label.trim() || levelName })}
            </label>
          )}
        </div>
        <CollabTextarea text={goalText(ctx.board, node.id, 'text')} label={`${t('goals.text')} ${label}${levelName}`} readOnly={ctx.readOnly} rows={2} testId="goal-text" />
        {myHints.length > 0 && (
          <ul className="hints" aria-label={t('goals.hintsTitle')}>
            {myHints.map((h) => (
              <li key={h.kind} data-hint={h.kind}>⚠ {t(`goals.hints.${h.kind}`)}</li>
            ))}
          </ul>
        )}
        {node.level === 'activity' && <ActorsInput node={node} ctx={ctx} />}
        {node.level !== 'activity' && (
          <details className="goal-details">
            <summary>{t('goals.details')}</summary>
            {(['indicators', 'sources', 'assumptions'] as const).map((f) => (
              <label key={f} className="field">
                <span>{t(`goals.${f}`)}</span>
                <CollabTextarea text={goalText(ctx.board, node.id, f)} label={`${t(`goals.${f}`)} ${label}`} readOnly={ctx.readOnly} rows={2} />
              </label>
            ))}
          </details>
        )}
        <ConsentControls node={node} ctx={ctx} tally={tally} flagged={flagged} />
        <div className="card-actions">
          <button type="button" className="small secondary" onClick={() => ctx.setTrailOf(node.id)}>{t('goals.trail')}</button>
          {!ctx.readOnly && node.level !== 'overall' && (
            <>
              <button type="button" className="icon" aria-label={`${t('goals.up')}: ${label}`} disabled={index === 0} onClick={() => ctx.step(() => moveGoal(ctx.board, node.id, node.parentId, index - 1))}>↑</button>
              <button type="button" className="icon" aria-label={`${t('goals.down')}: ${label}`} disabled={index >= siblings - 1} onClick={() => ctx.step(() => moveGoal(ctx.board, node.id, node.parentId, index + 2))}>↓</button>
              {parents.length > 1 && (
                <select aria-label={`${t('goals.moveTo')}: ${label}`} value={node.parentId ?? ''} onChange={(e) => ctx.step(() => moveGoal(ctx.board, node.id, e.target.value, 999))}>
                  {parents.map((p) => (
                    <option key={p.id} value={p.id}>{t('goals.moveTo')} {p.number} {p.text.slice(0, 40)}</option>
                  ))}
                </select>
              )}
            </>
          )}
          {!ctx.readOnly && (
            <button type="button" className="small danger" onClick={() => window.confirm(t('goals.deleteConfirm')) && ctx.step(() => deleteGoal(ctx.board, node.id))}>{t('goals.delete')}</button>
          )}
          {!ctx.readOnly && next && <AddGoalForm level={next} parentId={node.id} ctx={ctx} />}
        </div>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c, i) => (
            <GoalItem key={c.id} node={c} ctx={ctx} index={i} siblings={node.children.length} />
          ))}
        </ul>
      )}
    </li>
  );
}

function ActorsInput({ node, ctx }: { node: GoalNode; ctx: ItemCtx }) {
  const { t } = useTranslation();
  const listId = `orgs-${node.id}`;
  return (
    <label className="field actors">
      <span>{t('goals.actors')}</span>
      <input
        key={node.actors.join('|')}
        defaultValue={node.actors.join(', ')}
        readOnly={ctx.readOnly}
        list={listId}
        aria-label={`${t('goals.actorsInput')} ${node.number}`}
        onBlur={(e) => {
          const next = e.target.value.split(',').map((s) => s.trim()).filter(Boolean);
          if (next.join('|') !== node.actors.join('|')) ctx.step(() => setActors(ctx.board, node.id, next));
        }}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      <datalist id={listId}>
        {ctx.organisations.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </label>
  );
}

function ConsentControls({ node, ctx, tally, flagged }: { node: GoalNode; ctx: ItemCtx; tally?: { green: number; blue: number; red: number }; flagged: boolean }) {
  const { t } = useTranslation();
  const round = ctx.consent;
  const [mark, setMark] = useState<ConsentMark | null>(null);
  const inRound = !!round && round.itemIds.includes(node.id);
  useEffect(() => {
    if (round?.status !== 'open' || ctx.role !== 'participant' || !inRound) return;
    api.myVotes(ctx.workshopId, ctx.token, round.id).then((r) => setMark((r.votes[node.id] as ConsentMark | undefined) ?? null), () => undefined);
  }, [round?.id, round?.status, ctx.role, inRound, ctx.workshopId, ctx.token, node.id]);
  if (!round || !inRound) return null;
  if (round.status === 'open') {
    if (ctx.role !== 'participant') return null;
    return (
      <fieldset className="consent-marks" data-testid="consent-marks">
        <legend>{t('goals.consent.yourMark', { number: node.number || t(`goals.levels.${node.level}`) })}</legend>
        {(['green', 'blue', 'red'] as const).map((m) => (
          <label key={m} className={`mark mark-${m}`}>
            <input
              type="radio"
              name={`mark-${node.id}`}
              checked={mark === m}
              onChange={() => {
                setMark(m);
                void ctx.act(async () => {
                  const all = await api.myVotes(ctx.workshopId, ctx.token, round.id);
                  await api.vote(ctx.workshopId, ctx.token, round.id, { marks: { ...(all.votes as Record<string, ConsentMark>), [node.id]: m } });
                });
              }}
            />
            {t(`goals.consent.marks.${m}`)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (!tally) return null;
  return (
    <p className="consent-tally" data-testid="consent-tally">
      {t('goals.consent.tally', tally)} {flagged && <strong className="rework">{t('goals.consent.rework')}</strong>}{' '}
      {ctx.moderator && !ctx.readOnly && (
        <button
          type="button"
          className="small"
          onClick={() => ctx.act(() => api.resolution(ctx.workshopId, ctx.token, { text: t('goals.consent.resolutionText', { number: node.number, text: node.text }).trim(), roundId: round.id, itemId: node.id }))}
        >
          {t('goals.consent.resolve')}
        </button>
      )}
    </p>
  );
}

function MatrixView({ nodes, ctx, labels }: { nodes: GoalNode[]; ctx: ItemCtx; labels: MatrixLabels }) {
  return (
    <div className="grid-scroll">
      <table className="planning-matrix" data-testid="planning-matrix">
        <thead>
          <tr>
            {[labels.level, labels.number, labels.text, labels.indicators, labels.sources, labels.assumptions, labels.actors].map((h) => (
              <th key={h} scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {nodes.map((g) => (
            <tr key={g.id} className={`matrix-${g.level}`} data-testid="matrix-row">
              <th scope="row">{labels.levels[g.level]}</th>
              <td>{g.number}</td>
              {(['text', 'indicators', 'sources', 'assumptions'] as const).map((f) => (
                <td key={f}>
                  <CollabTextarea text={goalText(ctx.board, g.id, f)} label={`${labels[f]} ${g.number || labels.levels[g.level]}`} readOnly={ctx.readOnly} rows={2} />
                </td>
              ))}
              <td>{g.level === 'activity' ? <ActorsInput node={g} ctx={ctx} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TrailPanel({ board, goalId, cases, onClose, number }: { board: Y.Doc; goalId: string; cases: Case[]; onClose: () => void; number: string }) {
  const { t } = useTranslation();
  const trail = provenanceTrail(board, goalId);
  const caseTitle = (id: string) => cases.find((c) => c.id === id)?.title ?? '?';
  return (
    <section className="panel trail" role="dialog" aria-label={t('goals.trailTitle', { number })} data-testid="trail">
      <h2>{t('goals.trailTitle', { number })}</h2>
      {trail.themes.length === 0 ? (
        <p>{t('goals.noTrail')}</p>
      ) : (
        <dl>
          <dt>{t('goals.trailThemes')}</dt>
          <dd>{trail.themes.map((th) => th.title).join(' ← ')}</dd>
          <dt>{t('goals.trailClusters')}</dt>
          <dd>{trail.clusters.map((c) => c.name).join(', ') || '—'}</dd>
          <dt>{t('goals.trailCards')}</dt>
          <dd>{trail.cards.map((c) => c.text).join(', ') || '—'}</dd>
          <dt>{t('goals.trailCases')}</dt>
          <dd>{trail.caseIds.map(caseTitle).join(', ') || '—'}</dd>
        </dl>
      )}
      <button type="button" className="secondary" onClick={onClose}>{t('board.cancel')}</button>
    </section>
  );
}
