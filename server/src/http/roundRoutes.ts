// Dot-voting and consent rounds, resolutions, and the workshop's JSON backup
// and import. The moderation opens and closes rounds; participants vote,
// changeably until the round closes; votes stay on the server and only the
// tallies are published when it closes.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as Y from 'yjs';
import {
  addResolution,
  BackupSchema,
  checkDots,
  checkMarks,
  closeRound,
  ConsentMarkSchema,
  ConsentVoteSchema,
  createBackup,
  DotVoteSchema,
  getRound,
  NewResolutionSchema,
  OpenRoundSchema,
  openRound,
  restoreBackup,
  roomName,
  RuleError,
  setRoundVoters,
  tallyConsent,
  tallyDots,
  type CreateWorkshopResponse,
} from '@nws/shared';
import type { AppDeps, Env } from './app.js';
import { authenticate } from './auth.js';
import { apiError, parseBody, parseEmptyBody } from './errors.js';

/** Largest backup accepted for import. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

export function registerRoundRoutes(app: Hono<Env>, { workshops, rooms, votes, audit, updateLog, log }: AppDeps): void {
  const control = (wid: string) => rooms.open(roomName(wid, 'control'));
  const board = (wid: string) => rooms.open(roomName(wid, 'board'));
  const run = async (c: Context, fn: () => Response | Promise<Response>): Promise<Response> => {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof RuleError) return apiError(c, 400, 'invalid_body', err.message);
      log('round command failed', { path: c.req.path, error: String(err) });
      return apiError(c, 503, 'room_unavailable', 'The workshop cannot be changed right now.');
    }
  };

  app.post('/api/workshops/:id/rounds', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, OpenRoundSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const round = control(wid).change((d) => openRound(d, body.data));
      audit.record(wid, auth.session.id, 'round.open', { roundId: round.id, kind: round.kind });
      return c.json({ round }, 201);
    });
  });

  app.post('/api/workshops/:id/rounds/:rid/close', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const empty = await parseEmptyBody(c);
    if (!empty.ok) return empty.response;
    return run(c, () => {
      const round = getRound(control(wid).doc, c.req.param('rid'));
      if (!round) return apiError(c, 404, 'unknown_round', 'No such round.');
      if (round.status === 'closed') return apiError(c, 409, 'round_closed', 'The round is closed already.');
      const all = votes.all(round.id);
      const results =
        round.kind === 'dots'
          ? { dots: tallyDots(round.itemIds, all.map((v) => ({ itemId: v.itemId, value: Number(v.value) }))) }
          : { consent: tallyConsent(round.itemIds, all.flatMap((v) => (ConsentMarkSchema.safeParse(v.value).success ? [{ itemId: v.itemId, mark: ConsentMarkSchema.parse(v.value) }] : []))) };
      const closed = control(wid).change((d) => closeRound(d, round.id, results));
      votes.clear(round.id); // individual votes are never published, and not kept
      audit.record(wid, auth.session.id, 'round.close', { roundId: round.id, voters: closed.voters });
      return c.json({ round: closed });
    });
  });

  app.put('/api/workshops/:id/rounds/:rid/vote', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['participant']);
    if (!auth.ok) return auth.response;
    return run(c, async () => {
      const round = getRound(control(wid).doc, c.req.param('rid'));
      if (!round) return apiError(c, 404, 'unknown_round', 'No such round.');
      if (round.status === 'closed') return apiError(c, 409, 'round_closed', 'The round is closed.');
      let values: Record<string, string | number>;
      if (round.kind === 'dots') {
        const body = await parseBody(c, DotVoteSchema);
        if (!body.ok) return body.response;
        checkDots(round, body.data.dots);
        values = body.data.dots;
      } else {
        const body = await parseBody(c, ConsentVoteSchema);
        if (!body.ok) return body.response;
        checkMarks(round, body.data.marks);
        values = body.data.marks;
      }
      votes.replace(wid, round.id, auth.session.id, values);
      control(wid).change((d) => setRoundVoters(d, round.id, votes.voters(round.id)));
      return c.json({ ok: true });
    });
  });

  app.get('/api/workshops/:id/rounds/:rid/vote', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['participant']);
    if (!auth.ok) return auth.response;
    return c.json({ votes: votes.mine(c.req.param('rid'), auth.session.id) });
  });

  app.post('/api/workshops/:id/resolutions', async (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    const body = await parseBody(c, NewResolutionSchema);
    if (!body.ok) return body.response;
    return run(c, () => {
      const { roundId, itemId } = body.data;
      const round = roundId ? getRound(control(wid).doc, roundId) : null;
      if (roundId && (!round || round.status !== 'closed')) return apiError(c, 409, 'round_open', 'A resolution takes the result of a closed round.');
      const tally = round && itemId ? (round.consent?.[itemId] ?? null) : null;
      const resolution = control(wid).change((d) => addResolution(d, { text: body.data.text, tally, roundId, itemId }));
      audit.record(wid, auth.session.id, 'resolution.add', { resolutionId: resolution.id });
      return c.json({ resolution }, 201);
    });
  });

  app.get('/api/workshops/:id/backup', (c) => {
    const wid = c.req.param('id');
    const auth = authenticate(c, workshops, wid, ['moderator']);
    if (!auth.ok) return auth.response;
    return run(c, () => {
      const w = workshops.get(wid)!;
      const people = workshops.people(wid).map(({ sessionId, name, organisation, level, role }) => ({ sessionId, name, organisation, level, role }));
      const backup = createBackup(board(wid).doc, control(wid).doc, { name: w.name, targetGroup: w.targetGroup, area: w.area }, people);
      audit.record(wid, auth.session.id, 'workshop.backup', {});
      c.header('Content-Disposition', `attachment; filename="netzwerkstatt-${wid}.json"`);
      return c.json(backup);
    });
  });

  app.post(
    '/api/workshops/import',
    bodyLimit({ maxSize: IMPORT_MAX_BYTES, onError: (c) => apiError(c, 413, 'too_large', `A backup may have at most ${IMPORT_MAX_BYTES} bytes.`) }),
    async (c) => {
      const body = await parseBody(c, BackupSchema);
      if (!body.ok) return body.response;
      let docs: { board: Y.Doc; control: Y.Doc };
      try {
        docs = restoreBackup(body.data);
      } catch {
        return apiError(c, 400, 'invalid_backup', 'The documents in this backup cannot be read.');
      }
      const created = workshops.create(body.data.workshop);
      workshops.addImportedPeople(created.workshop.id, body.data.people);
      updateLog.append(roomName(created.workshop.id, 'board'), Y.encodeStateAsUpdate(docs.board));
      updateLog.append(roomName(created.workshop.id, 'control'), Y.encodeStateAsUpdate(docs.control));
      audit.record(created.workshop.id, 'import', 'workshop.import', { exportedAt: body.data.exportedAt });
      const res: CreateWorkshopResponse = { workshop: created.workshop, moderatorToken: created.moderatorToken, screenToken: created.screenToken };
      return c.json(res, 201);
    },
  );
}
