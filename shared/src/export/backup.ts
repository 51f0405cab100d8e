// A JSON backup of a whole workshop: its description, its people, and both
// documents as Yjs updates (exact content, history folded). Importing it into
// a new workshop gives the same content, its decisions marked as imported.
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { z } from 'zod';
import { listCards } from '../doc/cards.js';
import { listCases } from '../method/conference.js';

// Importing checks and marks the backup's decisions (see importedDecisions.ts).
export {
  markImportedDecisions,
  roundProblems,
  resolutionProblems,
  type ImportedDecisions,
} from './importedDecisions.js';

export const BACKUP_FORMAT = 'netzwerkstatt-backup';

export const BackupPersonSchema = z.object({
  sessionId: z.string().max(64),
  name: z.string().max(80),
  organisation: z.string().max(120),
  level: z.enum(['decision', 'operative']).nullable(),
  role: z.enum(['moderator', 'participant', 'screen']),
});
export type BackupPerson = z.infer<typeof BackupPersonSchema>;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  workshop: z.object({
    name: z.string().min(1).max(120),
    targetGroup: z.string().min(1).max(200),
    area: z.string().min(1).max(200),
  }),
  people: z.array(BackupPersonSchema).max(2000),
  documents: z.object({ board: z.string().max(50_000_000), control: z.string().max(10_000_000) }),
});
export type Backup = z.infer<typeof BackupSchema>;

/**
 * The people a backup lists (and an import records): every participant, and a
 * moderator only where the content names them (card author, case role).
 * Screens write nothing, and the moderator link an import creates names
 * nothing, so backup → import → backup keeps the same people.
 */
export function backupPeople(people: readonly BackupPerson[], board: Y.Doc, control: Y.Doc): BackupPerson[] {
  const named = new Set<string>();
  for (const card of listCards(board)) if (card.authorId) named.add(card.authorId);
  for (const c of listCases(control))
    for (const id of [c.caseGiverId, c.userPerspectiveId, ...c.moderatorIds]) if (id) named.add(id);
  const out = new Map<string, BackupPerson>();
  for (const { sessionId, name, organisation, level, role } of people)
    if (!out.has(sessionId) && (role === 'participant' || (role === 'moderator' && named.has(sessionId))))
      out.set(sessionId, { sessionId, name, organisation, level, role });
  return [...out.values()];
}

/** Builds the backup of a workshop from its two documents. */
export function createBackup(
  board: Y.Doc,
  control: Y.Doc,
  workshop: Backup['workshop'],
  people: BackupPerson[],
  now = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    workshop,
    people,
    documents: { board: toBase64(Y.encodeStateAsUpdate(board)), control: toBase64(Y.encodeStateAsUpdate(control)) },
  };
}

/** The documents of a backup. Throws on a backup whose documents cannot be decoded. */
export function restoreBackup(backup: Backup): { board: Y.Doc; control: Y.Doc } {
  const board = new Y.Doc();
  const control = new Y.Doc();
  Y.applyUpdate(board, fromBase64(backup.documents.board));
  Y.applyUpdate(control, fromBase64(backup.documents.control));
  return { board, control };
}

/**
 * The content of a document as plain JSON, for comparison and reading. It
 * reads every root there is, generically and without writing (a backup may
 * hold roots this version does not declare); every root of our documents is
 * a Y.Map (see doc/board.ts and doc/control.ts), and roots decoded from an
 * update stay untyped until asked for by type.
 */
export function documentContent(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) out[name] = doc.getMap(name).toJSON();
  return out;
}
