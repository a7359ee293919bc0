// Backup and restore of the SQLite database, safe while the app runs (WAL mode):
//   npm run db:backup [-- --to FILE]   SQLite's online backup API into FILE (default data/backups/…)
//   npm run db:restore -- FILE [--force]  checks FILE (integrity, a migrated app database) before it
//                                      replaces anything; the current database is kept beside it;
//                                      refused while an app server runs on the database (--force: anyway)
// The evidence files (佐证材料) travel with each: into FILE.files on backup, back into the store on restore.
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databaseFile } from '@/lib/env';
import { serverIsRunning } from '@/lib/server-lock';
import { filesDirFor } from '@/lib/files/store';

const stamp = (d = new Date()) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/** Problems that make FILE unfit to restore from (empty list: fit). */
export function checkBackup(file: string): string[] {
  if (!existsSync(file)) return [`${file} does not exist`];
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    if (integrity.join() !== 'ok') return [`integrity_check: ${integrity.slice(0, 5).join('; ')}`];
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = ['_prisma_migrations', 'PlanYear', 'Task', 'User', 'AuditEvent'].filter((t) => !tables.has(t));
    return missing.length ? [`not a database of this app (missing ${missing.join(', ')})`] : [];
  } catch (e) {
    return [`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`];
  } finally {
    db?.close();
  }
}

/** An online backup of the live database (consistent even while other processes write). */
/**
 * The evidence files (content-addressed, never changed) from one folder into another, those not there
 * yet: hard-linked when both are on one file system, else copied. Returns how many were added.
 */
export function copyNewFiles(from: string, to: string): number {
  if (!existsSync(from)) return 0;
  let added = 0;
  for (const name of readdirSync(from, { recursive: true, encoding: 'utf8' })) {
    const src = path.join(from, name);
    const dest = path.join(to, name);
    if (!statSync(src).isFile() || name.endsWith('.tmp') || existsSync(dest)) continue;
    mkdirSync(path.dirname(dest), { recursive: true });
    try {
      linkSync(src, dest);
    } catch {
      copyFileSync(src, dest);
    }
    added++;
  }
  return added;
}

export async function backupDatabase(to?: string, from: string = databaseFile()): Promise<{ file: string; bytes: number; files: number }> {
  const file = to ?? path.join(path.dirname(from), 'backups', `app-${stamp()}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(from, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  const problems = checkBackup(file);
  if (problems.length) throw new Error(`backup ${file} failed its check: ${problems.join('; ')}`);
  // The evidence files after the database: every file a row of the copy names was stored before its row.
  const files = copyNewFiles(filesDirFor(from), `${file}.files`);
  return { file, bytes: statSync(file).size, files };
}

export class ServerRunning extends Error {}

/**
 * Replaces the database with FILE after checking it; the current one is kept as *.before-restore-<time>.
 * Refused while an app server uses the database (its writes would be lost and its open files
 * would see a database replaced under them); `force` restores anyway.
 */
export async function restoreDatabase(file: string, to: string = databaseFile(), opts: { force?: boolean } = {}): Promise<{ kept: string | null }> {
  if (!opts.force && serverIsRunning(to)) {
    throw new ServerRunning(
      `refusing to restore: an app server is using ${to}. Stop it first (Ctrl+C where npm start runs, or e.g. systemctl stop minsheng), then run the restore again. ` +
        '--force restores anyway; every write the running server makes after this is lost and it must be restarted.',
    );
  }
  const problems = checkBackup(file);
  if (problems.length) throw new Error(`refusing to restore: ${problems.join('; ')}`);
  let kept: string | null = null;
  if (existsSync(to)) {
    kept = `${to}.before-restore-${stamp()}`;
    await backupDatabase(kept, to); // a consistent copy of the current state, WAL included
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${to}${suffix}`, { force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(file, to);
  const db = new Database(to);
  db.pragma('journal_mode = WAL');
  db.close();
  // The backup's evidence files join the store (nothing there is ever overwritten: same name, same bytes).
  copyNewFiles(`${file}.files`, filesDirFor(to));
  return { kept };
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'backup') {
    const i = rest.indexOf('--to');
    const { file, bytes, files } = await backupDatabase(i >= 0 ? rest[i + 1] : undefined);
    console.log(`Backed up ${databaseFile()} to ${file} (${bytes} bytes, integrity ok) and ${files} new evidence files to ${file}.files.`);
  } else if (command === 'restore' && rest[0]) {
    const force = rest.includes('--force');
    if (force) console.warn('WARNING: --force: restoring while a server may be running. Restart the server at once; what it writes meanwhile is lost.');
    const { kept } = await restoreDatabase(rest[0], databaseFile(), { force });
    console.log(`Restored ${databaseFile()} from ${rest[0]}.${kept ? ` The previous database is kept at ${kept}.` : ''}`);
  } else {
    throw new Error('usage: db.ts backup [--to FILE] | restore FILE');
  }
}

if (process.argv[1] && process.argv[1].endsWith('db.ts')) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
