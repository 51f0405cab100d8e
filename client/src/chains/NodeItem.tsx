// One element of a chain in the structured editor: its kind, its text (a
// shared text everyone types into), its lane, the goal-system activity it
// carries out, a hand-over's details, and the connections out of it — chosen
// from menus, so the whole chain can be built by keyboard, also on a phone.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { chainNodeKinds, chainText, chainTextKey, type Chain, type ChainNode, type ChainNodeKind } from '@nws/shared';
import { CollabTextarea } from '../ui/CollabTextarea';
import type { ChainRun } from './api';

/** A chain's lanes as the options of a menu: by id (where a node goes) or by name (who leads a hand-over). */
export const laneOptions = (chain: Chain, value: 'id' | 'organisation') =>
  chain.lanes.map((l) => (
    <option key={l.id} value={l[value]}>
      {l.organisation}
    </option>
  ));

export interface Activity {
  id: string;
  text: string;
  /** The result goal it serves. */
  goal: string;
}

interface Props {
  doc: Y.Doc;
  chain: Chain;
  node: ChainNode;
  workshopId: string;
  activities: Activity[];
  run: ChainRun;
}

export function NodeItem({ doc, chain, node, workshopId, activities, run }: Props) {
  const { t } = useTranslation();
  const [next, setNext] = useState('');
  const name = (n: ChainNode) => n.text.trim() || t('chains.untitled');
  const text = { text: name(node) };
  const lane = chain.lanes.find((l) => l.id === node.laneId);
  const out = chain.edges.filter((e) => e.from === node.id);
  const targets = chain.nodes.filter((n) => n.id !== node.id && n.kind !== 'start' && !out.some((e) => e.to === n.id));
  const linked =
    node.activity?.workshopId === workshopId ? activities.find((a) => a.id === node.activity!.goalId) : null;
  const op = { chainId: chain.id, nodeId: node.id };
  return (
    <li
      className={`chain-node chain-node-${node.kind}`}
      data-testid="chain-node"
      data-kind={node.kind}
      data-text={node.text}
    >
      <div className="chain-node-head">
        <select
          aria-label={t('chains.kindOf', text)}
          value={node.kind}
          onChange={(e) => void run({ op: 'setKind', ...op, kind: e.target.value as ChainNodeKind })}
        >
          {chainNodeKinds.map((k) => (
            <option key={k} value={k}>
              {t(`chains.kinds.${k}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('chains.laneOf', text)}
          value={node.laneId}
          onChange={(e) => void run({ op: 'moveNode', ...op, laneId: e.target.value })}
        >
          {laneOptions(chain, 'id')}
        </select>
        <button
          type="button"
          className="secondary small"
          aria-label={t('chains.removeNode', text)}
          title={t('chains.removeNode', text)}
          onClick={() => void run({ op: 'removeNode', ...op })}
        >
          ✕
        </button>
      </div>
      <CollabTextarea
        text={chainText(doc, chainTextKey.node(chain.id, node.id))}
        label={t('chains.nodeText', { kind: t(`chains.kinds.${node.kind}`), org: lane?.organisation ?? '' })}
        rows={2}
        testId="chain-node-text"
      />
      {node.kind === 'step' && (
        <label className="field small">
          <span>{t('chains.activityOf', text)}</span>
          <select
            value={linked?.id ?? ''}
            onChange={(e) =>
              void run({
                op: 'linkActivity',
                ...op,
                activity: e.target.value ? { workshopId, goalId: e.target.value } : null,
              })
            }
          >
            <option value="">{t('chains.noActivity')}</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.text}
              </option>
            ))}
          </select>
          {linked && <span className="muted small">{t('chains.serves', { goal: linked.goal })}</span>}
        </label>
      )}
      {node.kind === 'handover' && <Handover doc={doc} chain={chain} node={node} run={run} />}
      {out.length > 0 && (
        <ul className="chain-edges">
          {out.map((e) => {
            const to = chain.nodes.find((n) => n.id === e.to);
            const target = { text: to ? name(to) : '?' };
            return (
              <li key={e.id} data-testid="chain-edge">
                → {target.text}
                {node.kind === 'decision' && (
                  <input
                    aria-label={t('chains.edgeLabel', target)}
                    defaultValue={e.label}
                    maxLength={80}
                    onBlur={(ev) =>
                      ev.target.value !== e.label &&
                      void run({ op: 'changeEdge', chainId: chain.id, edgeId: e.id, label: ev.target.value })
                    }
                  />
                )}
                <label className="check small">
                  <input
                    type="checkbox"
                    checked={e.interlocked}
                    aria-label={t('chains.interlockedOf', target)}
                    onChange={(ev) =>
                      void run({ op: 'changeEdge', chainId: chain.id, edgeId: e.id, interlocked: ev.target.checked })
                    }
                  />
                  {t('chains.interlocked')}
                </label>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('chains.removeEdge', target)}
                  title={t('chains.removeEdge', target)}
                  onClick={() => void run({ op: 'removeEdge', chainId: chain.id, edgeId: e.id })}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {node.kind !== 'end' && targets.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const to = next || targets[0]!.id;
            void run({ op: 'addEdge', chainId: chain.id, from: node.id, to }).then(() => setNext(''));
          }}
        >
          <label className="small">
            {t('chains.next')}{' '}
            <select aria-label={t('chains.nextOf', text)} value={next} onChange={(e) => setNext(e.target.value)}>
              {targets.map((n) => (
                <option key={n.id} value={n.id}>
                  {name(n)} ({chain.lanes.find((l) => l.id === n.laneId)?.organisation})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="secondary small" data-testid="chain-connect">
            {t('chains.connect')}
          </button>
        </form>
      )}
    </li>
  );
}

function Handover({ doc, chain, node, run }: Omit<Props, 'activities' | 'workshopId'>) {
  const { t } = useTranslation();
  return (
    <div className="chain-handover">
      <CollabTextarea text={chainText(doc, chainTextKey.what(chain.id, node.id))} label={t('chains.what')} rows={2} />
      <CollabTextarea
        text={chainText(doc, chainTextKey.standard(chain.id, node.id))}
        label={t('chains.standard')}
        rows={2}
      />
      <label className="field small">
        <span>{t('chains.lead')}</span>
        <select
          value={node.handover?.lead ?? ''}
          onChange={(e) => void run({ op: 'setLead', chainId: chain.id, nodeId: node.id, lead: e.target.value })}
        >
          <option value="">—</option>
          {laneOptions(chain, 'organisation')}
        </select>
      </label>
    </div>
  );
}
