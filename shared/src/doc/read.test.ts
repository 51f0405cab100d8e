// One reader, two checks: the server reads the control document through its
// schemas (an imported backup can carry anything), the browser trusts its
// server's document (so the phone needs no schema library).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { casesMap, roundsMap, stateMap } from './control.js';
import { readCases, readRounds, readStoredAgenda, trustedChecks } from './read.js';
import { schemaChecks } from './checks.js';
import { listCases } from '../method/conference.js';
import { defaultAgenda } from '../method/defaultAgenda.js';

const aCase = (id: string, order: number) => ({
  id,
  title: `Fall ${id}`,
  narration: '',
  caseGiverId: null,
  moderatorIds: [],
  userPerspectiveId: null,
  status: 'open',
  order,
  createdAt: 1,
});

describe('reading the control document', () => {
  it('reads the same cases with either check, in their order', () => {
    const doc = new Y.Doc();
    casesMap(doc).set('case-0002', aCase('case-0002', 1));
    casesMap(doc).set('case-0001', aCase('case-0001', 0));
    expect(readCases(doc, schemaChecks).map((c) => c.id)).toEqual(['case-0001', 'case-0002']);
    expect(readCases(doc, trustedChecks)).toEqual(readCases(doc, schemaChecks));
    expect(listCases(doc)).toEqual(readCases(doc, schemaChecks));
  });

  it('the server skips what its schema refuses; the browser takes objects as they are, never a nested type', () => {
    const doc = new Y.Doc();
    casesMap(doc).set('bad', { id: 'bad', title: 42 });
    roundsMap(doc).set('nested', new Y.Map());
    expect(readCases(doc, schemaChecks)).toEqual([]);
    expect(readCases(doc, trustedChecks).map((c) => c.id)).toEqual(['bad']);
    expect(readRounds(doc, schemaChecks)).toEqual([]);
    expect(readRounds(doc, trustedChecks)).toEqual([]);
  });

  it('neither reads an agenda of another version', () => {
    const doc = new Y.Doc();
    const agenda = defaultAgenda();
    stateMap(doc).set('agenda', agenda);
    expect(readStoredAgenda(doc, trustedChecks)).toEqual(agenda);
    expect(readStoredAgenda(doc, schemaChecks)).toEqual(agenda);
    stateMap(doc).set('agenda', { ...agenda, version: 2 });
    expect(readStoredAgenda(doc, trustedChecks)).toBeNull();
    expect(readStoredAgenda(doc, schemaChecks)).toBeNull();
  });
});
