// "A server is using this database": the app server holds an exclusive SQLite lock on a small file
// beside the database (`app.db.serving`) for its whole life. The operating system drops the lock
// when the process ends — even on kill -9 — so it is never stale. `db:restore` asks for the same
// lock without waiting: when it cannot get it, a server is running and the restore is refused.
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const lockFile = (dbFile: string) => `${dbFile}.serving`;

/**
 * Takes the lock for this process's lifetime; returns its release (for tests and an orderly stop),
 * or null when another server already holds it (that one keeps restores away meanwhile).
 */
export function holdServerLock(dbFile: string): (() => void) | null {
  const db = new Database(lockFile(dbFile), { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return null;
    throw e;
  }
  return () => {
    db.exec('ROLLBACK');
    db.close();
  };
}

/** Whether a server (another process, or another connection here) holds the lock now. */
export function serverIsRunning(dbFile: string): boolean {
  // No folder yet (a restore onto a fresh machine): no server can be running on it.
  if (!existsSync(path.dirname(lockFile(dbFile)))) return false;
  const db = new Database(lockFile(dbFile), { timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw e;
  } finally {
    db.close();
  }
}
