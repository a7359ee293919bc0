// A plan year's long writes — the import's confirmation, the copy of an earlier year — run in a worker
// thread on a connection of its own (lib/plan-import/write-in-worker.ts): the server's thread sends
// none of their statements and stays free for requests. What the worker answers — written, the year
// taken meanwhile, a failure part-way (rolled back, nothing written), a database it cannot open — on a
// real database, through the confirmation's own step and the copy action.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';
import type { PlanDraft } from '@/lib/domain/plan-import';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29', SQL_LOG: '1' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a saved change is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let sqlCounter: typeof import('@/lib/prisma').sqlCounter;
let steps: typeof import('@/lib/actions/import-steps');
let writeInWorker: typeof import('@/lib/plan-import/write-in-worker').writeInWorker;

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  ({ prisma, sqlCounter } = await import('@/lib/prisma'));
  steps = await import('@/lib/actions/import-steps');
  ({ writeInWorker } = await import('@/lib/plan-import/write-in-worker'));
  const office = await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } });
  session.actor = { id: office.id, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };
});

/** A 40-task plan in the appendix layout, two milestones each. */
async function workbook(year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一览表');
  ws.addRow(['序号', '项目名称', '项目内容', '下半年工作计划', '责任单位', '完成时限']);
  for (let i = 1; i <= 40; i++)
    ws.addRow([
      i,
      i % 10 === 1 ? `${'一二三四'[Math.floor(i / 10)]}、项目${Math.floor(i / 10) + 1}` : null,
      `${i}.任务${i}`,
      '7-9月：招标\n10-12月：完工',
      '区民政局',
      `${year}年12月`,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function confirmForm(bytes: Buffer, year: number): FormData {
  const fd = new FormData();
  const fields = { year: String(year), title: `${year}年民生实事`, defaultCategory: 'SERVICE', sha256: createHash('sha256').update(bytes).digest('hex') };
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  fd.set('file', new File([new Uint8Array(bytes)], 'plan.xlsx'));
  return fd;
}

const counts = async () => ({
  years: await prisma.planYear.count(),
  tasks: await prisma.task.count(),
  milestones: await prisma.milestone.count(),
  units: await prisma.unit.count(),
  audit: await prisma.auditEvent.count(),
});

async function readyToCommit(year: number) {
  const ready = await steps.prepareConfirm(confirmForm(await workbook(year), year));
  if ('answer' in ready) throw new Error(JSON.stringify(ready.answer));
  return ready;
}

/** The workbook's plan as the confirmation reads it. */
async function draftOf(year: number) {
  const { readPlanXlsx } = await import('@/lib/plan-import/read-xlsx');
  const { unitDirectory } = await import('@/lib/plan-import/units');
  const read = await readPlanXlsx(new Uint8Array(await workbook(year)), { year, shift: false, units: await unitDirectory() });
  if (!read.ok) throw new Error(read.error);
  return read;
}

describe('the import writes in a worker thread', () => {
  it('writes all 40 tasks with their milestones, reporting each, while this thread sends none of the statements', async () => {
    const ready = await readyToCommit(2047);
    const progress: [number, number][] = [];
    const sent = sqlCounter.count;
    const answer = await ready.commit((written, total) => progress.push([written, total]));
    // Only the worker's own connection wrote: this thread's client sent nothing during the write.
    expect(sqlCounter.count - sent).toBe(0);
    expect(answer).toEqual({ status: 'ok', year: 2047, message: '已导入2047年度计划（草稿），共40项任务。' });
    expect(progress).toEqual(Array.from({ length: 40 }, (_, i) => [i + 1, 40]));
    const year = await prisma.planYear.findUniqueOrThrow({ where: { year: 2047 }, select: { id: true, status: true, _count: { select: { tasks: true } } } });
    expect(year).toMatchObject({ status: 'DRAFT', _count: { tasks: 40 } });
    expect(await prisma.milestone.count({ where: { task: { planYearId: year.id } } })).toBe(80);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.imported', entityId: String(year.id) } });
    expect(audit.actorId).toBe(session.actor!.id);
    expect(JSON.parse(audit.after!)).toMatchObject({ year: 2047, tasks: 40, unitsCreated: 0 });
  });

  it('a year imported meanwhile (after the checks, before the write): refused beside the year field, nothing written', async () => {
    const ready = await readyToCommit(2048);
    // Another office's import of the same year lands between this one's checks and its write.
    const other = await readyToCommit(2048);
    expect(await other.commit()).toMatchObject({ status: 'ok', year: 2048 });
    const before = await counts();
    expect(await ready.commit()).toMatchObject({ status: 'error', errors: { year: ['2048年度计划已存在'] } });
    expect(await counts()).toEqual(before);
  });

  it('a write that fails part-way is rolled back: the import failed message, nothing written (no year, task, milestone, unit or audit row)', async () => {
    const parsed = await draftOf(2049);
    // Task 30 of 40 without a deadline: the database refuses it after 29 tasks (and a new unit) were written.
    const draft: PlanDraft = structuredClone(parsed.draft);
    draft.projects[0]!.tasks[0]!.units = ['区新设单位'];
    draft.projects[2]!.tasks[9]!.deadlineMonth = null;
    const before = await counts();
    const progress: number[] = [];
    const made = await writeInWorker(
      { kind: 'import', year: 2049, title: '2049年民生实事', draft, defaultCategory: 'SERVICE', audit: { actorId: session.actor!.id, after: {} } },
      (written) => progress.push(written),
    );
    expect(made).toEqual({ ok: false, error: 'failed' });
    expect(progress.at(-1)).toBe(29);
    expect(await counts()).toEqual(before);
  });

  it('a database the worker cannot open: failed, not a hang, nothing written here', async () => {
    const parsed = await draftOf(2050);
    const before = await counts();
    const job = {
      kind: 'import' as const,
      year: 2050,
      title: '2050年民生实事',
      draft: parsed.draft,
      defaultCategory: 'SERVICE' as const,
      audit: { actorId: null, after: {} },
    };
    expect(await writeInWorker(job, undefined, 'file:/nonexistent-folder/app.db')).toEqual({ ok: false, error: 'failed' });
    expect(await counts()).toEqual(before);
  });

  it('a copy of 2023 (/plan) is written there too: its 19 tasks and milestones, audited plan.created; this thread only checked the years', async () => {
    const { createPlanYear } = await import('@/lib/actions/plan');
    const fd = new FormData();
    for (const [k, v] of Object.entries({ source: 'copy', from: '2023', year: '2051', title: '2051年民生实事' })) fd.set(k, v);
    const sent = sqlCounter.count;
    expect(await createPlanYear({ status: 'idle' }, fd)).toEqual({ status: 'ok', message: '已创建2051年度计划（草稿）。' });
    // Here: the one read of the existing years; the copy itself (well over a hundred statements) went through the worker's connection.
    expect(sqlCounter.count - sent).toBe(1);
    const copied = await prisma.planYear.findUniqueOrThrow({ where: { year: 2051 }, select: { id: true, status: true, _count: { select: { tasks: true } } } });
    expect(copied).toMatchObject({ status: 'DRAFT', _count: { tasks: 19 } });
    const source = await prisma.milestone.count({ where: { task: { planYear: { year: 2023 } } } });
    expect(await prisma.milestone.count({ where: { task: { planYearId: copied.id } } })).toBe(source);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'plan.created', entityId: String(copied.id) } });
    expect(JSON.parse(audit.after!)).toMatchObject({ source: 'copy', from: 2023, year: 2051, tasks: 19 });
    // The same year again: refused beside the year field, nothing more written.
    const before = await counts();
    const again = await createPlanYear({ status: 'idle' }, fd);
    expect(again).toMatchObject({ status: 'error', errors: { year: ['2051年度计划已存在'] } });
    expect(await counts()).toEqual(before);
  });
});
