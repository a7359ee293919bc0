// Health for monitors and the systemd unit: the database answers and every migration in
// prisma/migrations is applied. No secrets, no counts of data.
import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { prisma } from '@/lib/prisma';

export async function getHealth(): Promise<{ ok: boolean; database: boolean; migrations: { expected: number; applied: number; pending: string[] } }> {
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'prisma', 'migrations');
  const expected = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((m) => !applied.has(m));
    return { ok: pending.length === 0, database: true, migrations: { expected: expected.length, applied: applied.size, pending } };
  } catch {
    return { ok: false, database: false, migrations: { expected: expected.length, applied: 0, pending: expected } };
  }
}
