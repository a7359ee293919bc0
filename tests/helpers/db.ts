// A fresh, migrated SQLite file per test file (optionally seeded with the 2023 report).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Call inside vi.hoisted(): points DATABASE_URL at a new temp file before any app module loads. */
export function tempDatabaseEnv(extra: Record<string, string> = {}): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-test-')), 'test.db');
  process.env.DATABASE_URL = `file:${file}`;
  Object.assign(process.env, extra);
  return file;
}

export async function migrateAndSeed(file: string, opts: { demoUsers?: boolean } = {}): Promise<void> {
  const { createSeededDatabase } = await import('@/seeds/seed');
  await createSeededDatabase(file, { demoUsers: opts.demoUsers ?? false });
}

/**
 * A migrated file with no plan, just two units and their accounts (mzj 区民政局, clh 区残联) — for
 * tests of sign-in state that need no report data (and, under mutation testing, must not run the
 * seed: every mutant the seed reaches would otherwise cost a full seed per run).
 */
export async function migrateWithAccounts(file: string): Promise<void> {
  const { migrateDeploy } = await import('@/prisma/migrate');
  const { createPrismaClient } = await import('@/lib/prisma');
  await migrateDeploy(file);
  const client = createPrismaClient(`file:${file}`);
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
