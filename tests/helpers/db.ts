// A fresh, migrated SQLite file per test file (optionally seeded with the 2023 report). With
// DB=postgres (vitest.postgres.config.ts) a fresh database on the embedded PostgreSQL the run
// started instead: the "file" handed around is then its postgresql:// URL.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const onPostgres = () => process.env.DB === 'postgres';

/** Call inside vi.hoisted(): points DATABASE_URL at a new temp file (or PostgreSQL database) before any app module loads. */
export function tempDatabaseEnv(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'msdb-test-'));
  let file = path.join(dir, 'test.db');
  if (onPostgres()) {
    const server = process.env.TEST_POSTGRES_URL;
    if (!server) throw new Error('DB=postgres needs TEST_POSTGRES_URL (vitest.postgres.config.ts starts it)');
    file = `${server.replace(/\/[^/]*$/, '')}/${path.basename(dir).replace(/\W/g, '_').toLowerCase()}`;
    process.env.FILES_DIR = path.join(dir, 'files'); // evidence files beside nothing: a temp folder of the test's own
  }
  process.env.DATABASE_URL = onPostgres() ? file : `file:${file}`;
  Object.assign(process.env, extra);
  return file;
}

/** On PostgreSQL, the test's database must exist before it is migrated. */
async function createDatabase(url: string): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(url)) return;
  const { default: pg } = await import('pg');
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function migrateAndSeed(file: string, opts: { demoUsers?: boolean } = {}): Promise<void> {
  await createDatabase(file);
  const { createSeededDatabase } = await import('@/seeds/seed');
  await createSeededDatabase(file, { demoUsers: opts.demoUsers ?? false });
}

/**
 * A migrated file with no plan, just two units and their accounts (mzj 区民政局, clh 区残联) — for
 * tests of sign-in state that need no report data (and, under mutation testing, must not run the
 * seed: every mutant the seed reaches would otherwise cost a full seed per run).
 */
export async function migrateWithAccounts(file: string): Promise<void> {
  await createDatabase(file);
  const { migrateDeploy } = await import('@/prisma/migrate');
  const { createPrismaClient } = await import('@/lib/prisma');
  await migrateDeploy(file);
  const client = createPrismaClient(/^postgres(ql)?:\/\//.test(file) ? file : `file:${file}`);
  try {
    for (const [code, name, sortKey] of [
      ['mzj', '区民政局', 1],
      ['clh', '区残联', 2],
    ] as const) {
      const unit = await client.unit.create({ data: { code, name, sortKey }, select: { id: true } });
      await client.user.create({ data: { username: code, displayName: name, role: 'UNIT', unitId: unit.id, passwordHash: 'not-a-hash' } });
    }
  } finally {
    await client.$disconnect();
  }
}
