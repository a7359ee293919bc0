// The evaluated plan is cached per database, year and data version: a second screen reads one
// statement instead of the snapshot's seven, a write by another process (a second app server, the
// CLI, a restore) is seen at the next read, and what is cached is frozen so no screen can change it
// for the next request.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

const file = tempDatabaseEnv({ SQL_LOG: '1', APP_TODAY: '2026-11-29' });
vi.mock('@/lib/auth/session', () => ({ getSession: async () => null }));

let plans: typeof import('@/lib/data/evaluated-plan');
let counter: { count: number };

beforeAll(async () => {
  await migrateAndSeed(file);
  plans = await import('@/lib/data/evaluated-plan');
  counter = (await import('@/lib/prisma')).sqlCounter;
});

const statements = async (fn: () => Promise<unknown>) => {
  const before = counter.count;
  await fn();
  return counter.count - before;
};
const at = () => plans.getEvaluatedPlan({ year: '2023', asOf: '2023-09-30' });
const roadsOf = (p: NonNullable<Awaited<ReturnType<typeof at>>>) => p.rows.find((r) => r.task.number === 1)!.status.progress.actualPct;

describe('the evaluated-plan cache', () => {
  it('a warm read skips the snapshot queries (one statement for the year and the version) and gives the very same rows', async () => {
    (await import('@/lib/data/plan')).forgetPlanSnapshots();
    const cold = await statements(at);
    const first = (await at())!;
    const warm = await statements(at);
    console.log(`statements for one dashboard read: cold ${cold}, warm ${warm}`);
    expect(warm).toBeLessThan(cold);
    // The years and the year, each with the data version; the plan changes since the date go with the evaluation.
    expect(warm).toBe(2);
    expect((await at())!.rows).toBe(first.rows); // the same evaluation, not a copy
  });

  it('a write by another process is seen at the next read (the version is the database’s)', async () => {
    const before = roadsOf((await at())!);
    expect(before).toBe(50); // 2 of 4 roads, the report's figure
    // Another process approves a figure: 3 roads, on its own connection.
    const other = new Database(file);
    const changed = other
      .prepare(
        "UPDATE IndicatorValue SET value = 3 WHERE indicatorId = (SELECT i.id FROM Indicator i JOIN Task t ON t.id = i.taskId WHERE t.number = 1 AND i.key = 'roads')",
      )
      .run();
    other.close();
    expect(changed.changes).toBe(1);
    expect(roadsOf((await at())!)).toBe(75);
  });

  it('the plan changes after the date are kept with the evaluation, and one written by another process is seen at the next read', async () => {
    expect((await at())!.planChanged).toBeNull();
    const other = new Database(file);
    other
      .prepare(
        `INSERT INTO AuditEvent (at, action, entityType, entityId, taskId)
         SELECT '2026-11-20T02:00:00.000+00:00', 'plan.task_edited', 'Task', CAST(t.id AS TEXT), t.id
         FROM Task t JOIN PlanYear p ON p.id = t.planYearId WHERE p.year = 2023 AND t.number = 5`,
      )
      .run();
    other.close();
    const seen = (await at())!.planChanged;
    expect(seen).toMatchObject({ taskNumbers: [5], removedNumbers: [] });
    expect(await statements(at)).toBe(2); // and kept again under the new version
    expect((await at())!.planChanged).toEqual(seen);
  });

  it('what is cached is frozen: a screen that sorted it in place would fail at once, not change the next request', async () => {
    const p = (await at())!;
    expect(() => (p.rows as unknown[]).reverse()).toThrow(TypeError);
    expect(() => {
      (p.snap.tasks[0] as { content: string }).content = 'x';
    }).toThrow(TypeError);
    expect((await at())!.rows[0]!.task.number).toBe(1);
  });

  it('the year switch’s latest report dates: kept per data version too, and a write by another process is seen at the next read', async () => {
    const { getPlanYears, forgetPlanSnapshots } = await import('@/lib/data/plan');
    forgetPlanSnapshots();
    const latest2023 = async () => (await getPlanYears()).find((y) => y.year === 2023)!.latestReport;
    const cold = await statements(latest2023);
    const warm = await statements(latest2023);
    expect(warm).toBe(cold - 1); // the grouped statement over every update is skipped
    expect(await latest2023()).toBe('2023-06-30');
    const other = new Database(file);
    other
      .prepare("UPDATE ProgressUpdate SET asOf = '2023-09-30T00:00:00.000+00:00' WHERE id = (SELECT MIN(id) FROM ProgressUpdate WHERE status = 'APPROVED')")
      .run();
    other.close();
    expect(await latest2023()).toBe('2023-09-30');
  });
});
