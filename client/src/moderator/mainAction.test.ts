import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCase, ensureStoredAgenda, type CardQuery, type Round } from '@nws/shared';
import { readConference } from '../sync/useConference';
import { mainAction } from './mainAction';

const query = (status: CardQuery['status'], mode: CardQuery['mode'] = 'named') =>
  ({ id: 'q1', status, mode }) as CardQuery;
const round = (status: Round['status']) => ({ id: 'r1', status, title: 'Punkte' }) as Round;

function conference(started: boolean, cases = 1) {
  const doc = new Y.Doc();
  ensureStoredAgenda(doc); // as the server does for every workshop
  for (let i = 0; i < cases; i++) addCase(doc, { title: `Fall ${i}`, narration: '', caseGiverId: null });
  const conf = readConference(doc);
  return started ? { ...conf, position: { stepId: conf.agenda.steps[0]!.id, caseId: conf.cases[0]!.id } } : conf;
}

describe('the moderation’s next move', () => {
  const base = { isModerator: true, steering: true, active: null, rounds: [], conf: null };
  it('closes an open vote first, then reveals a query in writing', () => {
    expect(mainAction({ ...base, rounds: [round('open')], active: query('writing') })?.kind).toBe('closeRound');
    expect(mainAction({ ...base, rounds: [round('closed')], active: query('writing') })?.kind).toBe('reveal');
    expect(mainAction({ ...base, active: query('writing', 'callout') })).toBeNull();
    expect(mainAction({ ...base, active: query('revealed') })).toBeNull();
  });
  it('starts the conference once there is a case, then goes on', () => {
    expect(mainAction({ ...base, conf: conference(false, 0) })).toBeNull();
    expect(mainAction({ ...base, conf: conference(false) })?.kind).toBe('start');
    expect(mainAction({ ...base, conf: conference(true) })?.kind).toBe('next');
  });
  it('gives a case moderator "next" only, and others nothing', () => {
    const asCaseModerator = { ...base, isModerator: false, rounds: [round('open')], active: query('writing') };
    expect(mainAction({ ...asCaseModerator, conf: conference(true) })?.kind).toBe('next');
    expect(mainAction({ ...asCaseModerator, conf: conference(false) })).toBeNull();
    expect(mainAction({ ...asCaseModerator, steering: false, conf: conference(true) })).toBeNull();
  });
});
