// The data layer on the seeded database: reproduces the report's own classification at
// 2023-06-30, and keeps the number of SQL statements per screen constant as data grows 100×.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { ALERTS_SHOWN, OVERVIEW_PAGE_TASKS } from '@/lib/domain/overview';

const file = tempDatabaseEnv({ SQL_LOG: '1', APP_TODAY: '2026-11-29' });
// Counted per role; the session lookup itself (one more query when signed in) is left out.
const who = vi.hoisted(() => ({ actor: null as import('@/lib/auth/policy').Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => who.actor }));

type Data = typeof import('@/lib/data/overview') &
  typeof import('@/lib/data/evaluated-plan') &
  typeof import('@/lib/data/half-year') &
  typeof import('@/lib/data/leadership');
let data: Data;
let counter: { count: number };

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  data = {
    ...(await import('@/lib/data/overview')),
    ...(await import('@/lib/data/evaluated-plan')),
    ...(await import('@/lib/data/half-year')),
    ...(await import('@/lib/data/leadership')),
  };
  counter = (await import('@/lib/prisma')).sqlCounter;
});

const statuses = async (sp: Record<string, string> = {}) => {
  const plan = (await data.getEvaluatedPlan({ year: '2023', ...sp }))!;
  return { plan, byTask: new Map(plan.rows.map((r) => [r.task.number, r.status])) };
};

describe('the seeded report at 2023-06-30', () => {
  it('defaults the as-of date to the latest update of the year (today is outside 2023)', async () => {
    const { plan } = await statuses();
    expect(plan.asOf).toBe('2023-06-30');
  });

  it('reproduces the report: tasks 1 and 3 lagging for their blocking problems, 2 and 8 completed', async () => {
    const { plan, byTask } = await statuses();
    const by = (s: string) => plan.rows.filter((r) => r.status.status === s).map((r) => r.task.number);
    expect(by('lagging')).toEqual([1, 3]);
    expect(by('completed')).toEqual([2, 8]);
    expect(byTask.get(1)!.reasons[0]).toMatchObject({ kind: 'blocking_problem', problemKind: 'PRELIMINARY' });
    expect(byTask.get(3)!.reasons[0]).toMatchObject({ kind: 'blocking_problem', problemKind: 'COORDINATION', itemNames: ['明珠道绿廊公园带3号地块'] });
    // The report's "progressing well" tasks are not red; at-completion outcomes raise no false alarm.
    for (const n of [4, 5, 7, 10, 12, 16, 17, 18, 19]) expect(byTask.get(n)!.status, `task ${n}`).toBe('on_track');
    // Task 6 reports 60 % built against an August deadline: amber, in numbers.
    expect(byTask.get(6)!.status).toBe('at_risk');
    expect(byTask.get(6)!.reasons[0]).toMatchObject({ kind: 'behind', actual: 60 });
    const r6 = byTask.get(6)!.reasons[0]!;
    expect(r6.kind === 'behind' && r6.gapPts).toBeCloseTo((181 / 243) * 100 - 60, 6); // 14.49 points behind
    // Task 3's parks: no expectation yet, the 10–12月 step (all 5 parks) named as the next point.
    const parks = byTask.get(3)!.progress.indicators.find((i) => i.key === 'parks')!;
    expect(parks).toMatchObject({ expected: null, next: { label: '10-12月', value: 5 } });
    // Task 1: 2 of 4 roads, its first valued step in December; 东海道 and 永安路 lagging on their problem, the others done.
    expect(byTask.get(1)!.progress).toMatchObject({ actualPct: 50, expectedPct: null, next: { label: '12月', value: 4 } });
    expect(byTask.get(1)!.items.map((i) => [i.name, i.status])).toEqual([
      ['东海道', 'lagging'],
      ['永安路', 'lagging'],
      ['永安北三街', 'completed'],
      ['洪安四街', 'completed'],
    ]);
  });

  it('shows the sub-items the report names as done', async () => {
    const { plan } = await statuses();
    const t1 = plan.rows.find((r) => r.task.number === 1)!.task;
    expect(t1.items.filter((i) => i.completedOn).map((i) => i.name)).toEqual(['永安北三街', '洪安四街']);
    const t3 = plan.rows.find((r) => r.task.number === 3)!.task;
    expect(t3.items.filter((i) => !i.completedOn).map((i) => i.name)).toEqual(['明珠道绿廊公园带3号地块']);
  });

  it('an as-of date outside the plan year falls back to the default', async () => {
    const { plan } = await statuses({ asOf: '2024-03-01' });
    expect(plan.asOf).toBe('2023-06-30');
    expect(plan.years).toEqual([{ year: 2023, notStarted: false }]);
  });

  it('filters by unit: 区民政局 leaves tasks 16–18', async () => {
    const o = (await data.getOverview({ year: '2023', unit: 'mzj' }))!;
    expect(o.projects.flatMap((p) => p.rows.map((r) => r.task.number))).toEqual([16, 17, 18]);
  });

  it('at 2023-10-31 overdue elevator milestones turn task 11 red', async () => {
    const { byTask } = await statuses({ asOf: '2023-10-31' });
    const s = byTask.get(11)!;
    expect(s.status).toBe('lagging');
    expect(s.reasons.filter((r) => r.kind === 'milestone_overdue').map((r) => r.kind === 'milestone_overdue' && r.periodLabel)).toEqual(['7月', '8月', '9月']);
  });
});

describe('SQL statements per screen stay constant as data grows', () => {
  /** Statements of a cold read: the cached snapshots are forgotten first (a warm read is counted below). */
  async function count(fn: () => Promise<unknown>): Promise<number> {
    (await import('@/lib/data/plan')).forgetPlanSnapshots();
    const before = counter.count;
    await fn();
    return counter.count - before;
  }
  type Screens = Record<string, () => Promise<unknown>>;
  const asRole = (username: string | null) => async () => {
    const { prisma } = await import('@/lib/prisma');
    who.actor = username
      ? await prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true, role: true, unitId: true, displayName: true, username: true } })
      : null;
  };
  // Every screen's data, for every role (a screen a role may not see still costs what it costs).
  const SCREENS: Screens = {
    overview: () => data.getOverview({}),
    timeline: () => data.getEvaluatedPlan({}),
    task: async () => (await import('@/lib/data/task')).getTaskDetail(3, {}),
    project: async () => (await import('@/lib/data/task')).getProjectDetail(1, {}),
    halfYear: async () => (await import('@/lib/data/half-year')).getHalfYear({}),
    leadership: async () => (await import('@/lib/data/leadership')).getLeadership({}),
    my: async () => (await import('@/lib/data/my')).getMyTasks({}),
    updateForm: async () => (await import('@/lib/data/update-context')).getUpdatePage(undefined, 16),
    review: async () => (await import('@/lib/data/review')).getReviewQueue(),
    audit: async () => (await import('@/lib/data/audit')).getAuditEvents({}),
    reports: async () => (await import('@/lib/data/reports')).getReportsPage({}),
    notices: async () => (await import('@/lib/data/notices')).getNoticeLedger({}),
    inbox: async () => (await import('@/lib/data/inbox')).getInbox(),
    plan: async () => (await import('@/lib/data/plan-admin')).getPlanAdmin(),
    accounts: async () => (await import('@/lib/data/accounts')).getAccounts(),
  };
  const screensOf = (): Record<string, [() => Promise<void>, Screens]> => ({
    anonymous: [asRole(null), SCREENS],
    unit: [asRole('mzj'), SCREENS],
    leader: [asRole('lingdao'), SCREENS],
    supervisor: [asRole('duchashi'), SCREENS],
  });
  async function countAll(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [role, [become, screens]] of Object.entries(screensOf())) {
      await become();
      for (const [name, fn] of Object.entries(screens)) out[`${role}.${name}`] = await count(fn);
    }
    who.actor = null;
    return out;
  }

  // The 100× data is generated straight into the SQLite file (scripts/generate-dataset.ts): SQLite only.
  it.skipIf(process.env.DB === 'postgres')('the same count at 1× and at 100×, for every screen and role', async () => {
    // A 督办件 and two 领导批示 (one put into effect by it, one pending) on every 2023 task, as the
    // generated years have, so relation loads run at 1× too.
    const { prisma } = await import('@/lib/prisma');
    const issuer = await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' }, select: { id: true } });
    const leader = await prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' }, select: { id: true } });
    for (const t of await prisma.task.findMany({
      where: { planYear: { year: 2023 } },
      select: { id: true, number: true, units: { select: { unitId: true } } },
    })) {
      const n = await prisma.supervisionNotice.create({
        data: {
          taskId: t.id,
          issuedById: issuer.id,
          reason: '测试',
          requiredAction: '测试',
          dueDate: new Date('2023-08-31T00:00:00Z'),
          year: 2023,
          number: t.number,
          recipients: { create: t.units.map((u) => ({ unitId: u.unitId })) },
          events: { create: { kind: 'ISSUED', actorId: issuer.id } },
        },
        select: { id: true },
      });
      await prisma.instruction.createMany({
        data: [
          { taskId: t.id, authorId: leader.id, text: '测试', noticeId: n.id },
          { taskId: t.id, authorId: leader.id, text: '测试' },
        ],
      });
    }
    const at1 = await countAll();
    const { generateDataset, SIZE_100X } = await import('@/scripts/generate-dataset');
    const made = generateDataset(file, SIZE_100X);
    expect(made.tasks).toBe(1900);
    const at100 = await countAll();
    console.log(`SQL statements per screen — 1×: ${JSON.stringify(at1)}; 100×: ${JSON.stringify(at100)}`);
    expect(at1['anonymous.overview']).toBeGreaterThan(0);
    expect(at1['anonymous.overview']).toBeLessThanOrEqual(20);
    expect(at100).toEqual(at1);
    // The default year is now the newest generated one, with 10× the tasks of 2023.
    const o = (await data.getOverview({}))!;
    expect(o.snap.tasks).toHaveLength(190);
    expect(o.years).toHaveLength(11);
    // 半年对标 of the 190-task year comes in pages; together they are every row, once; a task's rows
    // are never cut, and a project is cut only when it is larger than a page.
    const hy = (page: number) => data.getHalfYear({ page: String(page) }).then((d) => d!);
    const { HALF_YEAR_PAGE_ROWS } = data;
    const first = await hy(1);
    expect(first.paging.pages).toBeGreaterThan(1);
    const pages = await Promise.all(Array.from({ length: first.paging.pages }, (_, i) => hy(i + 1)));
    const seen = pages.flatMap((d) => d.rows.map((r) => `${r.taskNumber}-${r.indicatorKey}`));
    expect(seen).toHaveLength(first.paging.total);
    expect(new Set(seen).size).toBe(seen.length);
    const pagesOf = (key: (r: (typeof first.rows)[number]) => number) => {
      const m = new Map<number, Set<number>>();
      for (const d of pages) for (const r of d.rows) m.set(key(r), (m.get(key(r)) ?? new Set()).add(d.paging.page));
      return m;
    };
    for (const d of pages) expect(d.rows.length).toBeLessThanOrEqual(HALF_YEAR_PAGE_ROWS);
    expect([...pagesOf((r) => r.taskNumber).values()].every((s) => s.size === 1)).toBe(true);
    const rowsOfProject = (n: number) => pages.flatMap((d) => d.rows).filter((r) => r.projectNumber === n).length;
    for (const [n, on] of pagesOf((r) => r.projectNumber)) if (on.size > 1) expect(rowsOfProject(n)).toBeGreaterThan(HALF_YEAR_PAGE_ROWS);
    // The seed-sized year stays one page.
    expect((await data.getHalfYear({ year: '2023' }))!.paging).toMatchObject({ pages: 1, total: 62 });

    // The overview of the 190-task year: its project list in pages of whole projects, every task
    // once; the 20 most urgent alerts, all of them on request. The seed's year: one page, every alert.
    const ov = (sp: Record<string, string>) => data.getOverview(sp).then((d) => d!);
    const o1 = await ov({});
    expect(o1.paging.total).toBe(190);
    expect(o1.paging.pages).toBeGreaterThan(1);
    const ovPages = await Promise.all(Array.from({ length: o1.paging.pages }, (_, i) => ov({ page: String(i + 1) })));
    const tasksSeen = ovPages.flatMap((d) => d.projects.flatMap((p) => p.rows.map((r) => r.task.number)));
    expect(tasksSeen.sort((a, b) => a - b)).toEqual(o1.snap.tasks.map((t) => t.number).sort((a, b) => a - b));
    for (const d of ovPages) expect(d.projects.flatMap((p) => p.rows).length).toBeLessThanOrEqual(OVERVIEW_PAGE_TASKS);
    expect(o1.alertsTotal).toBeGreaterThan(ALERTS_SHOWN);
    expect(o1.alerts).toHaveLength(ALERTS_SHOWN);
    expect((await ov({ alerts: 'all' })).alerts).toHaveLength(o1.alertsTotal);
    // Filters page what they leave: the lagging tasks only, each once.
    const lagging = await ov({ status: 'lagging' });
    expect(lagging.paging.total).toBe(lagging.counts.lagging);
    const seed = await ov({ year: '2023' });
    expect(seed.paging).toMatchObject({ page: 1, pages: 1, total: 19 });
    expect(seed.alerts).toHaveLength(seed.alertsTotal);

    // 领导驾驶舱 of the 190-task year: its lagging tasks, the 20 most overdue, all of them on request,
    // as many as the status counts say; the seed's year lists every lagging task.
    const lead = (sp: Record<string, string>) => data.getLeadership(sp).then((d) => d!);
    const l1 = await lead({});
    expect(l1.laggingTotal).toBe(l1.counts.lagging);
    expect(l1.laggingTotal).toBeGreaterThan(ALERTS_SHOWN);
    expect(l1.lagging).toHaveLength(ALERTS_SHOWN);
    const allLagging = (await lead({ lagging: 'all' })).lagging;
    expect(allLagging).toHaveLength(l1.laggingTotal);
    expect(allLagging.slice(0, ALERTS_SHOWN)).toEqual(l1.lagging);
    // Its steps due within 30 days of the as-of date: the 20 due first, all on request.
    expect(l1.dueSoonTotal).toBeGreaterThan(ALERTS_SHOWN);
    expect(l1.dueSoon).toHaveLength(ALERTS_SHOWN);
    const allDue = (await lead({ due: 'all' })).dueSoon;
    expect(allDue).toHaveLength(l1.dueSoonTotal);
    expect(allDue.slice(0, ALERTS_SHOWN)).toEqual(l1.dueSoon);
    const seedLead = await lead({ year: '2023' });
    expect(seedLead.dueSoon).toHaveLength(seedLead.dueSoonTotal);
    expect(seedLead.lagging.map((r) => r.task.number)).toEqual([1, 3]);
    expect(seedLead.laggingTotal).toBe(2);
  });
});
