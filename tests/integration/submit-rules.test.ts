// The submission's rules in one statement (`loadSubmitRules`, SQL written once per dialect) against
// the update form's context as Prisma loads it (`loadSubmitContext`, nine statements): for every
// task of the seed and every viewer (each unit, and none), the same units, the same open/closed
// year and the same form rules — after data that exercises each list: approved figures out of
// date order, a pending and a returned figure, notices whose parts stand differently per unit, a
// resolved problem, a completed sub-item, a reached milestone, a closed year. Runs on PostgreSQL too.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { field } from '@/lib/validation/update-fields';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29', APP_MODE: 'demo', SQL_LOG: '1' });

vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

type Prisma = typeof import('@/lib/prisma').prisma;
type Ctx = typeof import('@/lib/data/update-context');
let prisma: Prisma;
let ctx: Ctx;

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  ctx = await import('@/lib/data/update-context');
}, 120_000);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The part of the Prisma-loaded context a submission is checked against (sets as sorted lists). */
async function expected(taskId: number, unitId: number | null) {
  const c = await ctx.loadSubmitContext(taskId, unitId);
  if (!c) return null;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return {
    number: c.task.number,
    unitIds: c.unitIds,
    open: c.open,
    form: { ...c.form, openProblemIds: sorted(c.form.openProblemIds), openNoticeIds: sorted(c.form.openNoticeIds), openItemIds: c.form.openItemIds },
  };
}

async function compareEverywhere() {
  const tasks = await prisma.task.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const units = await prisma.unit.findMany({ select: { id: true } });
  let compared = 0;
  for (const { id } of tasks) {
    for (const unitId of [null, ...units.map((u) => u.id)]) {
      expect(await ctx.loadSubmitRules(id, unitId), `task ${id}, unit ${unitId}`).toEqual(await expected(id, unitId));
      compared += 1;
    }
  }
  return compared;
}

describe('a submission is checked against the same rules the form shows', () => {
  it('one statement for the whole of it; nothing for a task that does not exist', async () => {
    const { sqlCounter } = await import('@/lib/prisma');
    const task = (await prisma.task.findFirst({ where: { number: 16 }, select: { id: true } }))!;
    const sent = sqlCounter.count;
    const rules = await ctx.loadSubmitRules(task.id, null);
    expect(sqlCounter.count - sent).toBe(1);
    expect(rules?.open).toBe(true);
    expect(await ctx.loadSubmitRules(999_999, null)).toBeNull();
  });

  it('equals the form context for every task and viewer, on the seed', async () => {
    expect(await compareEverywhere()).toBeGreaterThan(19 * 13);
  });

  it('equals it after figures, notices, problems, sub-items and milestones that each list must tell apart', async () => {
    const office = (await prisma.user.findFirst({ where: { username: 'duchashi' }, select: { id: true } }))!;
    // A task with two units, an indicator, a milestone, an open problem and a sub-item.
    const task = (await prisma.task.findFirst({
      where: { units: { some: { ord: 1 } }, indicators: { some: {} }, milestones: { some: { reachedOn: null } }, items: { some: { completedOn: null } } },
      select: {
        id: true,
        units: { select: { unitId: true }, orderBy: { ord: 'asc' } },
        indicators: { select: { id: true }, orderBy: { ord: 'asc' } },
        milestones: { where: { reachedOn: null }, select: { id: true } },
        items: { where: { completedOn: null }, select: { id: true } },
      },
    }))!;
    expect(task).toBeTruthy();
    const [lead, other] = task.units.map((u) => u.unitId) as [number, number];
    const indicator = task.indicators[0]!.id;
    const update = (status: 'APPROVED' | 'PENDING' | 'RETURNED', asOf: string, value: number) =>
      prisma.progressUpdate.create({
        data: {
          taskId: task.id,
          asOf: day(asOf),
          narrative: `${status} ${value}`,
          status,
          values: { create: { indicatorId: indicator, value, asOf: day(asOf) } },
        },
      });
    // Entered later but dated earlier: the figure dated 2023-10-31 is the last approved, not the newest row.
    await update('APPROVED', '2023-10-31', 7.5);
    await update('APPROVED', '2023-10-15', 3);
    await update('PENDING', '2023-11-30', 99);
    await update('RETURNED', '2023-11-30', 98);
    // A notice to both units: open for the lead unit, answered by the other; another closed for the lead.
    const notice = (n: number, parts: { unitId: number; status: 'OPEN' | 'ACKNOWLEDGED' | 'ANSWERED' | 'RETURNED' | 'CLOSED' }[]) =>
      prisma.supervisionNotice.create({
        data: {
          taskId: task.id,
          issuedById: office.id,
          reason: '进度滞后',
          requiredAction: '说明原因',
          dueDate: day('2023-12-15'),
          year: 2023,
          number: 900 + n,
          recipients: { create: parts },
        },
      });
    await notice(1, [
      { unitId: lead, status: 'OPEN' },
      { unitId: other, status: 'ANSWERED' },
    ]);
    await notice(2, [{ unitId: lead, status: 'CLOSED' }]);
    await notice(3, [{ unitId: other, status: 'RETURNED' }]);
    await prisma.milestone.update({ where: { id: task.milestones[0]!.id }, data: { reachedOn: day('2023-09-30') } });
    await prisma.taskItem.update({ where: { id: task.items[0]!.id }, data: { completedOn: day('2023-09-30') } });
    const problem = await prisma.problem.findFirst({ where: { resolvedOn: null }, select: { id: true, taskId: true } });
    expect(problem).not.toBeNull();
    await prisma.problem.update({ where: { id: problem!.id }, data: { resolvedOn: day('2023-09-30') } });

    const forLead = (await ctx.loadSubmitRules(task.id, lead))!;
    const forOther = (await ctx.loadSubmitRules(task.id, other))!;
    expect(forLead.form.indicators[0]!.lastApproved).toBe(7.5);
    expect(forLead.form.openNoticeIds).toHaveLength(1);
    expect(forOther.form.openNoticeIds).toHaveLength(1);
    expect(forOther.form.openNoticeIds).not.toEqual(forLead.form.openNoticeIds);
    expect(forLead.form.milestones.find((x) => x.id === task.milestones[0]!.id)?.reached).toBe(true);
    expect(forLead.form.openItemIds).not.toContain(task.items[0]!.id);
    expect(forLead.form.indicators.some((i) => i.whole) || forLead.form.indicators.some((i) => i.isPercent)).toBe(true);
    expect((await ctx.loadSubmitRules(problem!.taskId, null))!.form.openProblemIds).not.toContain(problem!.id);
    await compareEverywhere();
  });

  it('equals it when the year no longer takes updates', async () => {
    await prisma.planYear.update({ where: { year: 2023 }, data: { status: 'ARCHIVED' } });
    try {
      const task = (await prisma.task.findFirst({ select: { id: true } }))!;
      expect((await ctx.loadSubmitRules(task.id, null))?.open).toBe(false);
      await compareEverywhere();
    } finally {
      await prisma.planYear.update({ where: { year: 2023 }, data: { status: 'ACTIVE' } });
    }
  });
});

describe("the update form reads the unit's newest update whole only when it was returned", () => {
  it('a pending newest update adds no statement to the form; a returned one is read whole and handed back with its figure and comment', async () => {
    const { sqlCounter } = await import('@/lib/prisma');
    // Task 19 (区残联's, one unit): no update of the unit's own yet on the seed, nor from the tests above.
    const task = (await prisma.task.findFirst({
      where: { number: 19, planYear: { year: 2023 } },
      select: { id: true, units: { select: { unitId: true } }, indicators: { select: { id: true }, orderBy: { ord: 'asc' } } },
    }))!;
    const unitId = task.units[0]!.unitId;
    const indicator = task.indicators[0]!.id;
    const statements = async () => {
      const sent = sqlCounter.count;
      const c = await ctx.loadUpdateContext(task.id, unitId);
      return { c: c!, sent: sqlCounter.count - sent };
    };
    const none = await statements();
    expect(none.c.returned).toBeNull();

    const pending = await prisma.progressUpdate.create({
      data: {
        taskId: task.id,
        asOf: day('2023-09-30'),
        narrative: '送教上门第三季度',
        status: 'PENDING',
        values: { create: { indicatorId: indicator, value: 51, asOf: day('2023-09-30') } },
      },
    });
    const withPending = await statements();
    expect(withPending.c.returned).toBeNull();
    expect(withPending.c.latestPendingId).toBe(pending.id);
    // The same statements as with no update at all: its lists are not read.
    expect(withPending.sent).toBe(none.sent);

    await prisma.progressUpdate.update({ where: { id: pending.id }, data: { status: 'RETURNED', reviewComment: '请补充人数来源' } });
    const withReturned = await statements();
    expect(withReturned.c.returned?.comment).toBe('请补充人数来源');
    expect(withReturned.c.returned?.values).toMatchObject({ narrative: '送教上门第三季度', asOf: '2023-09-30', [field.value(indicator)]: '51' });
    // The returned update read whole: itself and its four lists.
    expect(withReturned.sent).toBe(none.sent + 5);
  });
});
