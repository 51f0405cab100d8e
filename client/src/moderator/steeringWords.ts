// The words and the vote fields of the steering group's decisions in a
// workshop: the labels the printed protocol and the Markdown protocol share
// (tally with plurals: "5 Ja, 1 Nein, 1 Enthaltung"), and how the decision
// form reads its three vote fields.
import type { TFunction } from '../i18n/translate';
import { TALLY_MAX, type DecisionTally, type SteeringProtocolLabels } from '@nws/shared';

/** The words of the steering group's decisions, for the printed page and the Markdown protocol alike. */
export function steeringLabels(t: TFunction): SteeringProtocolLabels {
  return {
    produced: t('steeringWs.produced'),
    received: t('steeringWs.received'),
    states: t('steeringWs.states', { returnObjects: true }),
    from: t('steeringWs.from'),
    decidedIn: t('steeringWs.decidedIn'),
    byCoordinator: t('steeringWs.byCoordinator'),
    reason: t('steeringWs.reason'),
    tally: (v) =>
      t('steeringWs.tally', {
        yes: t('steeringWs.yes', { count: v.yes }),
        no: t('steeringWs.no', { count: v.no }),
        abstain: t('steeringWs.abstain', { count: v.abstain }),
      }),
  };
}

/** The three vote fields of the decision form, as typed. */
export type Votes = Record<keyof DecisionTally, string>;
export const noVotes: Votes = { yes: '', no: '', abstain: '' };
export const voteKeys = ['yes', 'no', 'abstain'] as const;

/**
 * The tally the fields hold: null when all are empty (decided without a
 * vote), 'invalid' when it is not one (not whole numbers from 0 to
 * TALLY_MAX, or no voice at all). An empty field next to filled ones counts 0.
 */
export function readVotes(votes: Votes): DecisionTally | null | 'invalid' {
  if (voteKeys.every((k) => votes[k].trim() === '')) return null;
  const tally: DecisionTally = { yes: 0, no: 0, abstain: 0 };
  for (const k of voteKeys) {
    const text = votes[k].trim();
    const n = text === '' ? 0 : Number(text);
    if (!/^\d*$/.test(text) || !Number.isInteger(n) || n < 0 || n > TALLY_MAX) return 'invalid';
    tally[k] = n;
  }
  return tally.yes + tally.no + tally.abstain > 0 ? tally : 'invalid';
}
