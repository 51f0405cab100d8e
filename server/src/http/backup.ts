// A workshop's JSON backup, and importing one as a new workshop (mounted at
// /api/workshops). An import's rounds and resolutions are marked as taken
// over from the backup, never as this workshop's decisions.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as Y from 'yjs';
import {
  backupPeople,
  createBackup,
  DomainError,
  ImportBodySchema,
  markImportedDecisions,
  restoreBackup,
  roomName,
  stateMap,
  type Backup,
  type CreateWorkshopResponse,
} from '@nws/shared';
import type { Env } from './deps.js';
import { apiError } from './errors.js';
import { jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomsOf } from './rooms.js';

/** Largest backup accepted for import. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

export const backupRoutes = new Hono<Env>()
  .get('/:id/backup', requireSession('moderator'), (c) => {
    const { workshops, audit } = c.var.deps;
    const wid = c.var.session.workshopId;
    const w = workshops.get(wid);
    if (!w) throw new DomainError('unknown_workshop', 'This workshop does not exist (any more).');
    const rooms = roomsOf(c);
    const board = rooms.read('board');
    // The live join code stays out of the file: whoever holds a backup must not be able to join with it.
    const control = withoutJoinCode(rooms.read('control'));
    const people = backupPeople(workshops.people(wid), board, control);
    const backup = createBackup(board, control, { name: w.name, targetGroup: w.targetGroup, area: w.area }, people);
    audit.record(wid, c.var.session.id, 'workshop.backup', {});
    c.header('Content-Disposition', `attachment; filename="netzwerkstatt-${wid}.json"`);
    return c.json<Backup>(backup);
  })

  .post(
    '/import',
    bodyLimit({
      maxSize: IMPORT_MAX_BYTES,
      onError: (c) => apiError(c, 413, 'too_large', `A backup may have at most ${IMPORT_MAX_BYTES} bytes.`),
    }),
    jsonBody(ImportBodySchema),
    (c) => {
      const { workshops, updateLog, audit } = c.var.deps;
      const backup = c.req.valid('json');
      let docs: { board: Y.Doc; control: Y.Doc };
      try {
        docs = restoreBackup(backup);
      } catch {
        throw new DomainError('invalid_backup', 'The documents in this backup cannot be read.');
      }
      // Listed again as a backup lists them, so round trips do not pile up moderators and screens.
      const people = backupPeople(backup.people, docs.board, docs.control);
      const voters = people.filter((p) => p.role === 'participant').length;
      const decisions = markImportedDecisions(docs.control, voters); // throws before anything is created
      stateMap(docs.control).delete('joinCode'); // an older backup's code is the original workshop's, not this one's
      const created = workshops.create(backup.workshop);
      workshops.addImportedPeople(created.workshop.id, people);
      updateLog.append(roomName(created.workshop.id, 'board'), Y.encodeStateAsUpdate(docs.board));
      updateLog.append(roomName(created.workshop.id, 'control'), Y.encodeStateAsUpdate(docs.control));
      audit.record(created.workshop.id, 'import', 'workshop.import', { exportedAt: backup.exportedAt, decisions });
      return c.json<CreateWorkshopResponse, 201>(
        { workshop: created.workshop, moderatorToken: created.moderatorToken, screenToken: created.screenToken },
        201,
      );
    },
  );

/** A copy of a control document without the published join code (the copy collects the deleted value). */
function withoutJoinCode(control: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(control));
  stateMap(copy).delete('joinCode');
  return copy;
}
