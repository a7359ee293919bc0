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
