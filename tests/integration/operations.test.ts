// Operations: an online backup taken while another process keeps writing holds every write
// acknowledged before it began and passes its integrity check; a restore checks its file first and
// keeps the database it replaces; /healthz says whether the database is reachable and migrated.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv({ APP_MODE: 'demo' });
beforeAll(() => migrateAndSeed(file, { demoUsers: false }));

// Another process writing rows one by one, printing each id once its transaction committed.
const WRITER = `
const Database = require(${JSON.stringify(`${process.cwd()}/node_modules/better-sqlite3`)});
const db = new Database(process.argv[1], { timeout: 10000 });
const put = db.prepare("INSERT INTO Setting (key, value) VALUES (?, 'w')");
for (let i = 0; i < Number(process.argv[2]); i++) { put.run('w' + i); process.stdout.write(i + '\\n'); }
db.close();
`;

describe('backup and restore', () => {
  it('backs up during a stream of writes: every write acknowledged before the backup is in it; restore brings it back', async () => {
    const { backupDatabase, restoreDatabase, checkBackup } = await import('@/scripts/db');
    const acked: number[] = [];
    const writer = spawn(process.execPath, ['-e', WRITER, file, '3000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    writer.stdout.on('data', (b: Buffer) => acked.push(...b.toString().trim().split('\n').filter(Boolean).map(Number)));
    while (acked.length < 200) await new Promise((r) => setTimeout(r, 5));
    const ackedBefore = acked.length;
    const backup = path.join(path.dirname(file), 'backup.db');
    await backupDatabase(backup, file);
    await new Promise((r) => writer.on('exit', r));
    expect(checkBackup(backup)).toEqual([]);
    const b = new Database(backup, { readonly: true });
    const keys = new Set((b.prepare("SELECT key FROM Setting WHERE key LIKE 'w%'").all() as { key: string }[]).map((r) => r.key));
    expect(b.prepare('SELECT COUNT(*) AS n FROM Task').get()).toEqual({ n: 19 });
    b.close();
    for (let i = 0; i < ackedBefore; i++) expect(keys.has(`w${i}`), `w${i}`).toBe(true);

    // Restore into a fresh place: the database the backup holds, and the old one kept beside it.
    const target = path.join(path.dirname(file), 'restored.db');
    await restoreDatabase(backup, target);
    const r = new Database(target, { readonly: true });
    expect((r.prepare("SELECT COUNT(*) AS n FROM Setting WHERE key LIKE 'w%'").get() as { n: number }).n).toBe(keys.size);
    expect(r.pragma('journal_mode', { simple: true })).toBe('wal');
    r.close();
    const again = await restoreDatabase(backup, target);
    expect(again.kept).toMatch(/restored\.db\.before-restore-/);
  });

  it('carries the evidence files: into FILE.files on backup (new ones only), into the store of the restored database on restore', async () => {
    const { backupDatabase, restoreDatabase } = await import('@/scripts/db');
    const { LocalFileStore, filesDirFor } = await import('@/lib/files/store');
    const live = new LocalFileStore(filesDirFor(file));
    const sha = await live.put(Buffer.from('%PDF-1.4 验收单'));
    const backup = path.join(path.dirname(file), 'with-files', 'backup.db');
    const first = await backupDatabase(backup, file);
    expect(first.files).toBeGreaterThanOrEqual(1);
    expect((await new LocalFileStore(`${backup}.files`).get(sha))?.toString()).toBe('%PDF-1.4 验收单');
    // Backing up again into the same place adds nothing (content-addressed: the same names, the same bytes).
    expect((await backupDatabase(backup, file)).files).toBe(0);
    const elsewhere = path.join(path.dirname(file), 'elsewhere', 'app.db');
    await restoreDatabase(backup, elsewhere);
    expect((await new LocalFileStore(filesDirFor(elsewhere)).get(sha))?.toString()).toBe('%PDF-1.4 验收单');
  });

  it('refuses to restore a damaged or foreign file, and changes nothing', async () => {
    const { restoreDatabase } = await import('@/scripts/db');
    const junk = path.join(path.dirname(file), 'junk.db');
    writeFileSync(junk, 'this is not a database');
    await expect(restoreDatabase(junk, file)).rejects.toThrow(/refusing to restore/);
    const other = path.join(path.dirname(file), 'other.db');
    new Database(other).exec('CREATE TABLE x (a)');
    await expect(restoreDatabase(other, file)).rejects.toThrow(/not a database of this app/);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM Task').get()).toEqual({ n: 19 });
    db.close();
  });

  it('refuses an app database that fails integrity_check (an index that lost a row), and changes nothing', async () => {
    const { restoreDatabase, backupDatabase, checkBackup } = await import('@/scripts/db');
    const damaged = path.join(path.dirname(file), 'damaged.db');
    const donor = path.join(path.dirname(file), 'donor.db');
    await backupDatabase(damaged, file);
    await backupDatabase(donor, file);
    const rootOf = (f: string) => {
      const d = new Database(f);
      d.pragma('journal_mode = DELETE');
      const info = {
        pageSize: d.pragma('page_size', { simple: true }) as number,
        root: (d.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'Task_planYearId_number_key'").get() as { rootpage: number }).rootpage,
      };
      d.close();
      return info;
    };
    // The donor loses task 19 (its index page with it); that index page is put into the copy, whose table still has the row.
    const dd = new Database(donor);
    dd.pragma('foreign_keys = OFF');
    dd.prepare('DELETE FROM Task WHERE number = 19').run();
    dd.close();
    const { pageSize, root } = rootOf(damaged);
    expect(rootOf(donor).root).toBe(root);
    const page = Buffer.alloc(pageSize);
    const src = openSync(donor, 'r');
    readSync(src, page, 0, pageSize, (root - 1) * pageSize);
    closeSync(src);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, page, 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    // Every table still reads and integrity_check answers (no exception): only its answer says what is wrong.
    const look = new Database(damaged, { readonly: true });
    expect(look.prepare('SELECT COUNT(*) AS n FROM Task').get()).toEqual({ n: 19 });
    expect((look.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).not.toBe('ok');
    look.close();
    expect(checkBackup(damaged).join()).toMatch(/^integrity_check: .*missing from index/);
    await expect(restoreDatabase(damaged, file)).rejects.toThrow(/refusing to restore: integrity_check/);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM Task').get()).toEqual({ n: 19 });
    db.close();
  });

  it('refuses while an app server uses the database (another process holds its lock); --force restores anyway; after the server ends it works', async () => {
    const { restoreDatabase, backupDatabase } = await import('@/scripts/db');
    const backup = path.join(path.dirname(file), 'for-restore.db');
    await backupDatabase(backup, file);
    const stamp = () => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare("SELECT value FROM Setting WHERE key = 'marker'").get() as { value: string } | undefined;
      db.close();
      return row?.value;
    };
    const mark = (value: string) => {
      const db = new Database(file);
      db.prepare("INSERT OR REPLACE INTO Setting (key, value) VALUES ('marker', ?)").run(value);
      db.close();
    };
    mark('after-backup');
    // A stand-in server: another process that takes the lock the way scripts/serve.ts does, then waits.
    const HOLDER = `
      const Database = require(${JSON.stringify(`${process.cwd()}/node_modules/better-sqlite3`)});
      const db = new Database(process.argv[1] + '.serving', { timeout: 0 });
      db.exec('BEGIN EXCLUSIVE');
      process.stdout.write('holding\\n');
      setInterval(() => {}, 1000);
    `;
    const server = spawn(process.execPath, ['-e', HOLDER, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((r) => server.stdout.once('data', () => r()));
    try {
      await expect(restoreDatabase(backup, file)).rejects.toThrow(/an app server is using .*Stop it first/s);
      expect(stamp()).toBe('after-backup'); // nothing changed
    } finally {
      server.kill('SIGKILL'); // even kill -9 releases the lock
      await new Promise((r) => server.on('exit', r));
    }
    const { holdServerLock, serverIsRunning } = await import('@/lib/server-lock');
    expect(serverIsRunning(file)).toBe(false);
    const release = holdServerLock(file)!;
    expect(serverIsRunning(file)).toBe(true);
    await restoreDatabase(backup, file, { force: true });
    expect(stamp()).toBeUndefined();
    release();
    mark('again');
    await restoreDatabase(backup, file);
    expect(stamp()).toBeUndefined();
  });
});

describe('/healthz', () => {
  it('is ok on a migrated database and names a pending migration otherwise', async () => {
    const { getHealth } = await import('@/lib/data/health');
    expect(await getHealth()).toMatchObject({ ok: true, database: true, migrations: { pending: [] } });
    const db = new Database(file);
    const last = db.prepare('SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1').get() as { migration_name: string };
    db.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(last.migration_name);
    db.close();
    expect(await getHealth()).toMatchObject({ ok: false, database: true, migrations: { pending: [last.migration_name] } });
  });
});
