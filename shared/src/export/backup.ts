// A JSON backup of a whole workshop: its description, the people named in
// its content, and both documents as Yjs updates (exact content, history
// folded). Importing it into a new workshop gives identical content.
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';
import { z } from 'zod';

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
