// Contention for real: several processes, each with its own connection, write at once (reading
// first, as the update action does). Every write must be acknowledged and stored; none may fail
// with SQLITE_BUSY. Fails when the busy timeout is 0 or writeTransaction's lock statement is gone.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pgClient from 'pg';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { startPostgres, type TestPostgres } from '@/tests/helpers/postgres';

const file = tempDatabaseEnv({ APP_MODE: 'demo' });
beforeAll(() => migrateAndSeed(file, { demoUsers: false }));

const WORKERS = 4;
const EACH = 40;

function runWorker(worker: number, taskId: number, url = `file:${file}`, mode: 'insert' | 'increment' = 'insert'): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'tests/helpers/write-worker.ts', String(worker), String(EACH), String(taskId), mode],
      {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b));
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim().split('\n').filter(Boolean)));
  });
}

describe('writes from several processes at once', () => {
  it(`${WORKERS} processes × ${EACH} read-then-write transactions: all acknowledged, all stored`, async () => {
    const db = new Database(file, { readonly: true });
    const { id: taskId } = db.prepare('SELECT id FROM Task WHERE number = 16').get() as { id: number };
    db.close();
    const lines = (await Promise.all(Array.from({ length: WORKERS }, (_, w) => runWorker(w, taskId)))).flat();
    const failures = lines.filter((l) => !l.startsWith('ack '));
    expect(failures, 'failed writes').toEqual([]);
    const acked = lines.map((l) => l.slice(4));
    expect(acked).toHaveLength(WORKERS * EACH);
    const check = new Database(file, { readonly: true });
    const stored = new Set(
      (check.prepare("SELECT narrative FROM ProgressUpdate WHERE narrative LIKE 'worker%'").all() as { narrative: string }[]).map((r) => r.narrative),
    );
    check.close();
    for (const n of acked) expect(stored.has(n), n).toBe(true);
  }, 120_000);
});

describe('on PostgreSQL: writes from several processes (as from several app servers) at once', () => {
  let pg: TestPostgres;
  let taskId = 0;
  beforeAll(async () => {
    pg = await startPostgres();
    const { migrateDeploy } = await import('@/prisma/migrate');
    await migrateDeploy(pg.url());
    const client = new pgClient.Client({ connectionString: pg.url() });
    await client.connect();
    // A plan year and a task to write on, and the counter.
    await client.query(`INSERT INTO "PlanYear" ("year", "title") VALUES (2023, 'contention')`);
    await client.query(`INSERT INTO "Project" ("planYearId", "number", "numeral", "title", "category") SELECT id, 1, '一', 'p', 'SERVICE' FROM "PlanYear"`);
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO "Task" ("planYearId", "projectId", "number", "content", "deadlineMonth", "h1Progress", "h2Plan") SELECT y.id, p.id, 1, 't', '2023-12', '', '' FROM "PlanYear" y, "Project" p RETURNING id`,
    );
    taskId = rows[0]!.id;
    await client.query(`INSERT INTO "Setting" ("key", "value") VALUES ('contention-counter', '0')`);
    await client.end();
  }, 120_000);
  afterAll(() => pg?.stop());

  const query = async <T extends object>(sql: string) => {
    const client = new pgClient.Client({ connectionString: pg.url() });
    await client.connect();
    const { rows } = await client.query<T & pgClient.QueryResultRow>(sql);
    await client.end();
    return rows;
  };

  // On PostgreSQL the increments are the test: every write acknowledged, none lost.
  it(`${WORKERS} processes × ${EACH} read-modify-write increments of one counter: all acknowledged, none lost (the write lock holds across processes)`, async () => {
    const lines = (await Promise.all(Array.from({ length: WORKERS }, (_, w) => runWorker(w, taskId, pg.url(), 'increment')))).flat();
    expect(
      lines.filter((l) => !l.startsWith('ack ')),
      'failed writes',
    ).toEqual([]);
    const [counter] = await query<{ value: string }>(`SELECT "value" FROM "Setting" WHERE "key" = 'contention-counter'`);
    expect(Number(counter!.value)).toBe(WORKERS * EACH);
  }, 120_000);
});
