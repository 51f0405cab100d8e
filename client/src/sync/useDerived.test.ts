import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCase,
  createQuery,
  ensureStoredAgenda,
  getAgenda,
  goTo,
  observeConference,
  observeControl,
  setActiveQuery,
} from '@nws/shared';
import { watchDerived } from './useDerived';
import { readControl } from './useControl';
import { readConference } from './useConference';

describe('watchDerived', () => {
  it('reads at once, again on every change, and stops when asked', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<number>('m');
    const seen: number[] = [];
    const stop = watchDerived(
      doc,
      () => map.size,
      (_d, cb) => {
        map.observe(cb);
        return () => map.unobserve(cb);
      },
      (v) => seen.push(v),
    );
    map.set('a', 1);
    map.set('b', 2);
    stop();
    map.set('c', 3);
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('control state', () => {
  it('follows the queries and the active one', () => {
    const control = new Y.Doc();
    const seen: string[] = [];
    const stop = watchDerived(control, readControl, observeControl, (s) =>
      seen.push(`${s.queries.length}:${s.active?.id ?? '-'}`),
    );
    const q1 = createQuery(control, { question: 'Wer?', mode: 'named' });
    const q2 = createQuery(control, { question: 'Was?', mode: 'anonymous' });
    setActiveQuery(control, q1.id);
    stop();
    expect(seen[0]).toBe('0:-');
    expect(seen).toContain(`2:${q2.id}`);
    expect(seen.at(-1)).toBe(`2:${q1.id}`);
  });
});

describe('conference state', () => {
  it('derives the step and the current case from the position', () => {
    const control = new Y.Doc();
    const empty = readConference(control);
    expect(empty.position).toBeNull();
    expect(empty.step).toBeNull();
    expect(empty.currentCase).toBeNull();

    // Before the control document has synced there is no agenda; the server stores one in every workshop.
    expect(empty.agenda.steps).toEqual([]);
    ensureStoredAgenda(control);
    const kase = addCase(control, { title: 'Fall A' });
    const caseStep = getAgenda(control).steps.find((s) => s.phase === 'I')!;
    let last = empty;
    const stop = watchDerived(control, readConference, observeConference, (s) => (last = s));
    goTo(control, { stepId: caseStep.id, caseId: kase.id });
    stop();
    expect(last.cases.map((c) => c.id)).toEqual([kase.id]);
    expect(last.step?.id).toBe(caseStep.id);
    expect(last.currentCase?.id).toBe(kase.id);
  });
});
