// Online backup of the database: SQLite's backup API copies a consistent
// snapshot (including what is still in the WAL) while the server keeps running.
import { openDatabase } from './db.js';

/** Writes a consistent copy of the database file at `source` to `target`. */
export async function backupDatabase(source: string, target: string): Promise<{ pages: number }> {
  const db = openDatabase(source);
  try {
    const result = await db.backup(target);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}
