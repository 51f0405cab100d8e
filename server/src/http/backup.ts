// A workshop's JSON backup, and importing one as a new workshop (mounted at
// /api/workshops).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as Y from 'yjs';
import {
  createBackup,
  DomainError,
  ImportBodySchema,
  restoreBackup,
  roomName,
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
    const people = workshops
      .people(wid)
      .map(({ sessionId, name, organisation, level, role }) => ({ sessionId, name, organisation, level, role }));
    const rooms = roomsOf(c);
    const backup = createBackup(
      rooms.read('board'),
      rooms.read('control'),
      { name: w.name, targetGroup: w.targetGroup, area: w.area },
      people,
    );
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
      const created = workshops.create(backup.workshop);
      workshops.addImportedPeople(created.workshop.id, backup.people);
      updateLog.append(roomName(created.workshop.id, 'board'), Y.encodeStateAsUpdate(docs.board));
      updateLog.append(roomName(created.workshop.id, 'control'), Y.encodeStateAsUpdate(docs.control));
      audit.record(created.workshop.id, 'import', 'workshop.import', { exportedAt: backup.exportedAt });
      return c.json<CreateWorkshopResponse, 201>(
        { workshop: created.workshop, moderatorToken: created.moderatorToken, screenToken: created.screenToken },
        201,
      );
    },
  );
