// The structured editor of one chain, without a canvas: a section per lane
// (an organisation) with its elements as a list, a form to add an element to
// it, the lane's order and removal; a form for a new lane; and the goal
// system's activities to place into a lane as linked steps.
import { useState } from 'react';
import { useTranslation } from '../i18n';
import type * as Y from 'yjs';
import { chainNodeKinds, type Chain, type ChainLane, type ChainNodeKind } from '@nws/shared';
import type { ChainRun } from './api';
import { laneOptions, NodeItem, type Activity } from './NodeItem';

interface Props {
  doc: Y.Doc;
  chain: Chain;
  workshopId: string;
  activities: Activity[];
  /** Organisations to offer for new lanes (the workshop's people, the chain's lanes left out). */
  organisations: string[];
  run: ChainRun;
}

export function ChainEditor({ doc, chain, workshopId, activities, organisations, run }: Props) {
  const { t } = useTranslation();
  const [org, setOrg] = useState('');
  const listId = `chain-orgs-${chain.id}`;
  return (
    <div className="chain-editor" data-testid="chain-editor">
      <h3>{t('chains.lanes')}</h3>
      {chain.lanes.map((lane, i) => (
        <LaneSection
          key={lane.id}
          doc={doc}
          chain={chain}
          lane={lane}
          index={i}
          workshopId={workshopId}
          activities={activities}
          run={run}
        />
      ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (org.trim())
            void run({ op: 'addLane', chainId: chain.id, organisation: org.trim() }).then(() => setOrg(''));
        }}
      >
        <input
          aria-label={t('chains.laneOrg')}
          placeholder={t('chains.laneOrg')}
          list={listId}
          value={org}
          maxLength={120}
          onChange={(e) => setOrg(e.target.value)}
          data-testid="lane-org"
        />
        <datalist id={listId}>
          {organisations
            .filter((o) => !chain.lanes.some((l) => l.organisation.toLowerCase() === o.toLowerCase()))
            .map((o) => (
              <option key={o} value={o} />
            ))}
        </datalist>
        <button type="submit" className="secondary" data-testid="add-lane">
          {t('chains.addLane')}
        </button>
      </form>
      <ActivityList chain={chain} activities={activities} workshopId={workshopId} run={run} />
    </div>
  );
}

function LaneSection(props: {
  doc: Y.Doc;
  chain: Chain;
  lane: ChainLane;
  index: number;
  workshopId: string;
  activities: Activity[];
  run: ChainRun;
}) {
  const { doc, chain, lane, index, workshopId, activities, run } = props;
  const { t } = useTranslation();
  const [kind, setKind] = useState<ChainNodeKind>(chain.nodes.length === 0 ? 'start' : 'step');
  const [text, setText] = useState('');
  const named = { org: lane.organisation };
  const nodes = chain.nodes.filter((n) => n.laneId === lane.id);
  const hasStart = chain.nodes.some((n) => n.kind === 'start');
  return (
    <section
      className="chain-lane"
      aria-label={lane.organisation}
      data-testid="chain-lane"
      data-org={lane.organisation}
    >
      <header className="chain-lane-head">
        <h4>{lane.organisation}</h4>
        <button
          type="button"
          className="secondary small"
          disabled={index === 0}
          aria-label={t('chains.laneUp', named)}
          onClick={() => void run({ op: 'moveLane', chainId: chain.id, laneId: lane.id, index: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          className="secondary small"
          disabled={index === chain.lanes.length - 1}
          aria-label={t('chains.laneDown', named)}
          onClick={() => void run({ op: 'moveLane', chainId: chain.id, laneId: lane.id, index: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          className="secondary small"
          aria-label={t('chains.removeLane', named)}
          title={t('chains.removeLane', named)}
          onClick={() => {
            if (window.confirm(t('chains.confirmRemoveLane', named)))
              void run({ op: 'removeLane', chainId: chain.id, laneId: lane.id });
          }}
        >
          ✕
        </button>
      </header>
      <ol className="chain-nodes">
        {nodes.map((n) => (
          <NodeItem
            key={n.id}
            doc={doc}
            chain={chain}
            node={n}
            workshopId={workshopId}
            activities={activities}
            run={run}
          />
        ))}
      </ol>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run({ op: 'addNode', chainId: chain.id, laneId: lane.id, kind, text: text.trim() }).then(() => {
            setText('');
            if (kind === 'start') setKind('step');
          });
        }}
      >
        <select
          aria-label={t('chains.newKind', named)}
          value={kind}
          onChange={(e) => setKind(e.target.value as ChainNodeKind)}
        >
          {chainNodeKinds
            .filter((k) => k !== 'start' || !hasStart)
            .map((k) => (
              <option key={k} value={k}>
                {t(`chains.kinds.${k}`)}
              </option>
            ))}
        </select>
        <input
          aria-label={t('chains.newText', named)}
          placeholder={t('chains.newText', named)}
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
          data-testid="new-node-text"
        />
        <button type="submit" className="secondary small" data-testid="add-node">
          {t('chains.add')}
        </button>
      </form>
    </section>
  );
}

/** The goal system's activities, each placeable into a lane as a step linked to it. */
function ActivityList({ chain, activities, workshopId, run }: Omit<Props, 'doc' | 'organisations'>) {
  const { t } = useTranslation();
  const [lanes, setLanes] = useState<Record<string, string>>({});
  return (
    <section className="chain-activities" aria-labelledby={`activities-${chain.id}`} data-testid="chain-activities">
      <h3 id={`activities-${chain.id}`}>{t('chains.activities')}</h3>
      <p className="muted small">{t('chains.activitiesIntro')}</p>
      {activities.length === 0 ? (
        <p className="muted small">{t('chains.noActivities')}</p>
      ) : chain.lanes.length === 0 ? (
        <p className="muted small">{t('chains.noLanes')}</p>
      ) : (
        <ul className="plain-list">
          {activities.map((a) => (
            <li key={a.id} data-testid="chain-activity">
              <span>{a.text}</span> <span className="muted small">({t('chains.serves', { goal: a.goal })})</span>
              <span className="inline-form">
                <select
                  aria-label={t('chains.placeIn', { text: a.text })}
                  value={lanes[a.id] ?? chain.lanes[0]!.id}
                  onChange={(e) => setLanes({ ...lanes, [a.id]: e.target.value })}
                >
                  {laneOptions(chain, 'id')}
                </select>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void run({
                      op: 'addNode',
                      chainId: chain.id,
                      laneId: lanes[a.id] ?? chain.lanes[0]!.id,
                      kind: 'step',
                      text: a.text,
                      activity: { workshopId, goalId: a.id },
                    })
                  }
                >
                  {t('chains.place')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
