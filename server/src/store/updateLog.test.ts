// The group commit's appends: committed without waiting for the disk, the
// connection's own setting (FULL) restored after each, and the write-ahead
// log synced on demand, off the loop or blocking.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from './db.js';
import { UpdateLog } from './updateLog.js';

const dirs: string[] = [];
let db: DB | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('the update log’s unsynced appends', () => {
  it('commits them readable at once, keeps FULL for every other commit, and syncs the log file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nws-log-'));
    dirs.push(dir);
    db = openDatabase(join(dir, 'x.sqlite'));
    const log = new UpdateLog(db);
    const full = db.pragma('synchronous', { simple: true });
    expect(full).toBe(2);
    const ids = log.appendManyUnsynced([
      ['w/a', new Uint8Array([1])],
      ['w/b', new Uint8Array([2])],
    ]);
    expect(ids).toHaveLength(2);
    expect(db.pragma('synchronous', { simple: true })).toBe(full);
    expect([log.pending('w/a'), log.pending('w/b')]).toEqual([1, 1]);
    await expect(log.syncWal()).resolves.toBeUndefined();
    expect(() => log.syncWalNow()).not.toThrow();
  });

  it('restores the setting when the append fails', () => {
    db = openDatabase(':memory:');
    const log = new UpdateLog(db);
    db.exec('DROP TABLE updates');
    expect(() => log.appendManyUnsynced([['w/a', new Uint8Array([1])]])).toThrow();
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });
});
