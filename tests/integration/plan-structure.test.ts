// Adding and removing parts of a plan: tasks (a draft renumbers, an active year never), sub-items,
// indicators. Only a part nothing was recorded against may go; every change is audited, and on an
// active year carries its reason; the audit trail stays append-only when a task is removed.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Forms posted as React posts them when JavaScript runs (the Next-Action header): the action answers with its result.
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let act: typeof import('@/lib/actions/plan-structure');
const IDLE = { status: 'idle' as const };
const REASON = { reasonKind: 'PLAN', reason: '区政府调整计划' };
const form = (o: Record<string, string>, unitIds: number[] = []) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) fd.append(k, v);
  for (const u of unitIds) fd.append('unitIds', String(u));
  return fd;
};

let mzj = 0;
let clh = 0;
beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  act = await import('@/lib/actions/plan-structure');
  session.actor = await prisma.user.findUniqueOrThrow({
    where: { username: 'duchashi' },
    select: { id: true, role: true, unitId: true, displayName: true, username: true },
  });
  mzj = (await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } })).id;
  clh = (await prisma.unit.findUniqueOrThrow({ where: { code: 'clh' } })).id;
});

const numbersOf = async (year: number) =>
  (
    await prisma.task.findMany({
      where: { planYear: { year } },
      select: { number: true, content: true, project: { select: { number: true } } },
      orderBy: { number: 'asc' },
    })
  ).map((t) => [t.project.number, t.number, t.content.slice(0, 12)] as const);
const counts = async () => ({
  tasks: await prisma.task.count(),
  items: await prisma.taskItem.count(),
  indicators: await prisma.indicator.count(),
  milestones: await prisma.milestone.count(),
  audit: await prisma.auditEvent.count(),
  taskUnits: await prisma.taskUnit.count(),
});
const task = (number: number, year = 2023) =>
  prisma.task.findFirstOrThrow({ where: { number, planYear: { year } }, select: { id: true, version: true, projectId: true } });

describe('tasks in an active year (2023)', () => {
  it('a new task: reason, deadline in the year, a unit required; each refusal keeps the input and writes nothing', async () => {
    const project9 = await prisma.project.findFirstOrThrow({ where: { number: 9, planYear: { year: 2023 } }, select: { id: true } });
    const before = await counts();
    const base = { content: '为困境儿童提供心理辅导', deadlineMonth: '2023-12', baseVersion: '0' };
    expect(await act.addTask(project9.id, IDLE, form(base, [mzj]))).toMatchObject({
      status: 'error',
      errors: { reasonKind: [expect.any(String)], reason: ['此项为必填项'] },
      values: { content: base.content, unitIds: String(mzj) },
    });
    expect(await act.addTask(project9.id, IDLE, form({ ...base, ...REASON, deadlineMonth: '2024-01' }, [mzj]))).toMatchObject({
      errors: { deadlineMonth: ['须在2023年内'] },
    });
    expect(await act.addTask(project9.id, IDLE, form({ ...base, ...REASON }))).toMatchObject({ errors: { unitIds: ['请至少选择一个责任单位'] } });
    expect(await act.addTask(project9.id, IDLE, form({ ...base, ...REASON, content: ' ' }, [mzj]))).toMatchObject({ errors: { content: ['此项为必填项'] } });
    expect(await act.addTask(project9.id, IDLE, form({ ...base, ...REASON }, [999_999]))).toMatchObject({
      errors: { unitIds: ['输入内容无效，请重新选择或填写'] },
    });
    expect(await act.addTask(999_999, IDLE, form({ ...base, ...REASON }, [mzj]))).toMatchObject({ status: 'error', message: '未找到该记录。' });
    expect(await counts()).toEqual(before);
  });

  it('saved as task 20 (numbers in use never change in an active year), units in order, audited with the reason', async () => {
    const before = await numbersOf(2023);
    const project9 = await prisma.project.findFirstOrThrow({ where: { number: 9, planYear: { year: 2023 } }, select: { id: true } });
    const r = await act.addTask(
      project9.id,
      IDLE,
      form({ content: '为困境儿童提供心理辅导', deadlineMonth: '2023-12', baseVersion: '0', ...REASON }, [clh, mzj]),
    );
    expect(r).toEqual({ status: 'ok', message: '已新增任务20。' });
    expect(await numbersOf(2023)).toEqual([...before, [9, 20, '为困境儿童提供心理辅导'.slice(0, 12)]]);
    const made = await prisma.task.findFirstOrThrow({
      where: { number: 20, planYear: { year: 2023 } },
      select: { id: true, h1Progress: true, units: { select: { unitId: true, ord: true }, orderBy: { ord: 'asc' } } },
    });
    expect(made.units).toEqual([
      { unitId: clh, ord: 0 },
      { unitId: mzj, ord: 1 },
    ]);
    expect(made.h1Progress).toBe('');
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.task_added' }, select: { taskId: true, after: true } });
    expect(a.taskId).toBe(made.id);
    expect(JSON.parse(a.after!)).toMatchObject({
      year: 2023,
      number: 20,
      projectNumber: 9,
      deadlineMonth: '2023-12',
      unitIds: [clh, mzj],
      renumbered: [],
      reason: { kind: 'PLAN', text: '区政府调整计划' },
    });
    // It is on the dashboard at once, with nothing reported: no figure is invented for it.
    const { getOverview } = await import('@/lib/data/overview');
    const o = (await getOverview({ year: '2023', asOf: '2023-12-31' }))!;
    const row = o.rows.find((x) => x.task.number === 20)!;
    expect(row.task.indicators).toEqual([]);
    expect(o.planChanged).toMatchObject({ taskNumbers: [20], removedNumbers: [] });
  });

  it('a task something was recorded against (the report\u2019s H1 update) cannot be removed; nothing changes', async () => {
    const t1 = await task(1);
    const before = await counts();
    expect(await act.removeTask(t1.id, IDLE, form({ baseVersion: String(t1.version), ...REASON }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不能删除'),
    });
    expect(await counts()).toEqual(before);
  });

  it('task 20 removed: its reason required, a stale form refused; the plan goes, the audit rows stay (their task link cleared)', async () => {
    const t20 = await task(20);
    await prisma.taskItem.create({ data: { taskId: t20.id, key: 'x', name: '分项', ord: 0 } });
    const before = await counts();
    expect(await act.removeTask(t20.id, IDLE, form({ baseVersion: String(t20.version) }))).toMatchObject({
      status: 'error',
      errors: { reason: ['此项为必填项'] },
    });
    expect(await act.removeTask(t20.id, IDLE, form({ baseVersion: String(t20.version - 1), ...REASON }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('已被修改'),
    });
    expect(await counts()).toEqual(before);
    const added = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.task_added' } });
    expect(await act.removeTask(t20.id, IDLE, form({ baseVersion: String(t20.version), ...REASON }))).toEqual({ status: 'ok', message: '已删除任务20。' });
    expect(await counts()).toEqual({ ...before, tasks: before.tasks - 1, items: before.items - 1, taskUnits: before.taskUnits - 2, audit: before.audit + 1 });
    // The earlier row is unchanged but for its link to the task that is gone.
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: added.id } })).toEqual({ ...added, taskId: null });
    const removed = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'plan.task_removed' },
      select: { taskId: true, entityId: true, before: true, after: true },
    });
    expect(removed).toMatchObject({ taskId: null, entityId: String(t20.id) });
    expect(JSON.parse(removed.before!)).toMatchObject({
      year: 2023,
      number: 20,
      projectNumber: 9,
      content: '为困境儿童提供心理辅导',
      unitIds: [clh, mzj],
      items: [{ name: '分项' }],
    });
    expect(JSON.parse(removed.after!)).toMatchObject({ reason: { kind: 'PLAN', text: '区政府调整计划' } });
    // A dashboard for an earlier date says a task was removed since (its page is gone: not linked).
    const { getOverview } = await import('@/lib/data/overview');
    expect((await getOverview({ year: '2023', asOf: '2023-12-31' }))!.planChanged).toMatchObject({ taskNumbers: [], removedNumbers: [20] });
  });

  it("an active year's numbers never change: removing a task before another leaves a gap (numbers are cited in notices and reports)", async () => {
    const project9 = await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2023 }, number: 9 }, select: { id: true } });
    for (const content of ['甲任务', '乙任务'])
      expect(await act.addTask(project9.id, IDLE, form({ content, deadlineMonth: '2023-12', baseVersion: '0', ...REASON }, [mzj]))).toMatchObject({
        status: 'ok',
      });
    const [first, second] = await Promise.all(
      ['甲任务', '乙任务'].map((content) =>
        prisma.task.findFirstOrThrow({ where: { planYear: { year: 2023 }, content }, select: { id: true, number: true, version: true } }),
      ),
    );
    expect(second!.number).toBe(first!.number + 1);
    const before = await numbersOf(2023);
    expect(await act.removeTask(first!.id, IDLE, form({ baseVersion: String(first!.version), ...REASON }))).toMatchObject({ status: 'ok' });
    expect(await numbersOf(2023)).toEqual(before.filter(([, n]) => n !== first!.number));
    expect((await prisma.task.findUniqueOrThrow({ where: { id: second!.id }, select: { number: true } })).number).toBe(second!.number);
    const removed = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.task_removed', entityId: String(first!.id) }, select: { after: true } });
    expect(JSON.parse(removed.after!).renumbered).toEqual([]);
    const s2 = await prisma.task.findUniqueOrThrow({ where: { id: second!.id }, select: { version: true } });
    expect(await act.removeTask(second!.id, IDLE, form({ baseVersion: String(s2.version), ...REASON }))).toMatchObject({ status: 'ok' });
  });

  it('a task with a 督办 notice cannot be removed (the notice would go with it); nothing changes', async () => {
    const project9 = await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2023 }, number: 9 }, select: { id: true } });
    expect(await act.addTask(project9.id, IDLE, form({ content: '临时任务', deadlineMonth: '2023-12', baseVersion: '0', ...REASON }, [mzj]))).toMatchObject({
      status: 'ok',
    });
    const t = await prisma.task.findFirstOrThrow({ where: { planYear: { year: 2023 }, content: '临时任务' }, select: { id: true, version: true } });
    const office = (await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } })).id;
    const notice = await prisma.supervisionNotice.create({
      data: {
        taskId: t.id,
        issuedById: office,
        reason: '进度滞后',
        requiredAction: '加快推进',
        dueDate: new Date('2023-12-15T00:00:00Z'),
        recipients: { create: { unitId: mzj } },
      },
      select: { id: true },
    });
    const before = { ...(await counts()), notices: await prisma.supervisionNotice.count() };
    expect(await act.removeTask(t.id, IDLE, form({ baseVersion: String(t.version), ...REASON }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不能删除'),
    });
    expect({ ...(await counts()), notices: await prisma.supervisionNotice.count() }).toEqual(before);
    expect(await prisma.supervisionNotice.count({ where: { id: notice.id } })).toBe(1);
    // Without the notice it goes (the tests after this one see the year as it was).
    await prisma.supervisionNotice.delete({ where: { id: notice.id } });
    expect(await act.removeTask(t.id, IDLE, form({ baseVersion: String(t.version), ...REASON }))).toMatchObject({ status: 'ok' });
  });

  it('the audit trail is still append-only: no change, no removal, no clearing a live task\u2019s link', async () => {
    const t1 = await task(1);
    const row = await prisma.auditEvent.create({
      data: { action: 'plan.task_edited', entityType: 'Task', entityId: String(t1.id), taskId: t1.id },
      select: { id: true },
    });
    // Quoted names and bound values: the same statements on SQLite and PostgreSQL (DB=postgres).
    await expect(prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = ${'x'} WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`UPDATE "AuditEvent" SET "taskId" = NULL WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    const gone = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.task_removed' }, select: { id: true } });
    await expect(prisma.$executeRaw`UPDATE "AuditEvent" SET "after" = NULL WHERE "id" = ${gone.id}`).rejects.toThrow(/append-only/);
  });
});

describe('a draft year renumbers its tasks 1…N in project order', () => {
  it('a task added to project 3 takes the number after that project\u2019s last; the rest move up; a removal closes the gap', async () => {
    const { createPlanYear } = await import('@/lib/actions/plan');
    expect(await createPlanYear(IDLE, form({ source: 'copy', year: '2024', title: '2024年民生实事', from: '2023' }))).toMatchObject({ status: 'ok' });
    const copied = await numbersOf(2024);
    const lastOf3 = Math.max(...copied.filter(([p]) => p === 3).map(([, n]) => n));
    const p3 = await prisma.project.findFirstOrThrow({ where: { number: 3, planYear: { year: 2024 } }, select: { id: true } });
    // A draft needs no reason.
    expect(await act.addTask(p3.id, IDLE, form({ content: '新建学校食堂', deadlineMonth: '2024-09', baseVersion: '0' }, [mzj]))).toEqual({
      status: 'ok',
      message: `已新增任务${lastOf3 + 1}。`,
    });
    const after = await numbersOf(2024);
    expect(after.map(([, n]) => n)).toEqual(copied.map((_, i) => i + 1).concat(copied.length + 1));
    expect(after.find(([, n]) => n === lastOf3 + 1)).toEqual([3, lastOf3 + 1, '新建学校食堂']);
    // Every task after it moved up by one, in the same order.
    expect(after.filter(([, n]) => n > lastOf3 + 1).map(([p, , c]) => [p, c])).toEqual(copied.filter(([, n]) => n > lastOf3).map(([p, , c]) => [p, c]));
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.task_added' }, orderBy: { id: 'desc' }, select: { after: true } });
    expect(JSON.parse(a.after!).renumbered).toEqual(copied.filter(([, n]) => n > lastOf3).map(([, n]) => [n, n + 1]));
    expect(JSON.parse(a.after!).reason).toBeNull();

    const first = await task(1, 2024);
    expect(await act.removeTask(first.id, IDLE, form({ baseVersion: String(first.version) }))).toEqual({ status: 'ok', message: '已删除任务1。' });
    const closed = await numbersOf(2024);
    expect(closed.map(([, n]) => n)).toEqual(copied.map((_, i) => i + 1));
    expect(closed.map(([p, , c]) => [p, c])).toEqual(after.slice(1).map(([p, , c]) => [p, c]));
  });
});

describe('projects', () => {
  it('a new project comes last with its numeral; one with tasks cannot be removed; an empty one can, and a draft closes up', async () => {
    // In the draft 2024 (copied from 2023: ten projects).
    const before = await counts();
    expect(await act.addProject(2024, IDLE, form({ title: '', category: 'SERVICE' }))).toMatchObject({ errors: { title: ['此项为必填项'] } });
    expect(await act.addProject(2099, IDLE, form({ title: '文化惠民', category: 'SERVICE' }))).toMatchObject({ message: '未找到该记录。' });
    expect(await counts()).toEqual(before);
    expect(await act.addProject(2024, IDLE, form({ title: '文化惠民', category: 'SERVICE' }))).toEqual({ status: 'ok', message: '已新增项目十一。' });
    const added = await prisma.project.findFirstOrThrow({
      where: { planYear: { year: 2024 }, title: '文化惠民' },
      select: { id: true, number: true, numeral: true },
    });
    expect(added).toMatchObject({ number: 11, numeral: '十一' });
    const withTasks = await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2024 }, number: 2 }, select: { id: true } });
    expect(await act.removeProject(withTasks.id, IDLE, form({}))).toMatchObject({ status: 'error', message: expect.stringContaining('还有任务') });
    // An empty project in the middle: removed, the ones after it move up (number and numeral).
    const y = await prisma.planYear.findUniqueOrThrow({ where: { year: 2024 }, select: { id: true } });
    await prisma.project.update({ where: { id: added.id }, data: { number: 12, numeral: '十二' } });
    const middle = await prisma.project.create({
      data: { planYearId: y.id, number: 11, numeral: '十一', title: '空项目', category: 'SERVICE' },
      select: { id: true },
    });
    expect(await act.removeProject(middle.id, IDLE, form({}))).toEqual({ status: 'ok', message: '已删除项目十一。' });
    expect(await prisma.project.findUniqueOrThrow({ where: { id: added.id }, select: { number: true, numeral: true } })).toEqual({
      number: 11,
      numeral: '十一',
    });
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.project_removed' }, select: { before: true, after: true } });
    expect(JSON.parse(a.before!)).toMatchObject({ year: 2024, number: 11, title: '空项目' });
    expect(JSON.parse(a.after!)).toEqual({ renumbered: [[12, 11]], reason: null });
  });

  it('an active year asks the reason and never renumbers', async () => {
    expect(await act.addProject(2023, IDLE, form({ title: '文化惠民', category: 'SERVICE' }))).toMatchObject({ errors: { reasonKind: [expect.any(String)] } });
    expect(await act.addProject(2023, IDLE, form({ title: '文化惠民', category: 'SERVICE', ...REASON }))).toEqual({
      status: 'ok',
      message: '已新增项目十一。',
    });
    const p = await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2023 }, number: 11 }, select: { id: true } });
    expect(await act.removeProject(p.id, IDLE, form({}))).toMatchObject({ errors: { reason: ['此项为必填项'] } });
    expect(await act.removeProject(p.id, IDLE, form(REASON))).toMatchObject({ status: 'ok' });
    expect(
      (await prisma.project.findMany({ where: { planYear: { year: 2023 } }, select: { number: true }, orderBy: { number: 'asc' } })).map((x) => x.number),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Removing one that is not the last leaves a gap: the numbers after it stay (they are cited).
    for (const title of ['甲项目', '乙项目'])
      expect(await act.addProject(2023, IDLE, form({ title, category: 'SERVICE', ...REASON }))).toMatchObject({ status: 'ok' });
    const first = await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2023 }, title: '甲项目' }, select: { id: true, number: true } });
    expect(await act.removeProject(first.id, IDLE, form(REASON))).toMatchObject({ status: 'ok' });
    expect(await prisma.project.findFirstOrThrow({ where: { planYear: { year: 2023 }, title: '乙项目' }, select: { number: true, numeral: true } })).toEqual({
      number: first.number + 1,
      numeral: '十二',
    });
  });
});

describe('sub-items (分项)', () => {
  it('added, edited and removed with the reason; bad input refused next to its field', async () => {
    const t = await task(16);
    const base = { name: '新增回访', note: '', baseVersion: String(t.version), ...REASON };
    expect(await act.addItem(t.id, IDLE, form({ ...base, name: '' }))).toMatchObject({ errors: { name: ['此项为必填项'] }, values: { name: '' } });
    expect(await act.addItem(t.id, IDLE, form({ ...base, name: '长'.repeat(201) }))).toMatchObject({ errors: { name: [expect.stringContaining('200')] } });
    expect(await act.addItem(t.id, IDLE, form({ ...base, reason: '' }))).toMatchObject({ errors: { reason: ['此项为必填项'] } });
    expect(await act.addItem(t.id, IDLE, form(base))).toMatchObject({ status: 'ok' });
    const item = await prisma.taskItem.findFirstOrThrow({ where: { taskId: t.id, name: '新增回访' }, select: { id: true, key: true, note: true } });
    expect(item.note).toBeNull();
    expect(item.key).toMatch(/^added-\d+$/);
    const v = (await task(16)).version;
    expect(v).toBe(t.version + 1);
    expect(await act.editItem(item.id, IDLE, form({ name: '入户回访', note: '每季度一次', baseVersion: String(v - 1), ...REASON }))).toMatchObject({
      message: expect.stringContaining('已被修改'),
      values: { name: '入户回访' },
    });
    expect(await act.editItem(item.id, IDLE, form({ name: '入户回访', note: '每季度一次', baseVersion: String(v), ...REASON }))).toMatchObject({
      status: 'ok',
    });
    expect(await prisma.taskItem.findUniqueOrThrow({ where: { id: item.id }, select: { name: true, note: true } })).toEqual({
      name: '入户回访',
      note: '每季度一次',
    });
    const edited = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.item_edited' }, select: { taskId: true, before: true, after: true } });
    expect(edited.taskId).toBe(t.id);
    expect(JSON.parse(edited.before!)).toEqual({ name: '新增回访', note: null });
    expect(await act.removeItem(item.id, IDLE, form({ baseVersion: String(v + 1), ...REASON }))).toMatchObject({ status: 'ok' });
    expect(await prisma.taskItem.count({ where: { id: item.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: { in: ['plan.item_added', 'plan.item_edited', 'plan.item_removed'] }, taskId: t.id } })).toBe(3);
  });

  it('one reported done, or named by a pending update, stays', async () => {
    const t = await task(16);
    const done = await prisma.taskItem.create({
      data: { taskId: t.id, key: 'done', name: '已完成', ord: 50, completedOn: new Date('2023-09-30T00:00:00Z') },
      select: { id: true },
    });
    const named = await prisma.taskItem.create({ data: { taskId: t.id, key: 'named', name: '待审核', ord: 51 }, select: { id: true } });
    await prisma.progressUpdate.create({
      data: { taskId: t.id, asOf: new Date('2023-10-31T00:00:00Z'), narrative: '完成分项', completes: { create: { itemId: named.id } } },
    });
    const before = await counts();
    for (const id of [done.id, named.id]) {
      expect(await act.removeItem(id, IDLE, form({ baseVersion: String((await task(16)).version), ...REASON }))).toMatchObject({
        status: 'error',
        message: expect.stringContaining('不能删除'),
      });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('indicators', () => {
  it('added (a % unit is a percent), removable while no figure is reported; one with figures stays', async () => {
    const t = await task(16);
    const base = {
      name: '满意度',
      unitOfMeasure: '%',
      direction: 'AT_LEAST',
      accrual: 'NONE',
      target: '95',
      baseVersion: String(t.version),
      reasonKind: 'TARGET',
      reason: '增加满意度指标',
    };
    expect(await act.addIndicator(t.id, IDLE, form({ ...base, target: '-5' }))).toMatchObject({
      errors: { target: ['不能为负数'] },
      values: { name: '满意度' },
    });
    expect(await act.addIndicator(t.id, IDLE, form({ ...base, direction: 'MORE' }))).toMatchObject({ errors: { direction: [expect.any(String)] } });
    expect(await act.addIndicator(t.id, IDLE, form(base))).toMatchObject({ status: 'ok' });
    const ind = await prisma.indicator.findFirstOrThrow({
      where: { taskId: t.id, name: '满意度' },
      select: { id: true, isPercent: true, target: true, accrual: true, key: true },
    });
    expect(ind).toMatchObject({ isPercent: true, target: 95, accrual: 'NONE' });
    expect(ind.key).toMatch(/^added-\d+$/);
    const withFigures = await prisma.indicator.findFirstOrThrow({ where: { taskId: t.id, values: { some: {} } }, select: { id: true } });
    const v = String((await task(16)).version);
    const before = await counts();
    expect(await act.removeIndicator(withFigures.id, IDLE, form({ baseVersion: v, ...REASON }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不能删除'),
    });
    expect(await counts()).toEqual(before);
    expect(await act.removeIndicator(ind.id, IDLE, form({ baseVersion: v, ...REASON }))).toMatchObject({ status: 'ok' });
    expect(await prisma.indicator.count({ where: { id: ind.id } })).toBe(0);
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.indicator_removed' }, select: { before: true, taskId: true } });
    expect(a.taskId).toBe(t.id);
    expect(JSON.parse(a.before!)).toMatchObject({ name: '满意度', unitOfMeasure: '%', target: 95 });
  });

  it('an archived year takes none of these changes', async () => {
    await prisma.planYear.update({ where: { year: 2024 }, data: { status: 'ARCHIVED' } });
    const t = await task(2, 2024);
    const before = await counts();
    const archived = { status: 'error', message: '该年度已归档，计划不能再修改。' };
    expect(await act.addItem(t.id, IDLE, form({ name: 'x', note: '', baseVersion: String(t.version) }))).toMatchObject(archived);
    expect(await act.removeTask(t.id, IDLE, form({ baseVersion: String(t.version) }))).toMatchObject(archived);
    expect(await act.addTask(t.projectId, IDLE, form({ content: 'x', deadlineMonth: '2024-12', baseVersion: '0' }, [mzj]))).toMatchObject(archived);
    expect(await counts()).toEqual(before);
  });
});
