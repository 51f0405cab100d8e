import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from '../doc/cards.js';
import { addCase, setCaseRoles } from '../method/conference.js';
import { backupPeople, type BackupPerson } from './backup.js';

const person = (sessionId: string, role: BackupPerson['role']): BackupPerson => ({
  sessionId,
  name: sessionId.toUpperCase(),
  organisation: role === 'participant' ? 'Jobcenter' : '',
  level: role === 'participant' ? 'operative' : null,
  role,
});

describe('the people a backup lists', () => {
  it('every participant; moderators only where the content names them; screens never', () => {
    const board = new Y.Doc();
    const control = new Y.Doc();
    addCard(board, { text: 'Jugendamt', x: 0, y: 0, authorId: 'mod-writes' });
    const c = addCase(control, { title: 'Fall', narration: '', caseGiverId: 'p1' });
    setCaseRoles(control, c.id, { caseGiverId: 'p1', moderatorIds: ['p2'], userPerspectiveId: null });
    const people = [
      person('mod-new', 'moderator'),
      person('screen-new', 'screen'),
      person('p1', 'participant'),
      { ...person('mod-writes', 'moderator'), imported: true },
      person('screen-old', 'screen'),
      person('p2', 'participant'),
      person('p1', 'participant'),
    ];
    const listed = backupPeople(people, board, control);
    expect(listed.map((p) => p.sessionId)).toEqual(['p1', 'mod-writes', 'p2']);
    expect(listed[1]).toEqual(person('mod-writes', 'moderator'));
    // importing what it lists and listing again changes nothing
    expect(backupPeople([person('mod-next', 'moderator'), ...listed], board, control)).toEqual(listed);
  });
});
