// The hand-over between plan years and the one default date, on the seeded database:
// - with 2023 active and 2024 activated early, which year every screen opens on at a date in
//   2023, at a date in 2024, and years later; a year without reports reads 未开始报送, not "all overdue";
// - after one August approval, every screen names the same date and the same reason.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';
import { t } from '@/lib/i18n/zh-CN';

const file = tempDatabaseEnv({ APP_TODAY: '2026-12-01' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a saved change is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let env: typeof import('@/lib/env').env;
const supervisor: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
const leader: Actor = { id: 0, role: 'LEADER', unitId: null, displayName: '区领导', username: 'lingdao' };
const unit: Actor = { id: 0, role: 'UNIT', unitId: 0, displayName: '区工务署', username: 'gws' };

const form = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};

// Every screen that evaluates a plan year at a default date, as its data function returns it.
async function screens() {
  const sp = {};
  const [overview, leadership, halfYear, timeline, task] = await Promise.all([
    import('@/lib/data/overview').then((m) => m.getOverview(sp)),
    import('@/lib/data/leadership').then((m) => m.getLeadership(sp)),
    import('@/lib/data/half-year').then((m) => m.getHalfYear(sp)),
    import('@/lib/data/evaluated-plan').then((m) => m.getEvaluatedPlan(sp)), // 挂图作战 reads the evaluated plan as is
    import('@/lib/data/task').then((m) => m.getTaskDetail(1, sp)),
  ]);
  const saved = session.actor;
  session.actor = unit;
  const my = await import('@/lib/data/my').then((m) => m.getMyTasks(sp));
  session.actor = saved;
  const all = { overview, leadership, halfYear, timeline, task, my };
  return Object.entries(all).map(([name, d]) => ({ name, year: d!.snap.year, asOf: d!.asOf, reason: d!.asOfReason }));
}

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  env = (await import('@/lib/env')).env;
  for (const a of [supervisor, leader, unit]) {
    const u = await prisma.user.findUniqueOrThrow({ where: { username: a.username }, select: { id: true, unitId: true } });
    a.id = u.id;
    if (a.role === 'UNIT') a.unitId = u.unitId;
  }
  session.actor = supervisor;
  const plan = await import('@/lib/actions/plan');
  expect(
    await plan.createPlanYear({ status: 'idle' }, form({ source: 'copy', from: '2023', year: '2024', title: '盐田区2024年十件重点民生实事' })),
  ).toMatchObject({ status: 'ok' });
  expect(await plan.setPlanYearStatus(2024, { status: 'idle' }, form({ status: 'ACTIVE' }))).toMatchObject({ status: 'ok' });
  session.actor = leader;
});

describe('the turn of the year: 2023 active, 2024 activated early', () => {
  it('both years are active and both are in the year switch, 2024 marked 未开始报送', async () => {
    const years = await prisma.planYear.findMany({ select: { year: true, status: true }, orderBy: { year: 'asc' } });
    expect(years).toEqual([
      { year: 2023, status: 'ACTIVE' },
      { year: 2024, status: 'ACTIVE' },
    ]);
    const plan = (await (await import('@/lib/data/evaluated-plan')).getEvaluatedPlan({}))!;
    expect(plan.years).toEqual([
      { year: 2024, notStarted: true },
      { year: 2023, notStarted: false },
    ]);
  });

  it('years later (today 2026-12-01) every screen stays on 2023, the newest year with a report', async () => {
    for (const s of await screens()) expect(s, s.name).toMatchObject({ year: 2023, asOf: '2023-06-30', reason: 'latest_report' });
  });

  it('at a date in 2023 every screen shows 2023 at today, though 2024 is newer and active', async () => {
    env.APP_TODAY = '2023-12-20';
    try {
      for (const s of await screens()) expect(s, s.name).toMatchObject({ year: 2023, asOf: '2023-12-20', reason: 'today' });
    } finally {
      env.APP_TODAY = '2026-12-01';
    }
  });

  it('at a date in 2024 every screen shows 2024 as 未开始报送 at today', async () => {
    env.APP_TODAY = '2024-01-05';
    try {
      for (const s of await screens()) expect(s, s.name).toMatchObject({ year: 2024, asOf: '2024-01-05', reason: 'not_started' });
    } finally {
      env.APP_TODAY = '2026-12-01';
    }
  });

  it('2024 opened by hand years later reads 未开始报送 at its first day: nothing overdue, no 逾期 days', async () => {
    const { getLeadership } = await import('@/lib/data/leadership');
    const d = (await getLeadership({ year: '2024' }))!;
    expect([d.asOf, d.asOfReason]).toEqual(['2024-01-01', 'not_started']);
    expect(d.counts.lagging).toBe(0);
    expect(d.rows.flatMap((r) => r.status.reasons).filter((r) => r.kind === 'milestone_overdue' || r.kind === 'deadline_passed')).toEqual([]);
    const { t } = await import('@/lib/i18n/zh-CN');
    expect(t.asOf.hint(d.asOf, d.asOfReason)).toBe('本年度未开始报送（尚无审核通过的进展报送），状态按2024年1月1日计算');
  });
});

describe('one default date on every screen after an in-year approval', () => {
  it('after an August approval all six screens name 2023-08-31 and the same reason; 半年对标 stays on that date', async () => {
    const task = await prisma.task.findFirstOrThrow({ where: { number: 4, planYear: { year: 2023 } }, select: { id: true } });
    await prisma.progressUpdate.create({
      data: {
        taskId: task.id,
        asOf: new Date('2023-08-31T00:00:00Z'),
        narrative: '8月进展',
        status: 'APPROVED',
        submittedById: unit.id,
        reviewedById: supervisor.id,
        reviewedAt: new Date(),
      },
    });
    const all = await screens();
    expect(all.map((s) => s.name)).toEqual(['overview', 'leadership', 'halfYear', 'timeline', 'task', 'my']);
    for (const s of all) expect(s, s.name).toMatchObject({ year: 2023, asOf: '2023-08-31', reason: 'latest_report' });
    const { getHalfYear } = await import('@/lib/data/half-year');
    expect((await getHalfYear({}))!.period).toBe('DATE');
    // Asked for 全年 it still answers at 12-31, as chosen.
    expect((await getHalfYear({ period: 'FY' }))!).toMatchObject({ asOf: '2023-12-31', asOfReason: 'chosen' });
  });
});

describe('a 2023 notice still open when 2024 begins is chased until it is closed', () => {
  it('the unit finds it on 我的任务 of 2024, the office on the 2024 ledger, and reminders reach the unit after 2023 is archived', async () => {
    const { issueNotice } = await import('@/lib/actions/notices');
    const task1 = await prisma.task.findFirstOrThrow({ where: { number: 1, planYear: { year: 2023 } }, select: { id: true } });
    env.APP_TODAY = '2023-12-20';
    try {
      session.actor = supervisor;
      const issued = await issueNotice(
        task1.id,
        { status: 'idle' },
        form({ recipients: String(unit.unitId), level: 'DUBAN', reason: '东海道施工招标滞后', requiredAction: '1月中旬前完成招标', dueDate: '2024-01-15' }),
      );
      expect(issued).toMatchObject({ status: 'ok' });
      env.APP_TODAY = '2024-01-20';
      // 我的任务 opens on 2024, and lists the 2023 notice waiting on the unit, as what it is.
      session.actor = unit;
      const my = (await (await import('@/lib/data/my')).getMyTasks({}))!;
      expect(my.snap.year).toBe(2024);
      expect(my.notices.map((n) => [n.year, n.taskNumber, n.reason, n.overdue])).toEqual([[2023, 1, '东海道施工招标滞后', true]]);
      // The office's 督办台账 opens on 2024 and says which other years still have notices open.
      session.actor = supervisor;
      const ledger = (await (await import('@/lib/data/notices')).getNoticeLedger({}))!;
      expect(ledger.year).toBe(2024);
      expect(ledger.otherYearsOpen).toEqual([{ year: 2023, open: 1 }]);
      // A notice issued now on the 2023 task takes 2024's first number — a document number's year is the
      // year it is issued — and is listed in the 2023 ledger; the next, on a 2024 task, takes 2024's second.
      const task1of2024 = await prisma.task.findFirstOrThrow({ where: { number: 1, planYear: { year: 2024 } }, select: { id: true } });
      const ask = (taskId: number, reason: string) =>
        issueNotice(
          taskId,
          { status: 'idle' },
          form({ recipients: String(unit.unitId), level: 'DUBAN', reason, requiredAction: '月底前反馈', dueDate: '2024-01-31' }),
        );
      expect(await ask(task1.id, '永安路前期工作未完成')).toMatchObject({ status: 'ok' });
      expect(await ask(task1of2024.id, '2024年道路整治开工准备')).toMatchObject({ status: 'ok' });
      const numbered = await prisma.supervisionNotice.findMany({ select: { year: true, numberYear: true, number: true }, orderBy: { id: 'asc' } });
      expect(numbered.map((n) => [n.year, n.numberYear, n.number])).toEqual([
        [2023, 2023, 1],
        [2023, 2024, 1],
        [2024, 2024, 2],
      ]);
      const { getNoticeLedger } = await import('@/lib/data/notices');
      const of2023 = (await getNoticeLedger({ year: 2023 }))!;
      expect(of2023.notices.map((n) => t.notice.number(n.numberYear, n.number))).toEqual(['督办〔2024〕第1号', '督办〔2023〕第1号']);
      // What the unit was told names the number the notice was issued with.
      const told = await prisma.reminder.findMany({ where: { rule: 'NOTICE_ISSUED', unitId: unit.unitId! }, select: { text: true }, orderBy: { id: 'asc' } });
      expect(told.map((r) => /督办〔\d+〕第\d+号/.exec(r.text)?.[0])).toEqual(['督办〔2023〕第1号', '督办〔2024〕第1号', '督办〔2024〕第2号']);
      // 2023 archived: the notice is still due, and still reminded to the unit.
      const plan = await import('@/lib/actions/plan');
      expect(await plan.setPlanYearStatus(2023, { status: 'idle' }, form({ status: 'ARCHIVED' }))).toMatchObject({ status: 'ok' });
      const { queueReminders } = await import('@/lib/reminders/queue');
      await queueReminders('2024-01-20');
      const overdue = await prisma.reminder.findMany({ where: { rule: 'OVERDUE', unitId: unit.unitId!, key: { contains: 'notice' } }, select: { text: true } });
      expect(overdue.map((r) => r.text)).toEqual([expect.stringContaining('督办〔2023〕第1号')]);
    } finally {
      env.APP_TODAY = '2026-12-01';
      session.actor = leader;
    }
  });
});

describe('留痕 over the years: every plan year has a 任务1', () => {
  it("names each event's task with its plan year, filters by year, and pages back to the oldest event", async () => {
    session.actor = supervisor;
    const { getAuditEvents, AUDIT_PAGE } = await import('@/lib/data/audit');
    const { describeEntity } = await import('@/lib/i18n/zh-CN');
    const taskOf = (year: number) => prisma.task.findFirstOrThrow({ where: { number: 1, planYear: { year } }, select: { id: true } });
    const [t2023, t2024] = [await taskOf(2023), await taskOf(2024)];
    for (const [task, year] of [
      [t2023, 2023],
      [t2024, 2024],
    ] as const)
      await prisma.auditEvent.create({
        data: {
          action: 'plan.task_edited',
          entityType: 'Task',
          entityId: String(task.id),
          taskId: task.id,
          actorId: supervisor.id,
          after: JSON.stringify({ year }),
        },
      });
    const edits = async (f: { year?: number }) =>
      (await getAuditEvents({ action: 'plan.task_edited', task: 1, ...f }))!.rows.map((e) => [e.task?.number, e.task?.year, describeEntity(e)]);
    expect(await edits({})).toEqual([
      [1, 2024, `任务 #${t2024.id} → 2024年度任务1`],
      [1, 2023, `任务 #${t2023.id} → 2023年度任务1`],
    ]);
    expect(await edits({ year: 2023 })).toEqual([[1, 2023, `任务 #${t2023.id} → 2023年度任务1`]]);
    expect((await getAuditEvents({}))!.years).toEqual([2024, 2023]);

    // A page at a time, newest first; the last page says there is none older.
    await prisma.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE + 5 }, (_, i) => ({ action: 'reminders.read', entityType: 'Reminder', entityId: String(i + 1) })),
    });
    const first = (await getAuditEvents({ action: 'reminders.read' }))!;
    expect(first.rows).toHaveLength(AUDIT_PAGE);
    expect(first.olderBefore).toBe(first.rows.at(-1)!.id);
    const second = (await getAuditEvents({ action: 'reminders.read', before: first.olderBefore! }))!;
    expect(second.olderBefore).toBeNull();
    const ids = [...first.rows, ...second.rows].map((e) => e.id);
    expect(ids).toHaveLength(AUDIT_PAGE + 5);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(second.rows.map((e) => e.entityId).at(-1)).toBe('1');
  });

  it('操作人 finds the text typed, % and _ as themselves (SQL LIKE took them as wildcards: % listed everyone)', async () => {
    session.actor = supervisor;
    const { getAuditEvents } = await import('@/lib/data/audit');
    const unit = await prisma.user.findFirstOrThrow({ where: { username: 'mzj' }, select: { id: true } });
    for (const actorId of [supervisor.id, unit.id])
      await prisma.auditEvent.create({ data: { action: 'login', entityType: 'User', entityId: String(actorId), actorId } });
    const who = async (actor: string) => [...new Set((await getAuditEvents({ action: 'login', actor }))!.rows.map((e) => e.actor?.name))];
    expect(await who('督查')).toEqual(['区督查室']);
    expect(await who('民政')).toEqual(['区民政局']);
    expect(await who('区')).toEqual(['区民政局', '区督查室']);
    for (const typed of ['%', '_', '区%室', '区_查室', '区督查室%']) expect(await who(typed), typed).toEqual([]);
  });
});
