// The words of the steering group's decisions: the tally reads right for one
// and for many, in German and English, and the decision form's vote fields
// give a tally only when they hold one.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { deBoard } from '../i18n/deBoard';
import { enBoard } from '../i18n/enBoard';
import { readVotes, steeringLabels } from './steeringWords';

async function labelsIn(lng: 'de' | 'en') {
  return steeringLabels(translator(lng, { de: [deBoard], en: [enBoard] }));
}

describe('the steering group’s decisions in words', () => {
  it('reads the tally with plurals, in German and in English', async () => {
    const de = await labelsIn('de');
    expect(de.tally({ yes: 5, no: 1, abstain: 2 })).toBe('Abstimmung: 5 Ja, 1 Nein, 2 Enthaltungen');
    expect(de.tally({ yes: 1, no: 0, abstain: 1 })).toBe('Abstimmung: 1 Ja, 0 Nein, 1 Enthaltung');
    expect(de.states.sent_back).toBe('zurückverwiesen');
    expect(de.produced).toBe('Entscheidungen dieses Workshops');
    expect(de.received).toBe('Entscheidungen der Lenkungsgruppe zu unseren Beschlüssen');
    const en = await labelsIn('en');
    expect(en.tally({ yes: 5, no: 1, abstain: 1 })).toBe('Vote: 5 yes, 1 no, 1 abstention');
    expect(en.tally({ yes: 0, no: 3, abstain: 0 })).toBe('Vote: 0 yes, 3 no, 0 abstentions');
  });

  it('takes a tally from the vote fields only when they hold one', () => {
    expect(readVotes({ yes: '', no: ' ', abstain: '' })).toBeNull();
    expect(readVotes({ yes: '5', no: '1', abstain: '2' })).toEqual({ yes: 5, no: 1, abstain: 2 });
    expect(readVotes({ yes: '7', no: '', abstain: '' })).toEqual({ yes: 7, no: 0, abstain: 0 });
    for (const bad of ['-1', '1.5', '501', '1e2', 'fünf'])
      expect(readVotes({ yes: bad, no: '0', abstain: '0' })).toBe('invalid');
    expect(readVotes({ yes: '0', no: '0', abstain: '0' })).toBe('invalid');
    expect(readVotes({ yes: '500', no: '500', abstain: '500' })).toEqual({ yes: 500, no: 500, abstain: 500 });
  });
});
