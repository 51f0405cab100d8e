// A service chain (Dienstleistungskette) as plain data: for a typical case
// constellation, the services from a factual starting state to a desired end
// state across organisations — one lane per organisation, nodes (start, step,
// decision, hand-over, end) and the edges between them. METHOD.md section 4.
// The live document and its operations: doc/chains.ts.
import { z } from 'zod';

export const CHAIN_TITLE_MAX = 120;
export const CHAIN_LABEL_MAX = 80;

export const chainNodeKinds = ['start', 'step', 'decision', 'handover', 'end'] as const;
export const ChainNodeKindSchema = z.enum(chainNodeKinds);
export type ChainNodeKind = z.infer<typeof ChainNodeKindSchema>;

export interface ChainLane {
  id: string;
  /** An organisation of the network's register (or typed in). */
  organisation: string;
}

export interface ChainNode {
  id: string;
  kind: ChainNodeKind;
  laneId: string;
  text: string;
  /** The goal-system activity this step carries out (in the workshop it was linked in), or null. */
  activity: { workshopId: string; goalId: string } | null;
  /** A hand-over's details: what is handed over, the agreed standard or procedure, who leads (Federführung). */
  handover: { what: string; standard: string; lead: string } | null;
}

export interface ChainEdge {
  id: string;
  from: string;
  to: string;
  /** A decision's branch label ("ja", "nein", "Kind unter 3"). */
  label: string;
  /** The target needs the source's result (verzahnt), not just follows it. */
  interlocked: boolean;
}

/** The check against a case: where the case's reconstruction and the chain disagree, and why. */
export interface ChainReview {
  caseId: string;
  disagreements: string;
  cause: 'design' | 'complexity' | null;
}

export interface Chain {
  id: string;
  title: string;
  /** The typical case constellation the chain serves. */
  constellation: string;
  /** The cases it was derived from. */
  caseIds: string[];
  lanes: ChainLane[];
  nodes: ChainNode[];
  edges: ChainEdge[];
  reviews: ChainReview[];
  createdAt: number;
}

const id = z.string().min(1).max(64);
const label = (max: number) => z.string().trim().min(1).max(max);

/** One change to the chains of a body, as the editors send it (POST …/chains/ops). */
export const ChainOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('createChain'), title: label(CHAIN_TITLE_MAX) }),
  z.strictObject({ op: z.literal('renameChain'), chainId: id, title: label(CHAIN_TITLE_MAX) }),
  z.strictObject({ op: z.literal('removeChain'), chainId: id }),
  z.strictObject({ op: z.literal('setCases'), chainId: id, caseIds: z.array(id).max(20) }),
  z.strictObject({ op: z.literal('addLane'), chainId: id, organisation: label(120) }),
  z.strictObject({ op: z.literal('moveLane'), chainId: id, laneId: id, index: z.number().int().min(0).max(50) }),
  z.strictObject({ op: z.literal('removeLane'), chainId: id, laneId: id }),
  z.strictObject({
    op: z.literal('addNode'),
    chainId: id,
    laneId: id,
    kind: ChainNodeKindSchema,
    text: z.string().max(500).default(''),
    activity: z.strictObject({ workshopId: id, goalId: id }).nullable().default(null),
  }),
  z.strictObject({ op: z.literal('moveNode'), chainId: id, nodeId: id, laneId: id }),
  z.strictObject({ op: z.literal('setKind'), chainId: id, nodeId: id, kind: ChainNodeKindSchema }),
  z.strictObject({
    op: z.literal('linkActivity'),
    chainId: id,
    nodeId: id,
    activity: z.strictObject({ workshopId: id, goalId: id }).nullable(),
  }),
  z.strictObject({ op: z.literal('setLead'), chainId: id, nodeId: id, lead: z.string().trim().max(120) }),
  z.strictObject({ op: z.literal('removeNode'), chainId: id, nodeId: id }),
  z.strictObject({
    op: z.literal('addEdge'),
    chainId: id,
    from: id,
    to: id,
    label: z.string().trim().max(CHAIN_LABEL_MAX).default(''),
    interlocked: z.boolean().default(false),
  }),
  z.strictObject({
    op: z.literal('changeEdge'),
    chainId: id,
    edgeId: id,
    label: z.string().trim().max(CHAIN_LABEL_MAX).optional(),
    interlocked: z.boolean().optional(),
  }),
  z.strictObject({ op: z.literal('removeEdge'), chainId: id, edgeId: id }),
  z.strictObject({ op: z.literal('addReview'), chainId: id, caseId: id }),
  z.strictObject({
    op: z.literal('setReviewCause'),
    chainId: id,
    caseId: id,
    cause: z.enum(['design', 'complexity']).nullable(),
  }),
  z.strictObject({ op: z.literal('removeReview'), chainId: id, caseId: id }),
]);
export type ChainOp = z.input<typeof ChainOpSchema>;
export type ParsedChainOp = z.infer<typeof ChainOpSchema>;

/** What is wrong with a chain as drawn so far (shown to the editors; the chain is built step by step). */
export type ChainProblem =
  | { kind: 'noStart' }
  | { kind: 'manyStarts'; nodeIds: string[] }
  | { kind: 'noEnd' }
  | { kind: 'endUnreachable'; nodeIds: string[] }
  | { kind: 'unreachable'; nodeIds: string[] };
