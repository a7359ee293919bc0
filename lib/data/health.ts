// Health for monitors and the systemd unit: which database (sqlite or postgresql), that it answers,
// and that every migration of its history (prisma/migrations, prisma/migrations-postgres) is
// applied. No secrets, no counts of data.
import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '@/lib/prisma';
import { databaseKind } from '@/lib/env';

export async function getHealth(): Promise<{ ok: boolean; kind: 'sqlite' | 'postgresql'; database: boolean; migrations: { expected: number; applied: number; pending: string[] } }> {
  const sqlite = databaseKind() === 'sqlite';
  const kind = sqlite ? 'sqlite' : 'postgresql';
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', sqlite ? 'migrations' : 'migrations-postgres');
  const expected = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((m) => !applied.has(m));
    return { ok: pending.length === 0, kind, database: true, migrations: { expected: expected.length, applied: applied.size, pending } };
  } catch {
    return { ok: false, kind, database: false, migrations: { expected: expected.length, applied: 0, pending: expected } };
  }
}
