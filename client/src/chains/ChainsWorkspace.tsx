// The service chains of the workshop's body as one surface (its own chunk,
// with its texts and the layout library): choose or create a chain, its case
// constellation and cases, the diagram drawn from the data (live as anyone
// edits), what is still missing, the structured editor, the review against
// cases, exports; on the shared screen the diagram alone, large.
import './texts';
import './chains.css';
import { useMemo, useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { chainText, chainTextKey, flattenTree, validateChain, type Case, type Chain } from '@nws/shared';
import { useCommand } from '../app/useCommand';
import { useGoalTree } from '../sync/useDomain';
import { ErrorAlert } from '../ui/ErrorAlert';
import { CollabTextarea } from '../ui/CollabTextarea';
import { chainOp, type ChainRun } from './api';
import { ChainDiagram } from './ChainDiagram';
import { ChainEditor } from './ChainEditor';
import { ChainExports } from './ChainExports';
import { ChainReviews } from './ChainReviews';
import { useChainList, useChainsDoc } from '../sync/useChains';
import { useLegendLabels } from './legendLabels';

export interface ChainsProps {
  workshopId: string;
  token: string;
  board: Y.Doc;
  cases: Case[];
  organisations: string[];
  moderator: boolean;
  /** Read-only, the diagram large (the shared screen). */
  screen?: boolean;
  /** The chain the moderation put on the shared screen, if any. */
  focused?: string | null;
  screenSwitch?: { set: (chainId: string | null) => Promise<unknown> };
}

export default function ChainsWorkspace(props: ChainsProps) {
  const { workshopId, token, board, cases, moderator, screen = false, focused = null, screenSwitch } = props;
  const { t } = useTranslation();
  const conn = useChainsDoc(workshopId, token);
  const chains = useChainList(conn);
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const command = useCommand();
  const labels = useLegendLabels();
  const run: ChainRun = async (op) => {
    let made: string | null = null;
    await command.run(async () => {
      made = await chainOp(workshopId, token, op);
    });
    return made;
  };
  // Watched: the activities offered follow the goal system while the chains are open.
  const tree = useGoalTree(board);
  const activities = useMemo(() => {
    const goals = flattenTree(tree);
    return goals
      .filter((g) => g.level === 'activity')
      .map((g) => ({ id: g.id, text: g.text || g.number, goal: goals.find((p) => p.id === g.parentId)?.text ?? '' }));
  }, [tree]);
  if (!conn || !chains)
    return (
      <p className="panel" aria-busy="true">
        {t('chains.loading')}
      </p>
    );
  const chain: Chain | undefined =
    chains.find((c) => c.id === (screen ? focused : chosen)) ?? (screen && focused ? undefined : chains[0]);
  if (screen)
    return (
      <section className="chains-screen" data-testid="chains-screen">
        {(chain ? [chain] : chains).map((c) => (
          <div key={c.id}>
            <h2>{c.title}</h2>
            <ChainDiagram chain={c} labels={labels} />
          </div>
        ))}
      </section>
    );
  return (
    <section className="panel chains" aria-labelledby="chains-title" data-testid="chains">
      <h2 id="chains-title">{t('chains.title')}</h2>
      <p className="muted small">{t('chains.intro')}</p>
      <ErrorAlert code={command.error} />
      <div className="inline-form">
        {chains.length > 0 && (
          <label>
            {t('chains.choose')}{' '}
            <select value={chain?.id ?? ''} onChange={(e) => setChosen(e.target.value)} data-testid="chain-choose">
              {chains.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!title.trim()) return;
            void run({ op: 'createChain', title: title.trim() }).then((id) => {
              if (!id) return;
              setChosen(id);
              setTitle('');
            });
          }}
        >
          <input
            aria-label={t('chains.newTitle')}
            placeholder={t('chains.newTitle')}
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="chain-title"
          />
          <button type="submit" data-testid="create-chain">
            {t('chains.create')}
          </button>
        </form>
      </div>
      {!chain ? (
        <p>{t('chains.none')}</p>
      ) : (
        <div className="chain-body" data-testid="chain" data-chain={chain.id}>
          <h3>{chain.title}</h3>
          <label className="field">
            <span>{t('chains.constellation')}</span>
            <CollabTextarea
              text={chainText(conn.doc, chainTextKey.constellation(chain.id))}
              label={t('chains.constellation')}
              rows={2}
            />
          </label>
          <Problems chain={chain} />
          {/* Focusable: a wide diagram scrolls sideways, and keyboards must reach all of it. */}
          <div
            className="chain-diagram-wrap"
            data-testid="chain-diagram"
            role="region"
            aria-label={t('chains.diagramOf', { title: chain.title })}
            tabIndex={0}
          >
            <ChainDiagram chain={chain} labels={labels} />
          </div>
          <ChainExports chain={chain} labels={labels} />
          {moderator && screenSwitch && (
            <p className="button-row">
              <button
                type="button"
                className="secondary"
                aria-pressed={focused === chain.id}
                data-testid="chain-screen"
                onClick={() => void screenSwitch.set(focused === chain.id ? null : chain.id)}
              >
                {focused === chain.id ? t('chains.offScreen') : t('chains.onScreen')}
              </button>
              <button
                type="button"
                className="secondary danger"
                onClick={() => {
                  if (window.confirm(t('chains.confirmRemoveChain', { title: chain.title })))
                    void run({ op: 'removeChain', chainId: chain.id });
                }}
              >
                {t('chains.removeChain')}
              </button>
            </p>
          )}
          <ChainEditor
            doc={conn.doc}
            chain={chain}
            workshopId={workshopId}
            activities={activities}
            organisations={props.organisations}
            run={run}
          />
          <ChainReviews doc={conn.doc} chain={chain} cases={cases} run={run} />
        </div>
      )}
    </section>
  );
}

function Problems({ chain }: { chain: Chain }) {
  const { t } = useTranslation();
  const problems = validateChain(chain);
  if (problems.length === 0)
    return (
      <p className="chain-complete small" data-testid="chain-problems" data-ok="true">
        {t('chains.complete')}
      </p>
    );
  return (
    <ul className="chain-problems small" data-testid="chain-problems" data-ok="false">
      {problems.map((p) => (
        <li key={p.kind}>
          {p.kind === 'unreachable'
            ? t('chains.problems.unreachable', { count: p.nodeIds.length })
            : t(`chains.problems.${p.kind}`)}
        </li>
      ))}
    </ul>
  );
}
