// The benchmark scripts run (`npm run bench` is not part of `npm test`, and a bench that crashed
// went unnoticed for a round): each in-process one on small inputs, checked for its figures line.
// Speed itself is measured by `npm run bench`, never asserted here.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv();

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-off.mjs', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: `file:${file}`, SQL_LOG: '0', ...env },
    timeout: 120_000,
  });

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
});

describe('the benchmark scripts run', () => {
  it('bench-reports: the model and both files of 2023 上半年', () => {
    const r = run('scripts/bench-reports.ts', ['2023', 'H1'], { BENCH_REPORT_RUNS: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2023 H1 \(19 tasks\): model \d+ ms, \.docx \d+ ms/);
  });
  it('bench-import: a generated 40-task workbook read, parsed and written; a zip bomb refused', () => {
    const r = run('scripts/bench-import.ts', [], { BENCH_IMPORT_TASKS: '40' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/import of 40 tasks .* read and parse \(worker\) \d+ ms, write \d+ ms/);
    expect(r.stdout).toMatch(/zip bomb .*: refused/);
  });
  it('bench-login: the wrong-password and unknown-user timings', () => {
    const r = run('scripts/bench-login.ts', [], { BENCH_LOGIN_RUNS: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrong password [\d.]+ ms, unknown user [\d.]+ ms/);
  });
});
