// The service chains of a network's body (a working group's, or a workshop's
// own when it has no network), in their own document: a map of chains, each
// with its lanes, nodes, edges and reviews as Y.Maps of fields, and the texts
// people type (a node's text, a hand-over's what and standard, the case
// constellation, a review's disagreements) as shared texts. As with the
// stakeholder analysis, the server applies the structure's operations
// (applyChainOp, on commands from the editors: one writer, checked once);
// everyone in the room types into the texts at once.
import * as Y from 'yjs';
import { DomainError } from '../errors.js';
import {
  ChainOpSchema,
  type Chain,
  type ChainEdge,
  type ChainNode,
  type ChainNodeKind,
  type ChainOp,
  type ChainProblem,
  type ChainReview,
} from '../model/chain.js';

export const chainRoots = { chains: 'chains', texts: 'texts' } as const;

const chainsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(chainRoots.chains);
const textsOf = (doc: Y.Doc) => doc.getMap<Y.Text>(chainRoots.texts);

/** Keys of the shared texts. */
export const chainTextKey = {
  constellation: (chainId: string) => `constellation/${chainId}`,
  node: (chainId: string, nodeId: string) => `node/${chainId}/${nodeId}`,
  what: (chainId: string, nodeId: string) => `what/${chainId}/${nodeId}`,
  standard: (chainId: string, nodeId: string) => `standard/${chainId}/${nodeId}`,
  review: (chainId: string, caseId: string) => `review/${chainId}/${caseId}`,
};

/** A chain's shared text (null if it does not exist). */
export function chainText(doc: Y.Doc, key: string): Y.Text | null {
  const t = textsOf(doc).get(key);
  return t instanceof Y.Text ? t : null;
}

const text = (doc: Y.Doc, key: string) => chainText(doc, key)?.toString() ?? '';

function ensureText(doc: Y.Doc, key: string, initial = ''): void {
  if (textsOf(doc).has(key)) return;
  const t = new Y.Text();
  if (initial) t.insert(0, initial);
  textsOf(doc).set(key, t);
}

function mapOf(fields: Record<string, unknown>): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
}

const sub = (chain: Y.Map<unknown>, name: 'lanes' | 'nodes' | 'edges' | 'reviews') =>
  chain.get(name) as Y.Map<Y.Map<unknown>>;

function chainOf(doc: Y.Doc, chainId: string): Y.Map<unknown> {
  const c = chainsMap(doc).get(chainId);
  if (!c) throw new DomainError('not_found', 'no such chain');
  return c;
}

function entry(chain: Y.Map<unknown>, name: 'lanes' | 'nodes' | 'edges' | 'reviews', key: string): Y.Map<unknown> {
  const e = sub(chain, name).get(key);
  if (!e) throw new DomainError('not_found', `no such ${name.slice(0, -1)}`);
  return e;
}

const ordered = (m: Y.Map<Y.Map<unknown>>) =>
  [...m.values()].sort(
    (a, b) =>
      (a.get('order') as number) - (b.get('order') as number) || String(a.get('id')).localeCompare(String(b.get('id'))),
  );

const nextOrder = (m: Y.Map<Y.Map<unknown>>) => {
  const all = ordered(m);
  return all.length ? (all.at(-1)!.get('order') as number) + 1 : 0;
};

function removeNodeIn(doc: Y.Doc, chainId: string, chain: Y.Map<unknown>, nodeId: string): void {
  sub(chain, 'nodes').delete(nodeId);
  for (const [edgeId, e] of sub(chain, 'edges'))
    if (e.get('from') === nodeId || e.get('to') === nodeId) sub(chain, 'edges').delete(edgeId);
  for (const key of [chainTextKey.node, chainTextKey.what, chainTextKey.standard])
    textsOf(doc).delete(key(chainId, nodeId));
}

function ensureHandoverTexts(doc: Y.Doc, chainId: string, nodeId: string): void {
  ensureText(doc, chainTextKey.what(chainId, nodeId));
  ensureText(doc, chainTextKey.standard(chainId, nodeId));
}

function requireOneStart(chain: Y.Map<unknown>, except: string | null): void {
  for (const n of sub(chain, 'nodes').values())
    if (n.get('kind') === 'start' && n.get('id') !== except) throw new DomainError('conflict', 'a chain has one start');
}

/** What an operation made (the new chain's, node's or edge's id), for the editor to focus it. */
export interface ChainOpResult {
  id: string | null;
}

/**
 * Applies one operation of an editor to the document, in one transaction;
 * refuses (DomainError) what would break the chain's shape: an edge to a
 * node that is not there, into a start, a loop on one node or a second start.
 */
export function applyChainOp(doc: Y.Doc, input: ChainOp, newId: () => string, now = Date.now()): ChainOpResult {
  const parsed = ChainOpSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('invalid', parsed.error.issues[0]?.message ?? 'invalid operation');
  const op = parsed.data;
  let made: string | null = null;
  doc.transact(() => {
    if (op.op === 'createChain') {
      made = newId();
      chainsMap(doc).set(
        made,
        mapOf({
          id: made,
          title: op.title,
          caseIds: [],
          createdAt: now,
          lanes: new Y.Map(),
          nodes: new Y.Map(),
          edges: new Y.Map(),
          reviews: new Y.Map(),
        }),
      );
      ensureText(doc, chainTextKey.constellation(made));
      return;
    }
    const chain = chainOf(doc, op.chainId);
    switch (op.op) {
      case 'renameChain':
        return chain.set('title', op.title);
      case 'removeChain': {
        chainsMap(doc).delete(op.chainId);
        for (const key of [...textsOf(doc).keys()]) if (key.split('/')[1] === op.chainId) textsOf(doc).delete(key);
        return;
      }
      case 'setCases':
        return chain.set('caseIds', [...new Set(op.caseIds)]);
      case 'addLane': {
        const org = op.organisation.trim();
        if (
          [...sub(chain, 'lanes').values()].some(
            (l) => String(l.get('organisation')).toLowerCase() === org.toLowerCase(),
          )
        )
          throw new DomainError('conflict', 'this organisation has a lane already');
        made = newId();
        sub(chain, 'lanes').set(made, mapOf({ id: made, organisation: org, order: nextOrder(sub(chain, 'lanes')) }));
        return;
      }
      case 'moveLane': {
        const lane = entry(chain, 'lanes', op.laneId);
        const others = ordered(sub(chain, 'lanes')).filter((l) => l !== lane);
        const at = Math.min(op.index, others.length);
        others.splice(at, 0, lane);
        others.forEach((l, i) => l.get('order') !== i && l.set('order', i));
        return;
      }
      case 'removeLane': {
        entry(chain, 'lanes', op.laneId);
        for (const n of [...sub(chain, 'nodes').values()])
          if (n.get('laneId') === op.laneId) removeNodeIn(doc, op.chainId, chain, n.get('id') as string);
        sub(chain, 'lanes').delete(op.laneId);
        return;
      }
      case 'addNode': {
        entry(chain, 'lanes', op.laneId);
        if (op.kind === 'start') requireOneStart(chain, null);
        made = newId();
        sub(chain, 'nodes').set(
          made,
          mapOf({
            id: made,
            kind: op.kind,
            laneId: op.laneId,
            order: nextOrder(sub(chain, 'nodes')),
            activity: op.activity,
            lead: '',
            createdAt: now,
          }),
        );
        ensureText(doc, chainTextKey.node(op.chainId, made), op.text);
        if (op.kind === 'handover') ensureHandoverTexts(doc, op.chainId, made);
        return;
      }
      case 'moveNode':
        entry(chain, 'lanes', op.laneId);
        return entry(chain, 'nodes', op.nodeId).set('laneId', op.laneId);
      case 'setKind': {
        const node = entry(chain, 'nodes', op.nodeId);
        if (op.kind === 'start') {
          requireOneStart(chain, op.nodeId);
          if ([...sub(chain, 'edges').values()].some((e) => e.get('to') === op.nodeId))
            throw new DomainError('invalid', 'nothing leads into a start');
        }
        node.set('kind', op.kind);
        if (op.kind === 'handover') ensureHandoverTexts(doc, op.chainId, op.nodeId);
        return;
      }
      case 'linkActivity':
        return entry(chain, 'nodes', op.nodeId).set('activity', op.activity);
      case 'setLead':
        return entry(chain, 'nodes', op.nodeId).set('lead', op.lead);
      case 'removeNode':
        entry(chain, 'nodes', op.nodeId);
        return removeNodeIn(doc, op.chainId, chain, op.nodeId);
      case 'addEdge': {
        const from = entry(chain, 'nodes', op.from);
        const to = entry(chain, 'nodes', op.to);
        if (op.from === op.to) throw new DomainError('invalid', 'an edge joins two nodes');
        if (to.get('kind') === 'start') throw new DomainError('invalid', 'nothing leads into a start');
        if (from.get('kind') === 'end') throw new DomainError('invalid', 'nothing leads out of an end');
        if ([...sub(chain, 'edges').values()].some((e) => e.get('from') === op.from && e.get('to') === op.to))
          throw new DomainError('conflict', 'these two nodes are joined already');
        made = newId();
        sub(chain, 'edges').set(
          made,
          mapOf({ id: made, from: op.from, to: op.to, label: op.label, interlocked: op.interlocked }),
        );
        return;
      }
      case 'changeEdge': {
        const edge = entry(chain, 'edges', op.edgeId);
        if (op.label !== undefined) edge.set('label', op.label);
        if (op.interlocked !== undefined) edge.set('interlocked', op.interlocked);
        return;
      }
      case 'removeEdge':
        entry(chain, 'edges', op.edgeId);
        return sub(chain, 'edges').delete(op.edgeId);
      case 'addReview':
        if (!sub(chain, 'reviews').has(op.caseId))
          sub(chain, 'reviews').set(
            op.caseId,
            mapOf({ caseId: op.caseId, cause: null, order: nextOrder(sub(chain, 'reviews')) }),
          );
        return ensureText(doc, chainTextKey.review(op.chainId, op.caseId));
      case 'setReviewCause':
        return entry(chain, 'reviews', op.caseId).set('cause', op.cause);
      case 'removeReview':
        entry(chain, 'reviews', op.caseId);
        sub(chain, 'reviews').delete(op.caseId);
        return textsOf(doc).delete(chainTextKey.review(op.chainId, op.caseId));
    }
  });
  return { id: made };
}

/** The chains as plain data (texts resolved), oldest first; lanes and nodes in their order. */
export function readChains(doc: Y.Doc): Chain[] {
  return [...chainsMap(doc).values()]
    .map((c): Chain => {
      const chainId = c.get('id') as string;
      const nodes = ordered(sub(c, 'nodes')).map((n): ChainNode => {
        const nodeId = n.get('id') as string;
        const kind = n.get('kind') as ChainNodeKind;
        return {
          id: nodeId,
          kind,
          laneId: n.get('laneId') as string,
          text: text(doc, chainTextKey.node(chainId, nodeId)),
          activity: (n.get('activity') as ChainNode['activity']) ?? null,
          handover:
            kind === 'handover'
              ? {
                  what: text(doc, chainTextKey.what(chainId, nodeId)),
                  standard: text(doc, chainTextKey.standard(chainId, nodeId)),
                  lead: (n.get('lead') as string) ?? '',
                }
              : null,
        };
      });
      return {
        id: chainId,
        title: c.get('title') as string,
        constellation: text(doc, chainTextKey.constellation(chainId)),
        caseIds: (c.get('caseIds') as string[]) ?? [],
        lanes: ordered(sub(c, 'lanes')).map((l) => ({
          id: l.get('id') as string,
          organisation: l.get('organisation') as string,
        })),
        nodes,
        edges: [...sub(c, 'edges').values()]
          .map((e): ChainEdge => ({
            id: e.get('id') as string,
            from: e.get('from') as string,
            to: e.get('to') as string,
            label: (e.get('label') as string) ?? '',
            interlocked: e.get('interlocked') === true,
          }))
          .sort((a, b) => a.id.localeCompare(b.id)),
        reviews: ordered(sub(c, 'reviews')).map((r): ChainReview => ({
          caseId: r.get('caseId') as string,
          cause: (r.get('cause') as ChainReview['cause']) ?? null,
          disagreements: text(doc, chainTextKey.review(chainId, r.get('caseId') as string)),
        })),
        createdAt: c.get('createdAt') as number,
      };
    })
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * What is wrong with a chain as drawn so far: exactly one start, an end,
 * every end reachable from the start, nothing cut off from it. (Edges only
 * between existing nodes and none into a start are refused when made.)
 */
export function validateChain(chain: Pick<Chain, 'nodes' | 'edges'>): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const starts = chain.nodes.filter((n) => n.kind === 'start');
  const ends = chain.nodes.filter((n) => n.kind === 'end');
  if (starts.length === 0) problems.push({ kind: 'noStart' });
  if (starts.length > 1) problems.push({ kind: 'manyStarts', nodeIds: starts.map((n) => n.id) });
  if (ends.length === 0) problems.push({ kind: 'noEnd' });
  if (starts.length === 1) {
    const reached = new Set([starts[0]!.id]);
    const queue = [starts[0]!.id];
    while (queue.length) {
      const at = queue.shift()!;
      for (const e of chain.edges)
        if (e.from === at && !reached.has(e.to)) {
          reached.add(e.to);
          queue.push(e.to);
        }
    }
    const cutOffEnds = ends.filter((n) => !reached.has(n.id)).map((n) => n.id);
    if (cutOffEnds.length) problems.push({ kind: 'endUnreachable', nodeIds: cutOffEnds });
    const others = chain.nodes.filter((n) => n.kind !== 'end' && !reached.has(n.id)).map((n) => n.id);
    if (others.length) problems.push({ kind: 'unreachable', nodeIds: others });
  }
  return problems;
}

/** The chains (and their steps) that use a goal-system activity: what the goal system shows beside it. */
export function chainsUsingActivity(
  chains: Chain[],
  workshopId: string,
  goalId: string,
): { chain: Chain; node: ChainNode }[] {
  return chains.flatMap((chain) =>
    chain.nodes
      .filter((n) => n.activity?.workshopId === workshopId && n.activity.goalId === goalId)
      .map((node) => ({ chain, node })),
  );
}

/** Calls back on any change of the chains. */
export function observeChains(doc: Y.Doc, onChange: () => void): () => void {
  const h = () => onChange();
  const roots = [chainsMap(doc), textsOf(doc)];
  for (const r of roots) r.observeDeep(h);
  return () => {
    for (const r of roots) r.unobserveDeep(h);
  };
}
