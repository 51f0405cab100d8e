// The steering group's decisions in the result protocol: those a workshop
// took (a steering group's) and those it received (on its body's
// resolutions), with state, date, reason and tally, in the labels' words.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SteeringItem } from '../model/network.js';
import { testProtocolLabels } from './labels.fixture.js';
import {
  buildProtocol,
  buildSteeringProtocol,
  protocolDate,
  protocolToMarkdown,
  type SteeringProtocolLabels,
} from './protocol.js';

const day = (d: number) => Date.UTC(2026, 2, d, 10);
const item = (over: Partial<SteeringItem>): SteeringItem => ({
  id: 'r1',
  workshopId: 'w1',
  resolutionId: 'x1',
  text: 'Alle Kitas bieten Sprachförderung an.',
  state: 'confirmed',
  reason: null,
  forwardedAt: day(2),
  decidedAt: day(12),
  decidedIn: 'lg1',
  tally: null,
  workshopName: 'AG Sprache, 2. Treffen',
  bodyName: 'AG Sprache',
  decidedInName: 'Lenkungsgruppe, 1. Sitzung',
  ...over,
});

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const labels: SteeringProtocolLabels = {
  produced: 'Decisions of this workshop',
  received: 'The steering group’s decisions on our resolutions',
  states: { forwarded: 'awaiting', confirmed: 'confirmed', sent_back: 'sent back', rejected: 'rejected' },
  from: 'Resolved in',
  decidedIn: 'Decided in',
  byCoordinator: 'decided by the coordinator',
  reason: 'Reason',
  tally: (t) => `Vote: ${t.yes} yes, ${t.no} no, ${plural(t.abstain, 'abstention', 'abstentions')}`,
};

describe('the steering section of the result protocol', () => {
  it('dates decisions as the reader writes them (the forwarding while one awaits)', () => {
    const s = buildSteeringProtocol(
      {
        decisions: [item({ state: 'forwarded', decidedAt: null, decidedIn: null, decidedInName: null })],
        produced: [item({ tally: { yes: 5, no: 1, abstain: 2 } })],
      },
      'de',
    );
    expect(s.received[0]).toMatchObject({ state: 'forwarded', date: '02.03.2026', decidedIn: null });
    expect(s.produced[0]).toEqual({
      text: 'Alle Kitas bieten Sprachförderung an.',
      workshop: 'AG Sprache, 2. Treffen',
      body: 'AG Sprache',
      state: 'confirmed',
      date: '12.03.2026',
      reason: null,
      tally: { yes: 5, no: 1, abstain: 2 },
      decidedIn: 'Lenkungsgruppe, 1. Sitzung',
    });
    expect(protocolDate(day(12), 'en')).toBe('12 Mar 2026');
  });

  it('lists what the workshop took and what it received, in the labels’ words, user text escaped', () => {
    const p = {
      ...buildProtocol(
        new Y.Doc(),
        new Y.Doc(),
        { name: 'Lenkungsgruppe', targetGroup: 'Familien', area: 'Nord' },
        new Map(),
      ),
      steering: buildSteeringProtocol({
        produced: [
          item({ tally: { yes: 5, no: 1, abstain: 2 } }),
          item({
            id: 'r2',
            text: '*Sofort* umsetzen',
            state: 'sent_back',
            reason: 'Ab welchem Alter?',
            tally: { yes: 2, no: 6, abstain: 1 },
          }),
        ],
        decisions: [
          item({ id: 'r3', state: 'rejected', decidedIn: null, decidedInName: null }),
          item({ id: 'r4', state: 'forwarded', decidedAt: null, decidedIn: null, decidedInName: null }),
        ],
      }),
    };
    const md = protocolToMarkdown(p, { ...testProtocolLabels, steering: labels }).split('\n');
    const from = 'Resolved in: AG Sprache, 2. Treffen (AG Sprache)';
    expect(md.slice(4)).toEqual([
      '## Decisions of this workshop',
      '',
      `- 12.03.2026: Alle Kitas bieten Sprachförderung an. — **confirmed** — ${from} — Vote: 5 yes, 1 no, 2 abstentions`,
      `- 12.03.2026: \\*Sofort\\* umsetzen — **sent back** — ${from} — Reason: Ab welchem Alter? — Vote: 2 yes, 6 no, 1 abstention`,
      '',
      '## The steering group’s decisions on our resolutions',
      '',
      '- 12.03.2026: Alle Kitas bieten Sprachförderung an. — **rejected** — decided by the coordinator',
      '- 02.03.2026: Alle Kitas bieten Sprachförderung an. — **awaiting**',
      '',
    ]);
  });

  it('goes without the section when there is nothing, or no words for it', () => {
    const base = buildProtocol(new Y.Doc(), new Y.Doc(), { name: 'AG', targetGroup: 'F', area: 'N' }, new Map());
    const without = protocolToMarkdown(base, testProtocolLabels);
    expect(
      protocolToMarkdown(
        { ...base, steering: { produced: [], received: [] } },
        { ...testProtocolLabels, steering: labels },
      ),
    ).toBe(without);
    const withData = { ...base, steering: buildSteeringProtocol({ produced: [item({})], decisions: [] }) };
    expect(protocolToMarkdown(withData, testProtocolLabels)).toBe(without);
    expect(protocolToMarkdown(withData, { ...testProtocolLabels, steering: labels })).toContain(
      '## Decisions of this workshop',
    );
  });
});
