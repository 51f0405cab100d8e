// Versions, restore and the bin (mounted at /api/workshops/:id). The
// moderation lists versions with what changed, previews one read-only, saves
// one on demand ("Stand sichern") and restores the whole board or single
// things as a new server change; a version of the board is taken just before
// every restore, so restoring that one undoes it. The bin holds cards deleted
// from the live board; the moderation takes any back, a participant their own.
import { Hono, type Context } from 'hono';
import { toBase64 } from 'lib0/buffer';
import {
  assertRestorable,
  cardsMap,
  DomainError,
  NewVersionBodySchema,
  putCard,
  restoreFromVersion,
  RestoreBodySchema,
  roomName,
  versionDoc,
  type BinListResponse,
  type BinRestoreResponse,
  type RestoreBody,
  type RestoreResponse,
  type VersionInfo,
  type VersionListResponse,
  type VersionPreviewResponse,
  type VersionResponse,
  type VersionTrigger,
} from '@nws/shared';
import type { Env } from './deps.js';
import { emptyBody, jsonBody } from './middleware/body.js';
import { requireSession } from './middleware/session.js';
import { roomsOf } from './rooms.js';

/** Takes a version of the caller's workshop board now. Throws if it cannot be stored. */
export function takeVersion(c: Context<Env>, trigger: VersionTrigger, label = ''): VersionInfo {
  const wid = c.var.session.workshopId;
  return c.var.deps.versions.take(wid, roomName(wid, 'board'), roomsOf(c).read('board'), trigger, label);
}

/** For commands that take a version on the side (step, reveal, round close): their own change stands even if the version fails; it is logged. */
export function recordVersion(c: Context<Env>, trigger: VersionTrigger, label = ''): void {
  try {
    takeVersion(c, trigger, label);
  } catch (err) {
    c.var.deps.log('version failed', { workshop: c.var.session.workshopId, trigger, error: String(err) });
  }
}

const describeTarget = (t: RestoreBody) =>
  t.what === 'all' ? 'ganzer Stand' : t.what === 'goals' ? 'Zielsystem' : `${t.what} ${t.id}`;

function storedVersion(c: Context<Env>) {
  const found = c.var.deps.versions.get(c.var.session.workshopId, c.req.param('vid') ?? '');
  if (!found) throw new DomainError('not_found', 'No such version.');
  return found;
}

const moderator = requireSession('moderator');

export const versionRoutes = new Hono<Env>()
  .get('/versions', moderator, (c) =>
    c.json<VersionListResponse>({ versions: c.var.deps.versions.list(c.var.session.workshopId) }),
  )

  .post('/versions', moderator, jsonBody(NewVersionBodySchema), (c) => {
    const version = takeVersion(c, 'manual', c.req.valid('json').label ?? '');
    c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'version.save', { versionId: version.id });
    return c.json<VersionResponse, 201>({ version }, 201);
  })

  .get('/versions/:vid', moderator, (c) => {
    const { info, snapshot } = storedVersion(c);
    return c.json<VersionPreviewResponse>({ version: info, update: toBase64(snapshot) });
  })

  .post('/versions/:vid/restore', moderator, jsonBody(RestoreBodySchema), (c) => {
    const target = c.req.valid('json');
    const { info, snapshot } = storedVersion(c);
    const version = versionDoc(snapshot);
    try {
      assertRestorable(version, target);
      const stamp = new Date(info.createdAt).toISOString();
      const before = takeVersion(
        c,
        'restore',
        `Vor dem Wiederherstellen (${describeTarget(target)}) aus dem Stand ${info.label || stamp}`,
      );
      const restored = roomsOf(c).change('board', (d) => restoreFromVersion(d, version, target));
      c.var.deps.audit.record(c.var.session.workshopId, c.var.session.id, 'version.restore', {
        versionId: info.id,
        before: before.id,
        target,
      });
      return c.json<RestoreResponse>({ before, restored });
    } finally {
      version.destroy();
    }
  })

  .get('/bin', requireSession('moderator', 'participant'), (c) => {
    const { session, deps } = c.var;
    const live = cardsMap(roomsOf(c).read('board'));
    const names = new Map(deps.workshops.people(session.workshopId).map((p) => [p.sessionId, p.name]));
    const rows = deps.bin
      .list(session.workshopId, session.role === 'moderator' ? undefined : session.id)
      .filter((r) => !live.has(r.card.id));
    return c.json<BinListResponse>({
      cards: rows.map((r) => ({
        card: r.card,
        authorId: r.authorId,
        authorName: r.authorId ? (names.get(r.authorId) ?? null) : null,
        deletedAt: r.deletedAt,
        deletedBy: r.deletedBy,
      })),
    });
  })

  .post('/bin/:cardId/restore', requireSession('moderator', 'participant'), emptyBody(), (c) => {
    const { session, deps } = c.var;
    const cardId = c.req.param('cardId');
    const entry = deps.bin.get(session.workshopId, cardId);
    if (!entry) throw new DomainError('unknown_card', 'That card is not in the bin.');
    if (session.role !== 'moderator' && entry.authorId !== session.id)
      throw new DomainError('forbidden', 'Only the moderation and its author may take a card back.');
    roomsOf(c).change('board', (d) => {
      if (!cardsMap(d).has(cardId)) putCard(d, entry.card);
    });
    deps.bin.remove(session.workshopId, cardId);
    deps.audit.record(session.workshopId, session.id, 'bin.restore', { cardId });
    return c.json<BinRestoreResponse>({ card: entry.card });
  });
