// What screens read or derive besides the evaluated plan, kept with it (lib/data/freeze.ts, keptWith):
// per data version, so a warm read is the plan's two statements and a write by another process is
// seen at the next read. A task page's update history and plan changes, per visibility (what a
// signed-in reader sees never reaches a visitor); the 驾驶舱's figures, per evaluation.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ SQL_LOG: '1', APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Forms posted as React posts them when JavaScript runs (the Next-Action header): the action answers with its result.
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());
class Redirect extends Error {}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));

const supervisor: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
const leader: Actor = { id: 0, role: 'LEADER', unitId: null, displayName: '区领导', username: 'leader' };

let tasks: typeof import('@/lib/data/task');
let leadership: typeof import('@/lib/data/leadership');
let counter: { count: number };

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  const { prisma } = await import('@/lib/prisma');
  supervisor.id = (await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } })).id;
  tasks = await import('@/lib/data/task');
  leadership = await import('@/lib/data/leadership');
  counter = (await import('@/lib/prisma')).sqlCounter;
});

const statements = async (fn: () => Promise<unknown>) => {
  const before = counter.count;
  await fn();
  return counter.count - before;
};
const detail = async (n = 1, sp: Record<string, string> = { year: '2023', asOf: '2023-09-30' }) => (await tasks.getTaskDetail(n, sp))!;
const run = (sql: string, ...params: unknown[]) => {
  const other = new Database(file);
  try {
    return other.prepare(sql).run(...params);
  } finally {
    other.close();
  }
};

describe("a task page's history, kept with the evaluated plan", () => {
  it("a visitor's warm read is the evaluated plan's two statements, and gives the very same history", async () => {
    session.actor = null;
    const cold = await statements(() => detail());
    const first = await detail();
    const warm = await statements(() => detail());
    console.log(`statements for a visitor's task page: cold ${cold}, warm ${warm}`);
    expect(warm).toBe(2);
    expect(first.history.length).toBeGreaterThan(0);
    expect((await detail()).history).toBe(first.history);
    expect((await detail()).planChanges).toBe(first.planChanges);
  });

  it('what is kept is frozen: a screen that changed it would fail at once', async () => {
    const { history } = await detail();
    expect(() => (history as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (history[0] as { narrative: string }).narrative = 'x';
    }).toThrow(TypeError);
  });

  it("a write by another process is seen at the next read: an update's narrative, then a plan change", async () => {
    session.actor = null;
    const id = (await detail()).history[0]!.id;
    expect(run('UPDATE ProgressUpdate SET narrative = ? WHERE id = ?', '另一进程改写的进展', id).changes).toBe(1);
    expect((await detail()).history.find((u) => u.id === id)!.narrative).toBe('另一进程改写的进展');
    expect((await detail()).planChanges).toEqual([]);
    run(
      `INSERT INTO AuditEvent (at, action, entityType, entityId, taskId, after)
       SELECT '2026-11-20T02:00:00.000+00:00', 'plan.task_edited', 'Task', CAST(t.id AS TEXT), t.id, ?
       FROM Task t JOIN PlanYear p ON p.id = t.planYearId WHERE p.year = 2023 AND t.number = 1`,
      JSON.stringify({ reason: { kind: 'PLAN', text: '工期调整' } }),
    );
    expect((await detail()).planChanges).toMatchObject([{ action: 'plan.task_edited', reason: { kind: 'PLAN', text: '工期调整' } }]);
  });

  it('a pending update is shown to a signed-in reader and never to a visitor, whichever read came first', async () => {
    const taskId = (await detail()).row.task.id;
    run(
      "INSERT INTO ProgressUpdate (taskId, asOf, narrative, status, submittedAt) VALUES (?, '2023-09-30T00:00:00.000+00:00', '待审核的进展', 'PENDING', '2026-11-28T02:00:00.000+00:00')",
      taskId,
    );
    const pending = (h: { narrative: string }[]) => h.some((u) => u.narrative === '待审核的进展');
    session.actor = leader;
    expect(pending((await detail()).history)).toBe(true);
    session.actor = null;
    expect(pending((await detail()).history)).toBe(false);
    expect(await statements(() => detail())).toBe(2);
    session.actor = leader;
    expect(pending((await detail()).history)).toBe(true);
  });

  it('a dashboard shown as published reads the history live, not from a copy kept with the published plan', async () => {
    session.actor = supervisor;
    const fd = new FormData();
    for (const [k, v] of Object.entries({ year: '2023', period: 'H1', signedOn: '2023-07-12' })) fd.append(k, v);
    const { publishReport } = await import('@/lib/actions/reports');
    const to = await publishReport({ status: 'idle' }, fd).then(
      (r) => expect.unreachable(JSON.stringify(r)),
      (e: unknown) => (e instanceof Redirect ? e.message : Promise.reject(e)),
    );
    const published = { snapshot: to.split('/').pop()! };
    session.actor = leader; // a published report is read by the office and leadership
    const first = await detail(1, published);
    expect(first.published).not.toBeNull();
    const id = first.history[0]!.id;
    run('UPDATE ProgressUpdate SET narrative = ? WHERE id = ?', '发布后改写', id);
    expect((await detail(1, published)).history.find((u) => u.id === id)!.narrative).toBe('发布后改写');
  });
});

describe("the 驾驶舱's figures, kept with the evaluation", () => {
  const sp = { year: '2023', asOf: '2023-06-30' };
  const read = async () => (await leadership.getLeadership(sp))!;

  it('a warm read derives nothing again: the very same figures, frozen, and the plan’s two statements', async () => {
    session.actor = null;
    const first = await read();
    const again = await read();
    expect(again.trend).toBe(first.trend);
    expect(again.units).toBe(first.units);
    expect(again.headline).toBe(first.headline);
    expect(first.trend.at(-1)).toMatchObject({ date: '2023-06-30' });
    expect(await statements(read)).toBe(2);
    expect(() => (first.trend as unknown[]).push({})).toThrow(TypeError);
  });

  it('a figure another process approves is in the headline and the progress over time at the next read', async () => {
    session.actor = null;
    const before = await read();
    const roads = () =>
      run(
        "UPDATE IndicatorValue SET value = 4 WHERE indicatorId = (SELECT i.id FROM Indicator i JOIN Task t ON t.id = i.taskId JOIN PlanYear p ON p.id = t.planYearId WHERE p.year = 2023 AND t.number = 1 AND i.key = 'roads')",
      );
    expect(roads().changes).toBeGreaterThan(0);
    const after = await read();
    expect(after.trend).not.toBe(before.trend);
    expect(after.headline.overall.actualPct!).toBeGreaterThan(before.headline.overall.actualPct!);
    expect(after.trend.at(-1)!.actualPct!).toBeGreaterThan(before.trend.at(-1)!.actualPct!);
  });

  it('较上期变化 as CSV and Excel: the moves the page shows, whole, with both dates in the header; a refused date says why', async () => {
    session.actor = null; // visitors read the 驾驶舱, and so its export
    const { GET } = await import('@/app/export/changes/route');
    const page = (await read()).comparison!.result!;
    const res = await GET(new Request('http://x/export/changes?year=2023&asOf=2023-06-30'));
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('民生实事较上期变化_2023_2023-06-23至2023-06-30.csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('序号,任务,所属项目,任务内容,责任单位,2023年6月23日状态,2023年6月30日状态,变化,当前原因');
    // The seed's week: five moves — tasks 1 and 3 to 进度滞后 first, with today's reasons; two completed.
    expect(lines).toHaveLength(1 + page.changes.length);
    expect(page.changes.length).toBe(5);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(page.changes.map((c) => `任务${c.row.task.number}`));
    expect(lines[1]).toMatch(/^1,任务1,一、.*,正常推进,进度滞后,变差,.+$/);
    expect(lines[2]).toMatch(/^2,任务3,.*,正常推进,进度滞后,变差,.+$/);
    expect(lines.filter((l) => /,已完成,新完成,$/.test(l))).toHaveLength(2);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await GET(new Request('http://x/export/changes?year=2023&asOf=2023-06-30&since=2023-05-31&format=xlsx'))).arrayBuffer());
    const ws = wb.worksheets[0]!;
    const may = (await leadership.getLeadership({ ...sp, since: '2023-05-31' }))!.comparison!.result!;
    expect(ws.name).toBe('较上期变化');
    expect(ws.getRow(1).getCell(6).value).toBe('2023年5月31日状态');
    expect(ws.rowCount).toBe(1 + may.changes.length);
    for (const [k, c] of may.changes.entries()) {
      expect(ws.getRow(k + 2).getCell(2).value).toBe(`任务${c.row.task.number}`);
      expect(ws.getRow(k + 2).getCell(7).value).toBe({ on_track: '正常推进', at_risk: '存在风险', lagging: '进度滞后', completed: '已完成' }[c.to]);
    }
    // A date the page refuses: the same words, and no file.
    const refused = await GET(new Request('http://x/export/changes?year=2023&asOf=2023-06-30&since=2023-07-15'));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe('对比日期须早于统计截至日期');
    expect((await GET(new Request('http://x/export/changes?year=2023&asOf=2023-01-01'))).status).toBe(400);
    // A published view is the plan as published at one date: nothing to compare, no file.
    const other = new Database(file);
    const snapshot = (other.prepare('SELECT id FROM ReportSnapshot ORDER BY id LIMIT 1').get() as { id: number }).id;
    other.close();
    session.actor = leader;
    expect((await GET(new Request(`http://x/export/changes?snapshot=${snapshot}`))).status).toBe(404);
  });

  it('较上期变化: one week back unless chosen, kept per comparison date, a write seen at the next read; none on a published view', async () => {
    session.actor = null;
    const week = (await read()).comparison!;
    expect(week).toMatchObject({ asked: '', error: null, result: { since: '2023-06-23', tasks: 19 } });
    // The seed's every figure is dated 30 June: the week moved tasks 1 and 3 to 进度滞后 and completed two.
    expect(week.result!.changes.filter((c) => c.to === 'lagging').map((c) => c.row.task.number)).toEqual([1, 3]);
    expect(week.result!.counts.completed).toBe(2);
    expect((await read()).comparison!.result).toBe(week.result);
    expect(await statements(read)).toBe(2);
    const may = (await leadership.getLeadership({ ...sp, since: '2023-05-31' }))!.comparison!;
    expect(may.result!.since).toBe('2023-05-31');
    expect(may.result).not.toBe(week.result);
    expect((await leadership.getLeadership({ ...sp, since: '2023-06-30' }))!.comparison).toEqual({ asked: '2023-06-30', error: 'not_before', result: null });
    // Task 3 completed in another process: 正常推进 → 已完成 at the next read, no longer 进度滞后.
    expect(
      run("UPDATE Task SET completedOn = '2023-06-29T16:00:00.000+00:00' WHERE number = 3 AND planYearId = (SELECT id FROM PlanYear WHERE year = 2023)")
        .changes,
    ).toBe(1);
    const after = (await read()).comparison!.result!;
    expect(after.changes.find((c) => c.row.task.number === 3)).toMatchObject({ from: 'on_track', to: 'completed', movement: 'completed' });
    // A published view is the plan as published at one date: nothing to compare it with.
    const other = new Database(file);
    const snapshot = String((other.prepare('SELECT id FROM ReportSnapshot ORDER BY id LIMIT 1').get() as { id: number }).id);
    other.close();
    session.actor = leader;
    const shown = (await leadership.getLeadership({ snapshot }))!;
    expect(shown.published).not.toBeNull();
    expect(shown.comparison).toBeNull();
  });

  it('the lists cut to the first 20 on the page and whole on asking, from the same kept list', async () => {
    const cut = await read();
    const whole = (await leadership.getLeadership({ ...sp, lagging: 'all', due: 'all' }))!;
    expect(whole.lagging.length).toBe(cut.laggingTotal);
    expect(cut.lagging).toEqual(whole.lagging.slice(0, cut.lagging.length));
  });
});

describe("the overview's figures, kept with the evaluation per filter and page", () => {
  const sp = { year: '2023', asOf: '2023-06-30' };
  const read = async (extra: Record<string, string> = {}) => (await (await import('@/lib/data/overview')).getOverview({ ...sp, ...extra }))!;

  it('a warm read derives nothing again; each filter has its own projects; the plan’s two statements', async () => {
    session.actor = null;
    const all = await read();
    expect((await read()).projects).toBe(all.projects);
    expect((await read()).units).toBe(all.units);
    const lagging = await read({ status: 'lagging' });
    expect(lagging.projects).not.toBe(all.projects);
    expect(lagging.projects.flatMap((p) => p.rows).every((r) => r.status.status === 'lagging')).toBe(true);
    expect(lagging.shownCount).toBe(lagging.counts.lagging);
    expect(all.shownCount).toBe(19);
    expect(await statements(() => read({ status: 'lagging' }))).toBe(2);
  });

  it('a write by another process is seen at the next read', async () => {
    session.actor = null;
    const before = await read();
    const completedBefore = before.counts.completed;
    // Another process marks task 4 completed on 2023-06-01.
    expect(
      run("UPDATE Task SET completedOn = '2023-06-01T00:00:00.000+00:00' WHERE number = 4 AND planYearId = (SELECT id FROM PlanYear WHERE year = 2023)")
        .changes,
    ).toBe(1);
    const after = await read();
    expect(after.counts.completed).toBe(completedBefore + 1);
    expect(after.projects).not.toBe(before.projects);
  });
});

describe('我的任务 and a task page’s 督办 notices, kept as read and made each reader’s view per request', () => {
  const IDLE = { status: 'idle' as const };
  const users: Record<string, Actor> = {};
  let taskId = 0;
  let taskNumber = 0;
  const my = async () => (await (await import('@/lib/data/my')).getMyTasks({ year: '2023' }))!;

  beforeAll(async () => {
    const { prisma } = await import('@/lib/prisma');
    for (const u of await prisma.user.findMany({ select: { id: true, role: true, unitId: true, displayName: true, username: true } })) users[u.username] = u;
    const t = await prisma.task.findFirstOrThrow({
      where: { planYear: { year: 2023 }, units: { some: { unitId: users.mzj!.unitId! } } },
      select: { id: true, number: true },
      orderBy: { number: 'asc' },
    });
    [taskId, taskNumber] = [t.id, t.number];
  });

  it('a warm 我的任务 is the plan’s two statements; a notice the office issues is on it at the next read, with the unit’s own steps', async () => {
    session.actor = users.mzj!;
    const first = await my();
    expect((await my()).notices).toEqual(first.notices);
    expect(await statements(my)).toBe(2);
    expect(first.notices.some((n) => n.taskId === taskId)).toBe(false);

    session.actor = users.duchashi!;
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      reason: '进度滞后',
      requiredAction: '月底前报送进展',
      dueDate: '2026-12-15',
      level: 'DUBAN',
      recipients: String(users.mzj!.unitId),
    }))
      fd.append(k, v);
    expect(await (await import('@/lib/actions/notices')).issueNotice(taskId, IDLE, fd)).toMatchObject({ status: 'ok' });
    // The office's task page shows it with the office's steps; the unit's 我的任务 with the unit's.
    const office = (await detail(taskNumber, { year: '2023' })).notices!.find((n) => n.taskId === taskId)!;
    expect(office.parts[0]!.steps).not.toContain('acknowledge');
    session.actor = users.mzj!;
    const mine = (await my()).notices.find((n) => n.taskId === taskId)!;
    expect(mine.reason).toBe('进度滞后');
    expect(mine.parts[0]!.steps).toContain('acknowledge');
    expect(await statements(my)).toBe(2);
    const unitView = (await detail(taskNumber, { year: '2023' })).notices!.find((n) => n.taskId === taskId)!;
    expect(unitView.parts[0]!.steps).toContain('acknowledge');
  });
});

describe('what a signed-in reader sees, kept too: the audit trail of a task, the units’ scores', () => {
  it('a signed-in task page’s warm read is the plan’s two statements; one who must first change the password neither sees the trail nor empties it for the next reader', async () => {
    const { prisma } = await import('@/lib/prisma');
    const office = await prisma.user.findUniqueOrThrow({
      where: { username: 'duchashi' },
      select: { id: true, role: true, unitId: true, displayName: true, username: true },
    });
    // Task 7 has not been read by anyone yet in this file: its trail is read first by the one who may not see it.
    session.actor = { ...office, mustChangePassword: true };
    expect((await detail(7)).events).toBeNull();
    session.actor = office;
    const first = await detail(7);
    expect(first.events).not.toBeNull();
    expect(await statements(() => detail(7))).toBe(2);
    expect((await detail(7)).events).toBe(first.events);
  });

  it('the 驾驶舱’s unit scores: scored once per evaluation for signed-in readers, none for a visitor', async () => {
    const sp = { year: '2023', asOf: '2023-06-30' };
    session.actor = null;
    expect(await (await leadership.getLeadership(sp))!.evaluation).toBeNull();
    session.actor = leader;
    const first = await (await leadership.getLeadership(sp))!.evaluation;
    expect(first!.length).toBeGreaterThan(0);
    const again = await (await leadership.getLeadership(sp))!.evaluation;
    expect(again).toBe(first);
    expect(await statements(async () => (await leadership.getLeadership(sp))!.evaluation)).toBe(2);
    // The open-notice badges, kept for signed-in readers (the notice issued above), never shown to a visitor.
    expect((await leadership.getLeadership(sp))!.openNotices.size).toBeGreaterThan(0);
    session.actor = null;
    expect((await leadership.getLeadership(sp))!.openNotices.size).toBe(0);
  });
});
