// Contention for real: several processes, each with its own connection, write at once (reading
// first, as the update action does). Every write must be acknowledged and stored; none may fail
// with SQLITE_BUSY. Fails when the busy timeout is 0 or writeTransaction's lock statement is gone.
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv({ APP_MODE: 'demo' });
beforeAll(() => migrateAndSeed(file, { demoUsers: false }));

const WORKERS = 4;
const EACH = 40;

function runWorker(worker: number, taskId: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tests/helpers/write-worker.ts', String(worker), String(EACH), String(taskId)], {
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
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
