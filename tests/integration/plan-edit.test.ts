// Editing a plan: an active year's change needs its reason and is audited with before/after; a draft
// changes freely; an archived year not at all; a stale form is refused with its input kept.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a saved change is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let edit: typeof import('@/lib/actions/plan-edit');
const IDLE = { status: 'idle' as const };
const form = (o: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) fd.append(k, v);
  return fd;
};

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  edit = await import('@/lib/actions/plan-edit');
  const u = await prisma.user.findUniqueOrThrow({
    where: { username: 'duchashi' },
    select: { id: true, role: true, unitId: true, displayName: true, username: true },
  });
  session.actor = u;
});

async function milestoneOf(taskNumber: number, year = 2023) {
  return prisma.milestone.findFirstOrThrow({
    where: { task: { number: taskNumber, planYear: { year } } },
    orderBy: { dueDate: 'asc' },
    select: { id: true, periodLabel: true, dueDate: true, text: true, cumulativeTarget: true, task: { select: { id: true, version: true } } },
  });
}
const fields = (ms: Awaited<ReturnType<typeof milestoneOf>>, o: Record<string, string> = {}) => ({
  periodLabel: ms.periodLabel,
  dueDate: ms.dueDate.toISOString().slice(0, 10),
  text: ms.text,
  cumulativeTarget: String(ms.cumulativeTarget ?? ''),
  baseVersion: String(ms.task.version),
  ...o,
});

describe('an active year', () => {
  it('a milestone change without a reason is refused next to the field, input kept, nothing changed', async () => {
    const ms = await milestoneOf(11);
    const r = await edit.editMilestone(ms.id, IDLE, form(fields(ms, { dueDate: '2023-09-15' })));
    expect(r).toMatchObject({
      status: 'error',
      errors: { reasonKind: ['请选择调整类型（目标调整或计划调整）'], reason: ['此项为必填项'] },
      values: { dueDate: '2023-09-15' },
    });
    expect(await milestoneOf(11)).toEqual(ms);
  });

  it('with a reason: saved, the task version bumped, audited with before, after and reason', async () => {
    const ms = await milestoneOf(11);
    const r = await edit.editMilestone(ms.id, IDLE, form(fields(ms, { dueDate: '2023-07-20', reasonKind: 'PLAN', reason: '区政府调整安装计划' })));
    expect(r).toMatchObject({ status: 'ok', message: '计划已修改。' });
    const after = await milestoneOf(11);
    expect(after.dueDate.toISOString().slice(0, 10)).toBe('2023-07-20');
    expect(after.task.version).toBe(ms.task.version + 1);
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.milestone_edited' }, select: { taskId: true, before: true, after: true } });
    expect(a.taskId).toBe(ms.task.id);
    expect(JSON.parse(a.before!)).toMatchObject({ dueDate: ms.dueDate.toISOString().slice(0, 10) });
    expect(JSON.parse(a.after!)).toMatchObject({ dueDate: '2023-07-20', reason: { kind: 'PLAN', text: '区政府调整安装计划' } });
  });

  it('the dashboards evaluating a date before that change say so, naming task 11 (the day boundary: lib/domain/plan-years.test.ts)', async () => {
    const { getOverview } = await import('@/lib/data/overview');
    const { getHalfYear } = await import('@/lib/data/half-year');
    const shown = (await getOverview({ year: '2023', asOf: '2023-06-30' }))!.planChanged;
    expect(shown).toMatchObject({ taskNumbers: [11] });
    expect(shown!.first.slice(0, 10) > '2023-06-30').toBe(true);
    expect((await getHalfYear({ year: '2023', period: 'H1' }))!.planChanged).toEqual(shown);
    // Audit rows cannot be back-dated (append-only), so "no note after the change" is the unit test's.
  });

  it('"after the day" is after the day in China: a change at 04:00 Beijing time on 1 July (20:00 UTC on 30 June) is after 30 June, not after 1 July', async () => {
    const { getOverview } = await import('@/lib/data/overview');
    const task = await prisma.task.findFirstOrThrow({ where: { number: 5, planYear: { year: 2023 } }, select: { id: true } });
    // Written as the app writes an audit row (append-only: inserted, never changed), dated at that instant.
    await prisma.auditEvent.create({
      data: {
        action: 'plan.task_edited',
        entityType: 'Task',
        entityId: String(task.id),
        taskId: task.id,
        at: new Date('2023-06-30T20:00:00Z'),
        before: '{}',
        after: '{}',
      },
    });
    expect((await getOverview({ year: '2023', asOf: '2023-06-30' }))!.planChanged).toMatchObject({ first: '2023-06-30T20:00:00.000Z', taskNumbers: [5, 11] });
    expect((await getOverview({ year: '2023', asOf: '2023-07-01' }))!.planChanged).toMatchObject({ taskNumbers: [11] });
  });

  it.skipIf(process.env.DB === 'postgres')('on SQLite, a time its own clock wrote (no offset, a space for the T) counts the same way, as UTC', async () => {
    const { getOverview } = await import('@/lib/data/overview');
    const task = await prisma.task.findFirstOrThrow({ where: { number: 6, planYear: { year: 2023 } }, select: { id: true } });
    await prisma.$executeRawUnsafe(
      `INSERT INTO AuditEvent (action, entityType, entityId, taskId, at) VALUES ('plan.task_edited', 'Task', '${task.id}', ${task.id}, '2023-06-29 17:00:00')`,
    );
    // 01:00 on 30 June in Beijing: after 29 June, not after 30 June.
    expect((await getOverview({ year: '2023', asOf: '2023-06-29' }))!.planChanged).toMatchObject({
      first: '2023-06-29T17:00:00.000Z',
      taskNumbers: [5, 6, 11],
    });
    expect((await getOverview({ year: '2023', asOf: '2023-06-30' }))!.planChanged).toMatchObject({ taskNumbers: [5, 11] });
  });

  it('a form opened before that change is refused, its input kept', async () => {
    const ms = await milestoneOf(11);
    const stale = fields(ms, { baseVersion: String(ms.task.version - 1), text: '新的内容', reasonKind: 'PLAN', reason: 'x' });
    expect(await edit.editMilestone(ms.id, IDLE, form(stale))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('已被修改'),
      values: { text: '新的内容' },
    });
  });

  it('a target change: a negative or non-number target is refused; a valid one with its reason is saved', async () => {
    const ind = await prisma.indicator.findFirstOrThrow({
      where: { key: 'households' },
      select: { id: true, name: true, unitOfMeasure: true, direction: true, accrual: true, target: true, task: { select: { version: true } } },
    });
    const base = {
      name: ind.name,
      unitOfMeasure: ind.unitOfMeasure,
      direction: ind.direction,
      accrual: ind.accrual,
      baseVersion: String(ind.task.version),
      reasonKind: 'TARGET',
      reason: '需求增加',
    };
    expect(await edit.editIndicator(ind.id, IDLE, form({ ...base, target: '-1' }))).toMatchObject({ errors: { target: ['不能为负数'] } });
    expect(await edit.editIndicator(ind.id, IDLE, form({ ...base, target: '三百' }))).toMatchObject({ errors: { target: ['请输入数字，如 1800 或 65.5'] } });
    expect(await edit.editIndicator(ind.id, IDLE, form({ ...base, target: '300' }))).toMatchObject({ status: 'ok' });
    expect((await prisma.indicator.findUniqueOrThrow({ where: { id: ind.id } })).target).toBe(300);
    // Name, unit, direction and how it accrues are the plan's too; a blank name is refused.
    const v = (await prisma.task.findFirstOrThrow({ where: { number: 16 }, select: { version: true } })).version;
    expect(await edit.editIndicator(ind.id, IDLE, form({ ...base, baseVersion: String(v), name: ' ', target: '300' }))).toMatchObject({
      errors: { name: ['此项为必填项'] },
    });
    expect(
      await edit.editIndicator(
        ind.id,
        IDLE,
        form({ ...base, baseVersion: String(v), name: '安装智能监测设备', direction: 'AT_LEAST', accrual: 'MILESTONES', target: '300' }),
      ),
    ).toMatchObject({ status: 'ok' });
    expect(await prisma.indicator.findUniqueOrThrow({ where: { id: ind.id } })).toMatchObject({
      name: '安装智能监测设备',
      direction: 'AT_LEAST',
      accrual: 'MILESTONES',
    });
  });

  it('a project\u2019s title and category, with the reason, audited', async () => {
    const p = await prisma.project.findFirstOrThrow({ where: { number: 3, planYear: { year: 2023 } }, select: { id: true, title: true, category: true } });
    expect(await edit.editProject(p.id, IDLE, form({ title: '', category: 'SERVICE', reasonKind: 'PLAN', reason: 'x' }))).toMatchObject({
      errors: { title: ['此项为必填项'] },
    });
    expect(await edit.editProject(p.id, IDLE, form({ title: p.title, category: 'SERVICE' }))).toMatchObject({ errors: { reasonKind: [expect.any(String)] } });
    expect(await edit.editProject(p.id, IDLE, form({ title: p.title, category: 'SERVICE', reasonKind: 'PLAN', reason: '归入服务类' }))).toMatchObject({
      status: 'ok',
    });
    expect((await prisma.project.findUniqueOrThrow({ where: { id: p.id } })).category).toBe('SERVICE');
    expect(await prisma.auditEvent.count({ where: { action: 'plan.project_edited' } })).toBe(1);
  });

  it('task edits: a deadline outside the year and no unit are refused; the units kept as ticked', async () => {
    const task = await prisma.task.findFirstOrThrow({ where: { number: 16 }, select: { id: true, version: true, content: true } });
    const units = await prisma.unit.findMany({ where: { code: { in: ['mzj', 'clh'] } }, select: { id: true } });
    const fd = form({ content: task.content, deadlineMonth: '2024-03', baseVersion: String(task.version), reasonKind: 'PLAN', reason: '延期' });
    fd.append('unitIds', String(units[0]!.id));
    expect(await edit.editTask(task.id, IDLE, fd)).toMatchObject({ errors: { deadlineMonth: ['须在2023年内'] } });
    const none = form({ content: task.content, deadlineMonth: '2023-11', baseVersion: String(task.version), reasonKind: 'PLAN', reason: '提前' });
    expect(await edit.editTask(task.id, IDLE, none)).toMatchObject({ errors: { unitIds: ['请至少选择一个责任单位'] }, values: { unitIds: '' } });
    const ok = form({ content: task.content, deadlineMonth: '2023-11', baseVersion: String(task.version), reasonKind: 'PLAN', reason: '残联协办' });
    for (const u of units) ok.append('unitIds', String(u.id));
    expect(await edit.editTask(task.id, IDLE, ok)).toMatchObject({ status: 'ok' });
    const after = await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { deadlineMonth: true, units: { select: { unitId: true } } } });
    expect(after.deadlineMonth).toBe('2023-11');
    expect(after.units.map((u) => u.unitId).sort()).toEqual(units.map((u) => u.id).sort());
  });

  it('牵头区领导: set, written as tables write it, shown on the task page and audited; too long refused with the input kept, nothing changed; cleared', async () => {
    const read = () =>
      prisma.task.findFirstOrThrow({
        where: { number: 16, planYear: { year: 2023 } },
        select: {
          id: true,
          version: true,
          content: true,
          deadlineMonth: true,
          leadOfficial: true,
          units: { select: { unitId: true }, orderBy: { ord: 'asc' } },
        },
      });
    const send = async (leadOfficial: string) => {
      const task = await read();
      const fd = form({
        content: task.content,
        deadlineMonth: task.deadlineMonth,
        leadOfficial,
        baseVersion: String(task.version),
        reasonKind: 'PLAN',
        reason: '明确牵头区领导',
      });
      for (const u of task.units) fd.append('unitIds', String(u.unitId));
      return edit.editTask(task.id, IDLE, fd);
    };
    expect((await read()).leadOfficial).toBe('');
    expect(await send(' 张三，李四同志 ')).toMatchObject({ status: 'ok' });
    expect((await read()).leadOfficial).toBe('张三、李四');
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'plan.task_edited', taskId: (await read()).id },
      orderBy: { id: 'desc' },
      select: { before: true, after: true },
    });
    expect([JSON.parse(event.before!).leadOfficial, JSON.parse(event.after!).leadOfficial]).toEqual(['', '张三、李四']);
    const { getTaskDetail } = await import('@/lib/data/task');
    expect((await getTaskDetail(16, { year: '2023' }))!.row.task.leadOfficial).toBe('张三、李四');
    const long = '王'.repeat(101);
    const version = (await read()).version;
    expect(await send(long)).toMatchObject({ status: 'error', errors: { leadOfficial: ['不能超过100个字'] }, values: { leadOfficial: long } });
    expect(await read()).toMatchObject({ leadOfficial: '张三、李四', version });
    expect(await send('')).toMatchObject({ status: 'ok' });
    expect((await read()).leadOfficial).toBe('');
  });
});

describe('adding and removing plan steps', () => {
  const stepsOf = (taskId: number) =>
    prisma.milestone.findMany({ where: { taskId }, select: { id: true, key: true, text: true, reachedOn: true }, orderBy: { id: 'asc' } });
  it('a new step: its reason on an active year, a date in the year; saved, audited, the version bumped', async () => {
    const task = await prisma.task.findFirstOrThrow({ where: { number: 12, planYear: { year: 2023 } }, select: { id: true, version: true } });
    const before = await stepsOf(task.id);
    const base = { periodLabel: '11月', dueDate: '2023-11-30', text: '11月：举办专场招聘会', cumulativeTarget: '', baseVersion: String(task.version) };
    expect(await edit.addMilestone(task.id, IDLE, form(base))).toMatchObject({
      status: 'error',
      errors: { reasonKind: [expect.any(String)], reason: ['此项为必填项'] },
      values: { text: '11月：举办专场招聘会' },
    });
    expect(await edit.addMilestone(task.id, IDLE, form({ ...base, dueDate: '2024-01-31', reasonKind: 'PLAN', reason: '增加节点' }))).toMatchObject({
      errors: { dueDate: ['须在2023年内'] },
    });
    expect(await edit.addMilestone(task.id, IDLE, form({ ...base, text: '', reasonKind: 'PLAN', reason: '增加节点' }))).toMatchObject({
      errors: { text: ['此项为必填项'] },
    });
    // No date written and a period the deadline rules do not read: said at the date, the input kept.
    expect(await edit.addMilestone(task.id, IDLE, form({ ...base, periodLabel: '适时', dueDate: '', reasonKind: 'PLAN', reason: '增加节点' }))).toMatchObject({
      errors: { dueDate: ['请填写到期日：从期间“适时”读不出日期（可写如9月底前、第三季度、7-9月）'] },
      values: { periodLabel: '适时', text: '11月：举办专场招聘会' },
    });
    expect(
      await edit.addMilestone(task.id, IDLE, form({ ...base, periodLabel: '次年3月', dueDate: '', reasonKind: 'PLAN', reason: '增加节点' })),
    ).toMatchObject({
      errors: { dueDate: ['须在2023年内'] },
    });
    expect(await stepsOf(task.id)).toEqual(before);
    expect(await edit.addMilestone(task.id, IDLE, form({ ...base, reasonKind: 'PLAN', reason: '增加节点' }))).toMatchObject({ status: 'ok' });
    const after = await stepsOf(task.id);
    expect(after).toHaveLength(before.length + 1);
    const made = after.at(-1)!;
    expect(made).toMatchObject({ text: '11月：举办专场招聘会', reachedOn: null });
    expect(made.key).toMatch(/^added-\d+$/);
    expect((await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } })).version).toBe(task.version + 1);
    const a = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'plan.milestone_added', entityId: String(made.id) },
      select: { taskId: true, after: true },
    });
    expect(a.taskId).toBe(task.id);
    expect(JSON.parse(a.after!)).toMatchObject({ dueDate: '2023-11-30', reason: { kind: 'PLAN', text: '增加节点' } });
    // The same form again (now stale) is refused, not added twice.
    expect(await edit.addMilestone(task.id, IDLE, form({ ...base, reasonKind: 'PLAN', reason: '增加节点' }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('已被修改'),
    });
    expect(await stepsOf(task.id)).toHaveLength(before.length + 1);
  });

  it('a step with no date written falls due when its period says, by the deadline rules (第四季度, 10月前), added or edited', async () => {
    const task = await prisma.task.findFirstOrThrow({ where: { number: 13, planYear: { year: 2023 } }, select: { id: true, version: true } });
    const reason = { reasonKind: 'PLAN', reason: '增加节点' };
    const added = await edit.addMilestone(
      task.id,
      IDLE,
      form({ periodLabel: '第四季度', dueDate: '', text: '第四季度：开展技能培训', cumulativeTarget: '', baseVersion: String(task.version), ...reason }),
    );
    expect(added).toMatchObject({ status: 'ok' });
    const step = await prisma.milestone.findFirstOrThrow({ where: { taskId: task.id, text: '第四季度：开展技能培训' }, select: { id: true, dueDate: true } });
    expect(step.dueDate.toISOString().slice(0, 10)).toBe('2023-12-31');
    const edited = await edit.editMilestone(
      step.id,
      IDLE,
      form({ periodLabel: '10月前', dueDate: '', text: '10月前：开展技能培训', cumulativeTarget: '', baseVersion: String(task.version + 1), ...reason }),
    );
    expect(edited).toMatchObject({ status: 'ok' });
    const after = await prisma.milestone.findUniqueOrThrow({ where: { id: step.id }, select: { dueDate: true } });
    expect(after.dueDate.toISOString().slice(0, 10)).toBe('2023-10-31');
    const a = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.milestone_edited', entityId: String(step.id) }, select: { after: true } });
    expect(JSON.parse(a.after!)).toMatchObject({ periodLabel: '10月前', dueDate: '2023-10-31' });
  });
  it('a step nobody reported reached can be removed (with its reason, audited); a reached one cannot', async () => {
    const task = await prisma.task.findFirstOrThrow({ where: { number: 12, planYear: { year: 2023 } }, select: { id: true, version: true } });
    const added = (await stepsOf(task.id)).find((x) => x.key.startsWith('added-'))!;
    expect(await edit.removeMilestone(added.id, IDLE, form({ baseVersion: String(task.version) }))).toMatchObject({
      status: 'error',
      errors: { reason: ['此项为必填项'] },
    });
    expect(await edit.removeMilestone(added.id, IDLE, form({ baseVersion: String(task.version), reasonKind: 'PLAN', reason: '取消专场' }))).toMatchObject({
      status: 'ok',
    });
    expect((await stepsOf(task.id)).some((x) => x.id === added.id)).toBe(false);
    const a = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'plan.milestone_removed', entityId: String(added.id) },
      select: { before: true, after: true },
    });
    expect(JSON.parse(a.before!)).toMatchObject({ text: '11月：举办专场招聘会', dueDate: '2023-11-30' });
    expect(JSON.parse(a.after!)).toMatchObject({ reason: { kind: 'PLAN', text: '取消专场' } });
    // A step reported reached is part of the record.
    const first = await prisma.milestone.findFirstOrThrow({ where: { taskId: task.id }, select: { id: true } });
    await prisma.milestone.update({ where: { id: first.id }, data: { reachedOn: new Date('2023-08-20T00:00:00Z') } }); // as an approval sets it
    const reached = await prisma.milestone.findUniqueOrThrow({ where: { id: first.id }, select: { id: true, task: { select: { version: true } } } });
    expect(await edit.removeMilestone(reached.id, IDLE, form({ baseVersion: String(reached.task.version), reasonKind: 'PLAN', reason: 'x' }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不能删除'),
    });
    expect(await prisma.milestone.count({ where: { id: reached.id } })).toBe(1);
    // A step a pending update names as reached stays too (the office may still approve it).
    const other = await prisma.milestone.findFirstOrThrow({ where: { taskId: task.id, reachedOn: null }, select: { id: true } });
    const pending = await prisma.progressUpdate.create({
      data: {
        taskId: task.id,
        asOf: new Date('2023-09-30T00:00:00Z'),
        narrative: '节点完成',
        milestones: { create: { milestoneId: other.id, reachedOn: new Date('2023-09-30T00:00:00Z') } },
      },
      select: { id: true },
    });
    const v = (await prisma.task.findUniqueOrThrow({ where: { id: task.id }, select: { version: true } })).version;
    expect(await edit.removeMilestone(other.id, IDLE, form({ baseVersion: String(v), reasonKind: 'PLAN', reason: 'x' }))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不能删除'),
    });
    expect(await prisma.milestone.count({ where: { id: other.id } })).toBe(1);
    expect(await prisma.milestoneReached.count({ where: { updateId: pending.id } })).toBe(1);
    // An unknown step: not found.
    expect(await edit.removeMilestone(999_999, IDLE, form({ baseVersion: '0', reasonKind: 'PLAN', reason: 'x' }))).toMatchObject({
      status: 'error',
      message: '未找到该记录。',
    });
  });
});

describe('draft and archived years', () => {
  it('a draft changes without a reason; an archived year does not change', async () => {
    await prisma.planYear.create({
      data: { year: 2030, title: '草稿', status: 'DRAFT', projects: { create: { number: 1, numeral: '一', title: 'A', category: 'SERVICE' } } },
    });
    const y = await prisma.planYear.findUniqueOrThrow({ where: { year: 2030 }, select: { id: true, projects: { select: { id: true } } } });
    const t = await prisma.task.create({
      data: {
        planYearId: y.id,
        projectId: y.projects[0]!.id,
        number: 1,
        content: '甲',
        deadlineMonth: '2030-12',
        h1Progress: '',
        h2Plan: '',
        milestones: { create: { key: 'm1', periodLabel: '6月', dueDate: new Date('2030-06-30T00:00:00Z'), text: '6月：开工', ord: 0 } },
      },
      select: { id: true },
    });
    const ms = await milestoneOf(1, 2030);
    expect(await edit.editMilestone(ms.id, IDLE, form(fields(ms, { text: '6月：完成招标' })))).toMatchObject({ status: 'ok' });
    await prisma.planYear.update({ where: { year: 2030 }, data: { status: 'ARCHIVED' } });
    const again = await milestoneOf(1, 2030);
    expect(await edit.editMilestone(again.id, IDLE, form(fields(again, { text: '改', reasonKind: 'PLAN', reason: 'x' })))).toMatchObject({
      status: 'error',
      message: '该年度已归档，计划不能再修改。',
    });
    expect((await milestoneOf(1, 2030)).text).toBe('6月：完成招标');
    // Only the draft's edit is in the audit trail: the refused one wrote nothing.
    expect(await prisma.auditEvent.count({ where: { taskId: t.id, action: 'plan.milestone_edited' } })).toBe(1);
  });
});
