// Vitest global setup of the DB=postgres run (vitest.postgres.config.ts): one embedded PostgreSQL
// for the whole run; each test file makes its own database on it (tests/helpers/db.ts).
import { startPostgres, type TestPostgres } from './postgres';

let pg: TestPostgres | undefined;

export async function setup(): Promise<void> {
  pg = await startPostgres();
  process.env.TEST_POSTGRES_URL = pg.url();
}

export async function teardown(): Promise<void> {
  await pg?.stop();
}
