// Seeding a database from the report: the counts and first updates it writes, and that seeding
// again changes nothing — not even what units reported since. (What the seed says is
// seeds/fidelity.test.ts, a unit test; this one writes a real SQLite file, so it is kept out of the
// mutation-testing suite, where it would cost seconds per mutant.)
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedPlan, readReport } from '@/seeds/plan';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

describe('seeding the database', () => {
  const file = tempDatabaseEnv();
  beforeAll(() => migrateAndSeed(file, { demoUsers: true }));

  async function dump() {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const out = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()]));
    db.close();
    return out;
  }

  it('writes the counts and the first update of every task', async () => {
    const d = await dump();
    expect(d.Project).toHaveLength(10);
    expect(d.Task).toHaveLength(19);
    expect(d.Unit).toHaveLength(13);
    expect(d.ProgressUpdate).toHaveLength(19);
    expect(d.User).toHaveLength(15);
    expect((d.ProgressUpdate as { asOf: string }[]).every((u) => u.asOf.startsWith('2023-06-30'))).toBe(true);
  });

  async function seedAgain() {
    const { createPrismaClient } = await import('@/lib/prisma');
    const { seedDatabase } = await import('@/seeds/seed');
    const client = createPrismaClient(`file:${file}`);
    await seedDatabase(client, buildSeedPlan(readReport()), { demoUsers: true });
    await client.$disconnect();
  }

  it('changes nothing when run twice', async () => {
    const before = await dump();
    await seedAgain();
    expect(await dump()).toEqual(before);
  });

  it('re-seeding never resets what units reported (a reached milestone, a finished road, a resolved problem)', async () => {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    db.prepare("UPDATE Milestone SET reachedOn = '2023-08-20T00:00:00.000+00:00' WHERE key = 'm08' AND taskId = (SELECT id FROM Task WHERE number = 1)").run();
    db.prepare("UPDATE TaskItem SET completedOn = '2023-09-30T00:00:00.000+00:00' WHERE key = 'donghai'").run();
    db.prepare("UPDATE Problem SET resolvedOn = '2023-09-30T00:00:00.000+00:00' WHERE key = 'preliminary'").run();
    db.close();
    const before = await dump();
    await seedAgain();
    const after = await dump();
    expect(after).toEqual(before);
    expect((after.Milestone as { key: string; reachedOn: string | null }[]).find((m) => m.key === 'm08' && m.reachedOn)).toBeTruthy();
  });
});
