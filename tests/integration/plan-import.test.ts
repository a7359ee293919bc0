// Next year's plan without a developer: the report's appendix table as a real .xlsx (merged cells as
// in the original), the app's own plan workbook round trip, every bad-file class, and plan years
// created empty or as a copy — through the server actions, on a real database.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { parseReportTable } from '@/seeds/parse-report';
import { readReport } from '@/seeds/plan';
import type { Actor } from '@/lib/auth/policy';
import type { ImportState } from '@/lib/actions/plan';
import { IMPORT_LIMITS } from '@/lib/plan-import/read-xlsx';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a saved change is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let actions: typeof import('@/lib/actions/plan');
const supervisor: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  actions = await import('@/lib/actions/plan');
  supervisor.id = (await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } })).id;
});

const source = parseReportTable(readReport());

/** The appendix table as the office keeps it: the report's columns, merged project/unit/deadline cells. */
async function appendixWorkbook(year = 2023): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件');
  ws.addRow([`盐田区${year}年十件重点民生实事上半年完成情况一览表`]);
  ws.addRow(['项目名称', '项目内容', '上半年进展情况', `${year}年下半年任务目标及措施`, '责任单位', '完成时限']);
  const first = 3;
  source.forEach((r, i) => {
    const prev = source[i - 1];
    // As in the Word table: 四、 is printed again on task 8; units and deadlines of 13, 17, 18 are merged with the row above.
    const printProject = !prev || prev.projectTitle !== r.projectTitle || r.taskNumber === 8;
    const mergedUnits = [13, 17, 18].includes(r.taskNumber);
    ws.addRow([
      printProject ? `${r.projectNumeral}、${r.projectTitle}` : null,
      `${r.taskNumber}.${r.content}`,
      r.h1Progress,
      r.h2Plan,
      mergedUnits ? null : r.units.join('\n'),
      mergedUnits ? null : r.deadlineMonth.replace(/^2023-0?/, `${year}.`),
    ]);
  });
  // Merge each run of rows without a project name into the cell above, and the unit/deadline runs.
  source.forEach((r, i) => {
    const row = first + i;
    const cell = ws.getCell(row, 1);
    if (cell.value === null) {
      let top = row - 1;
      while (ws.getCell(top, 1).value === null || (ws.getCell(top, 1).isMerged && ws.getCell(top, 1).master.address !== ws.getCell(top, 1).address)) top--;
      ws.unMergeCells(top, 1, row - 1, 1);
      ws.mergeCells(top, 1, row, 1);
    }
    if ([13, 17, 18].includes(r.taskNumber)) {
      for (const col of [5, 6]) {
        let top = row - 1;
        while (ws.getCell(top, col).isMerged && ws.getCell(top, col).master.address !== ws.getCell(top, col).address) top--;
        ws.unMergeCells(top, col, row - 1, col);
        ws.mergeCells(top, col, row, col);
      }
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const form = (o: Record<string, string | Blob>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) fd.append(k, v);
  return fd;
};
const xlsxFile = (bytes: Uint8Array, name = 'plan.xlsx') =>
  new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const IDLE: ImportState = { status: 'idle' };

async function counts() {
  const [years, projects, tasks, units, milestones, indicators, audit] = await Promise.all([
    prisma.planYear.count(),
    prisma.project.count(),
    prisma.task.count(),
    prisma.unit.count(),
    prisma.milestone.count(),
    prisma.indicator.count(),
    prisma.auditEvent.count(),
  ]);
  return { years, projects, tasks, units, milestones, indicators, audit };
}

describe('the report appendix as an .xlsx with merged cells', () => {
  it('reads 10 projects and 19 tasks; tasks 13, 17 and 18 get their units from the merged cells; plan lines become milestones', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { draftFromSheets } = await import('@/lib/domain/plan-source');
    const read = await readXlsx(await appendixWorkbook());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const units = new Set((await prisma.unit.findMany({ select: { name: true } })).map((u) => u.name));
    const draft = draftFromSheets(read, 2023, (n) => (units.has(n) ? n : null))!;
    // Progress is reported by the units, not imported with the plan: the column is named, nothing blocks.
    expect(draft.issues).toEqual([{ sheet: '附件', row: 2, kind: 'columns_not_read', value: 'C 上半年进展情况', blocking: false }]);
    expect(draft.projects).toHaveLength(10);
    const tasks = draft.projects.flatMap((p) => p.tasks);
    expect(tasks.map((t) => t.number)).toEqual(source.map((r) => r.taskNumber));
    const t = (n: number) => tasks.find((x) => x.number === n)!;
    expect(t(13)).toMatchObject({ units: ['区人力局'], deadlineMonth: '2023-12' });
    expect(t(17)).toMatchObject({ units: ['区民政局'], deadlineMonth: '2023-12' });
    expect(t(18)).toMatchObject({ units: ['区民政局'], deadlineMonth: '2023-12' });
    expect(t(1).units).toEqual(['盐田交通运输局', '区工务署']);
    expect(draft.projects.find((p) => p.numeral === '四')!.tasks.map((x) => x.number)).toEqual([7, 8, 9]);
    for (const r of source) expect(t(r.taskNumber)).toMatchObject({ content: r.content, units: r.units, deadlineMonth: r.deadlineMonth, planText: r.h2Plan });
    expect(t(1).milestones.map((m) => [m.periodLabel, m.dueDate])).toEqual([
      ['8月', '2023-08-31'],
      ['9月', '2023-09-30'],
      ['10-11月', '2023-11-30'],
      ['12月', '2023-12-31'],
    ]);
    // The targets the task texts state are proposed as indicators. Task 11's plan column sets its
    // terminals month by month (9月300台 … 12月1500台): judged along those steps, as the seed was written.
    const { TASKS } = await import('@/seeds/data/plan-2023');
    const seed11 = TASKS.find((x) => x.number === 11)!;
    expect(t(11).indicators.map((i) => [i.name, i.target, i.unitOfMeasure, i.accrual])).toEqual([
      ['小区单位', 150, '个', 'AT_COMPLETION'],
      ['电梯', 1500, '台', 'MILESTONES'],
    ]);
    expect(t(11).milestones.map((m) => [m.periodLabel, m.indicatorKey === 'i2' ? m.cumulativeTarget : null])).toEqual(
      seed11.milestones!.map((m) => [m.periodLabel, m.indicator === 'elevators' ? m.cumulative! : null]),
    );
    // Task 3's plan column takes its 整体形象进度 to 80 % in 7-9月 and 100 % in 10-12月: proposed, judged along them.
    const seed3 = TASKS.find((x) => x.number === 3)!;
    const visual = t(3).indicators.find((i) => i.isPercent)!;
    expect([visual.name, visual.target, visual.accrual]).toEqual(['整体形象进度', 100, 'MILESTONES']);
    expect(
      t(3)
        .milestones.filter((m) => m.indicatorKey === visual.key)
        .map((m) => [m.periodLabel, m.cumulativeTarget]),
    ).toEqual(seed3.milestones!.filter((m) => m.indicator === 'visual').map((m) => [m.periodLabel, m.cumulative!]));
    expect(tasks.reduce((n, x) => n + x.indicators.length, 0)).toBe(32);
  });

  it('preview writes nothing; confirm writes a 2024 draft in one transaction, audited', async () => {
    session.actor = supervisor;
    const bytes = await appendixWorkbook(2024);
    const before = await counts();
    const fields = { year: '2024', title: '盐田区2024年十件重点民生实事', defaultCategory: 'SERVICE' };
    const preview = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes) }));
    expect(preview.preview).toMatchObject({ counts: { projects: 10, tasks: 19, units: 13 }, writable: true, hidden: [] });
    expect(await counts()).toEqual(before);
    // Confirming another file than the one previewed is refused.
    const other = await actions.confirmImport(IDLE, form({ ...fields, sha256: '0'.repeat(64), file: xlsxFile(bytes) }));
    expect(other).toMatchObject({ status: 'error', message: expect.stringContaining('不一致') });
    expect(await counts()).toEqual(before);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: preview.preview!.sha256, file: xlsxFile(bytes) }));
    expect(done).toMatchObject({ status: 'ok', message: '已导入2024年度计划（草稿），共19项任务。' });
    const y = await prisma.planYear.findUniqueOrThrow({ where: { year: 2024 }, select: { status: true, _count: { select: { tasks: true, projects: true } } } });
    expect(y).toEqual({ status: 'DRAFT', _count: { tasks: 19, projects: 10 } });
    expect(await prisma.auditEvent.count({ where: { action: 'plan.imported' } })).toBe(1);
    const t13 = await prisma.task.findFirstOrThrow({
      where: { number: 13, planYear: { year: 2024 } },
      select: { deadlineMonth: true, units: { select: { unit: { select: { name: true } } } } },
    });
    expect(t13).toEqual({ deadlineMonth: '2024-12', units: [{ unit: { name: '区人力局' } }] });
    // A second import of the same year is refused.
    const again = await actions.confirmImport(IDLE, form({ ...fields, sha256: preview.preview!.sha256, file: xlsxFile(bytes) }));
    expect(again).toMatchObject({ status: 'error', errors: { year: ['2024年度计划已存在'] } });
  });
});

describe('bad files: a clear message, nothing written', () => {
  const fields = { year: '2030', title: '测试', defaultCategory: 'SERVICE' };
  async function refused(bytes: Uint8Array, message: RegExp, name = 'plan.xlsx') {
    session.actor = supervisor;
    const before = await counts();
    const r = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes, name) }));
    expect(r.status).toBe('error');
    expect(r.errors?.file?.[0] ?? r.message).toMatch(message);
    const c = await actions.confirmImport(IDLE, form({ ...fields, sha256: 'a'.repeat(64), file: xlsxFile(bytes, name) }));
    expect(c.status).toBe('error');
    expect(await counts()).toEqual(before);
  }
  const sheet = async (build: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };

  it('no file', async () => {
    session.actor = supervisor;
    const r = await actions.previewImport(IDLE, form(fields));
    expect(r.errors?.file).toEqual(['请选择要导入的计划表文件（.xlsx、.xls、.docx或.pdf）']);
  });
  it('larger than 5 MB', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b]);
    await refused(big, /超过5MB/);
  });
  it('not a workbook (a picture renamed); a CSV without a plan’s header has no plan table; an OLE header with nothing behind it is a broken file (a real .xls is read: plan-import-offices.test.ts)', async () => {
    await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /不是Excel工作簿（\.xlsx或\.xls）/);
    await refused(new TextEncoder().encode('项目名称,项目内容\n一、A,1.甲'), /未找到计划表/);
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await refused(xls, /损坏/);
  });
  it('password-protected (an encrypted OOXML package in an OLE container)', async () => {
    const enc = new Uint8Array(8192);
    enc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    enc.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 1024);
    await refused(enc, /打开密码/);
  });
  it('corrupted (a zip that is not a workbook, a truncated workbook)', async () => {
    const good = await appendixWorkbook(2030);
    await refused(new Uint8Array(good.subarray(0, 2000)), /损坏/);
  });
  it('a zip bomb (a 1 KB entry that inflates to 80 MB) is refused from its central directory, before inflating it', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await appendixWorkbook(2030));
    zip.file('xl/media/padding.bin', Buffer.alloc(80 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.byteLength).toBeLessThan(IMPORT_LIMITS.bytes);
    await refused(bomb, /解压后的内容过大/);
  });
  it('an entry that inflates to more than it declares (a lying central directory) is refused', async () => {
    const good = Buffer.from(await appendixWorkbook(2030));
    // Declare the first worksheet 64 bytes long: it inflates to far more.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let p = good.length - 22;
    while (good.readUInt32LE(p) !== 0x06054b50) p--;
    let cd = good.readUInt32LE(p + 16);
    let patched = false;
    while (good.readUInt32LE(cd) === 0x02014b50) {
      const n = good.readUInt16LE(cd + 28);
      if (good.subarray(cd + 46, cd + 46 + n).equals(name)) {
        good.writeUInt32LE(64, cd + 24);
        patched = true;
      }
      cd += 46 + n + good.readUInt16LE(cd + 30) + good.readUInt16LE(cd + 32);
    }
    expect(patched).toBe(true);
    await refused(new Uint8Array(good), /解压后的内容过大/);
  });
  it('the reading runs in a worker with its own memory limit: a worker out of memory refuses the file and this process goes on', async () => {
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const bytes = await appendixWorkbook(2030);
    expect(await readXlsx(bytes, { heapMb: 2 })).toEqual({ ok: false, error: 'too_much' });
    expect((await readXlsx(bytes)).ok).toBe(true);
  });
  it('the import parses in the worker too: the draft comes back, the grids never reach this thread, and it equals the parse of the same sheets here', async () => {
    const { readXlsx, readPlanXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { planFromSheets } = await import('@/lib/domain/plan-source');
    const { unitDirectory } = await import('@/lib/plan-import/units');
    const units = await unitDirectory();
    const bytes = await appendixWorkbook(2030);
    const inWorker = await readPlanXlsx(bytes, { year: 2030, shift: false, units });
    expect(inWorker.ok).toBe(true);
    expect(inWorker).not.toHaveProperty('sheets');
    const grids = await readXlsx(bytes);
    if (!grids.ok || !inWorker.ok) return;
    const here = planFromSheets(grids, { year: 2030, shift: false, units });
    expect(here.ok && here.draft.projects.flatMap((p) => p.tasks)).toHaveLength(19);
    expect(inWorker).toEqual({ ...here, hidden: grids.hidden, formulas: grids.formulas });
    // A file without a table: refused by the worker with the reader's own reason.
    const empty = await sheet((wb) => wb.addWorksheet('空表').addRow(['说明', '无']));
    expect(await readPlanXlsx(empty, { year: 2030, shift: false, units })).toEqual({ ok: false, error: 'no_table' });
  });
  it('a 10,000-row sheet: refused at once, no hang', async () => {
    const bytes = await sheet((wb) => {
      const ws = wb.addWorksheet('大表');
      ws.addRow(['项目名称', '项目内容', '责任单位', '完成时限']);
      for (let i = 0; i < 10_000; i++) ws.addRow([`项目${i}`, `${i + 1}.任务`, '区民政局', '2030.12']);
    });
    // No stopwatch here (the suite must pass on a busy machine): a hang fails by the test's timeout.
    await refused(bytes, /超过5000行/);
  });
  it('no plan table in any visible sheet (the table is on a hidden sheet)', async () => {
    const bytes = await sheet((wb) => {
      wb.addWorksheet('说明').addRow(['本表仅供参考']);
      const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
      hidden.addRow(['项目名称', '项目内容', '责任单位', '完成时限']);
      hidden.addRow(['一、A', '1.甲', '区民政局', '2030.12']);
    });
    await refused(bytes, /未找到计划表/);
  });
  it('a table whose header lacks a column (进度安排 but no 完成时限; no 责任单位): the message names the sheet, the row and the column to add', async () => {
    // Before: 未找到计划表 and all four headers listed, though the table was there and one column was missing.
    const noDeadline = await sheet((wb) => {
      const ws = wb.addWorksheet('任务分解表');
      ws.addRow(['盐田区2030年民生实事任务分解表']);
      ws.addRow(['序号', '项目名称', '建设内容', '责任单位', '进度安排']);
      ws.addRow([1, '学前教育', '新建公办幼儿园2所', '区教育局', '6月底前完成设计；年底前竣工']);
    });
    await refused(
      noDeadline,
      /^“任务分解表”第2行像是表头（序号、项目名称、建设内容、责任单位、进度安排），但缺少“完成时限”列。请在表中加上这一列（写明每项任务的完成时间，如“9月底前”“年底前”；“进度安排”中的节点时间不作完成时限）后再导入。$/,
    );
    const noUnits = await sheet((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['序号', '项目内容', '完成时限', '备注']);
      ws.addRow([1, '新建公办幼儿园2所', '2030年12月', '']);
    });
    await refused(noUnits, /^“Sheet1”第1行像是表头（序号、项目内容、完成时限、备注），但缺少“责任单位”列。请在表中加上这一列后再导入。$/);
  });
  it('rows that cannot be read: every message in the preview, nothing written on confirm', async () => {
    const bytes = await sheet((wb) => {
      const ws = wb.addWorksheet('一览表');
      ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
      ws.addRow([1, '一、A', '1.甲', '区民政局', '2030.12']);
      ws.addRow([1, '', '1.乙', '区民政局', '2030.12']);
      ws.addRow([2, '', '2.丙', '区民政局', '明年']);
    });
    session.actor = supervisor;
    const before = await counts();
    const r = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes) }));
    expect(r.preview!.writable).toBe(false);
    expect(r.preview!.draft.issues.map((i) => [i.row, i.kind])).toEqual([
      [3, 'duplicate_number'],
      [4, 'bad_deadline'],
    ]);
    const c = await actions.confirmImport(IDLE, form({ ...fields, sha256: r.preview!.sha256, file: xlsxFile(bytes) }));
    expect(c).toMatchObject({ status: 'error', message: expect.stringContaining('无法读取的行') });
    expect(await counts()).toEqual(before);
  });
  it('formulas give their values (never evaluated); dates stored as numbers; unknown units need consent', async () => {
    const bytes = await sheet((wb) => {
      const ws = wb.addWorksheet('一览表');
      ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
      ws.addRow([1, '一、A', '1.甲', '区民政局', { formula: '"2030."&"12"', result: '2030.12' }]);
      ws.addRow([2, '', '2.乙', '区新设单位', 47484]); // 2030-01-01 as a date serial
    });
    session.actor = supervisor;
    const before = await counts();
    const r = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes) }));
    expect(r.preview!.draft.issues.filter((i) => i.blocking)).toEqual([]);
    expect(r.preview).toMatchObject({ formulas: 1, writable: true, draft: { newUnits: ['区新设单位'] } });
    const tasks = r.preview!.draft.projects.flatMap((p) => p.tasks);
    expect(tasks.map((t) => t.deadlineMonth)).toEqual(['2030-12', '2030-01']);
    const refusedUnits = await actions.confirmImport(IDLE, form({ ...fields, sha256: r.preview!.sha256, file: xlsxFile(bytes) }));
    expect(refusedUnits).toMatchObject({ status: 'error', errors: { createUnits: [expect.stringContaining('区新设单位')] } });
    expect(await counts()).toEqual(before);
    const ok = await actions.confirmImport(IDLE, form({ ...fields, sha256: r.preview!.sha256, createUnits: 'on', file: xlsxFile(bytes) }));
    expect(ok.status).toBe('ok');
    expect(await prisma.unit.findUnique({ where: { name: '区新设单位' }, select: { code: true } })).toMatchObject({
      code: expect.stringMatching(/^unit-\d+$/),
    });
  });
  it('a refused confirmation that re-read the file answers with its preview again and the unit choices made, so the office (without JavaScript too) fixes only what was refused', async () => {
    const bytes = await sheet((wb) => {
      const ws = wb.addWorksheet('一览表');
      ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
      ws.addRow([1, '一、A', '1.甲', '区甲新设单位', '2031.12']);
      ws.addRow([2, '', '2.乙', '区乙新设单位', '2031.06']);
      ws.addRow([3, '', '3.丙', '各街道', '2031.09']);
    });
    const f = { ...fields, year: '2031' };
    session.actor = supervisor;
    const before = await counts();
    const r = await actions.previewImport(IDLE, form({ ...f, file: xlsxFile(bytes) }));
    expect(r.preview!.summary.unknownUnits.map((u) => [u.name, u.collective])).toEqual([
      ['区甲新设单位', false],
      ['区乙新设单位', false],
      ['各街道', true],
    ]);
    // Two names decided (各街道 as two units), one forgotten: refused, nothing written; the preview and the decisions come back.
    const choices = {
      'unit.0.name': '区甲新设单位',
      'unit.0.choice': '区民政局',
      'unit.1.name': '区乙新设单位',
      'unit.1.choice': '',
      'unit.2.name': '各街道',
      'unit.2.choice': '区民政局',
    };
    const confirmForm = form({ ...f, sha256: r.preview!.sha256, file: xlsxFile(bytes), ...choices });
    confirmForm.append('unit.2.choice', '区卫健局');
    const refused = await actions.confirmImport(IDLE, confirmForm);
    expect(refused).toMatchObject({
      status: 'error',
      errors: { createUnits: [expect.stringContaining('区乙新设单位')] },
      values: expect.objectContaining({ year: '2031', 'unit.0.choice': '区民政局', 'unit.1.choice': '', 'unit.2.choice': '区民政局\n区卫健局' }),
      preview: { sha256: r.preview!.sha256, counts: r.preview!.counts, summary: r.preview!.summary },
    });
    expect(await counts()).toEqual(before);
    // Another file chosen to confirm than the one previewed: refused, and that file's preview is shown to confirm instead.
    const other = await sheet((wb) => {
      const ws = wb.addWorksheet('一览表');
      ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
      ws.addRow([1, '一、A', '1.甲', '区民政局', '2031.12']);
    });
    const changed = await actions.confirmImport(IDLE, form({ ...f, sha256: r.preview!.sha256, file: xlsxFile(other), ...choices }));
    expect(changed).toMatchObject({ status: 'error', message: expect.stringContaining('不一致'), preview: { counts: { tasks: 1 } } });
    expect(changed.preview!.sha256).not.toBe(r.preview!.sha256);
    expect(await counts()).toEqual(before);
    // Without a file nothing can be re-read: no preview, the message asks for the file.
    const noFile = await actions.confirmImport(IDLE, form({ ...f, sha256: r.preview!.sha256, ...choices }));
    expect(noFile).toMatchObject({ status: 'error', errors: { file: [expect.stringContaining('请选择')] } });
    expect(noFile.preview).toBeUndefined();
  });
  it('a unit or a leader cannot preview or import', async () => {
    for (const role of ['UNIT', 'LEADER'] as const) {
      session.actor = { id: 99, role, unitId: role === 'UNIT' ? 1 : null, displayName: 'x', username: 'x' };
      const r = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(await appendixWorkbook(2030)) }));
      expect(r).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
      expect(r.preview).toBeUndefined();
    }
  });
});

describe('the plan workbook round trip', () => {
  it('opens on its 任务 sheet with the tasks right under the header, the drop-downs beside them and below for new rows, and prints one page wide', async () => {
    const { getPlanSnapshot } = await import('@/lib/data/plan');
    const { buildPlanWorkbook } = await import('@/lib/plan-import/workbook');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildPlanWorkbook((await getPlanSnapshot(2023))!)) as unknown as ArrayBuffer);
    const tasks = wb.getWorksheet('任务')!;
    // Row 2 is task 1 and row 20 task 19 — no empty rows between the header and the plan.
    expect(Array.from({ length: 19 }, (_, i) => tasks.getCell(i + 2, 1).value)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(tasks.getCell(21, 1).value).toBeNull();
    // Each row as tall as its text: task 1's 工作计划 is four lines of its own and more wrapped (one line shown before).
    expect(tasks.getRow(2).height).toBeGreaterThanOrEqual(4 * 14);
    for (const name of ['指标', '节点', '子项']) expect(wb.getWorksheet(name)!.getCell(2, 1).value, name).toBe(1);
    expect(tasks.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"工程类,服务类"'] });
    expect(tasks.getCell('D500').dataValidation).toMatchObject({ type: 'list' });
    // Printed as the other exports: A4 landscape, one page wide, the header on every page.
    for (const name of ['任务', '指标', '节点', '子项']) {
      expect(wb.getWorksheet(name)!.pageSetup, name).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      });
    }
    // A year's plan opens on its tasks (the template on its 填写说明).
    expect(wb.worksheets[wb.views[0]!.activeTab]!.name).toBe('任务');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await buildPlanWorkbook(null, ['区民政局'])) as unknown as ArrayBuffer);
    expect(template.worksheets[template.views[0]?.activeTab ?? 0]!.name).toBe('填写说明');
    // The guide's lines run across its ten columns: printed one page wide too, not cut into strips.
    expect(template.getWorksheet('填写说明')!.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it('exports the 2023 plan in Chinese labels only (no internal codes) and imports it back with an identical structure', async () => {
    const { getPlanSnapshot } = await import('@/lib/data/plan');
    const { buildPlanWorkbook } = await import('@/lib/plan-import/workbook');
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { draftFromSheets } = await import('@/lib/domain/plan-source');
    const { writeDraft } = await import('@/lib/plan-import/write');
    const { writeTransaction } = await import('@/lib/prisma');
    // The report names no 牵头区领导; two tasks given one (as the plan editor does) travel with the file.
    await prisma.task.updateMany({ where: { number: { in: [3, 16] }, planYear: { year: 2023 } }, data: { leadOfficial: '张三、李四' } });
    const snap = (await getPlanSnapshot(2023))!;
    const bytes = await buildPlanWorkbook(snap);
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error);
    // No cell of the office's file is one of our internal keys (roads, donghai, m08…).
    const keys = new Set(snap.tasks.flatMap((t) => [...t.indicators.map((i) => i.key), ...t.milestones.map((m) => m.key), ...t.items.map((i) => i.key)]));
    expect(keys.size).toBeGreaterThan(20);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const codes: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (keys.has(String(c.value))) codes.push(`${ws.name}!${c.address}=${String(c.value)}`);
        }),
      ),
    );
    expect(codes).toEqual([]);
    const names = new Set(snap.units.map((u) => u.name));
    const draft = draftFromSheets(read, 2023, (n) => (names.has(n) ? n : null))!;
    expect(draft.layout).toBe('workbook');
    expect(draft.issues).toEqual([]);
    // Written as another year (dates kept), then compared with 2023.
    await writeTransaction((tx) => writeDraft(tx, { year: 2099, title: 'round trip', draft, defaultCategory: 'SERVICE' }));
    const structure = async (year: number) =>
      prisma.project.findMany({
        where: { planYear: { year } },
        orderBy: { number: 'asc' },
        select: {
          number: true,
          numeral: true,
          title: true,
          category: true,
          tasks: {
            orderBy: { number: 'asc' },
            select: {
              number: true,
              content: true,
              deadlineMonth: true,
              leadOfficial: true,
              units: { select: { ord: true, unit: { select: { name: true } } }, orderBy: { ord: 'asc' } },
              // Internal keys do not travel (the file has none); what links a step to its indicator does.
              items: { select: { name: true, ord: true }, orderBy: { ord: 'asc' } },
              indicators: {
                select: { name: true, ord: true, unitOfMeasure: true, isPercent: true, direction: true, target: true, accrual: true },
                orderBy: { ord: 'asc' },
              },
              milestones: {
                select: {
                  periodLabel: true,
                  dueDate: true,
                  text: true,
                  cumulativeTarget: true,
                  indicator: { select: { name: true, ord: true } },
                  alsoTargets: { select: { cumulativeTarget: true, indicator: { select: { name: true, ord: true } } } },
                },
                orderBy: [{ dueDate: 'asc' }, { ord: 'asc' }],
              },
            },
          },
        },
      });
    const original = await structure(2023);
    expect(original.flatMap((p) => p.tasks)).toHaveLength(19);
    expect(original.flatMap((p) => p.tasks.filter((t) => t.leadOfficial).map((t) => [t.number, t.leadOfficial]))).toEqual([
      [3, '张三、李四'],
      [16, '张三、李四'],
    ]);
    expect(wb.getWorksheet('任务')!.getRow(1).getCell(10).value).toBe('牵头区领导');
    expect(await structure(2099)).toEqual(original);
  });

  it('rows the office hid in the exported workbook are left out: a hidden task with its indicators and steps, through the page’s steps', async () => {
    session.actor = supervisor;
    const { getPlanSnapshot } = await import('@/lib/data/plan');
    const { buildPlanWorkbook } = await import('@/lib/plan-import/workbook');
    const snap = (await getPlanSnapshot(2023))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildPlanWorkbook(snap)) as unknown as ArrayBuffer);
    // Task 11 (the elevators: four valued steps) hidden on 任务, as an office leaves a task out of next
    // year's plan without deleting it; and task 12's first indicator hidden on 指标.
    const rowOf = (sheet: string, task: number) => {
      let found = 0;
      wb.getWorksheet(sheet)!.eachRow((row, n) => {
        if (!found && n > 1 && Number(row.getCell(1).value) === task) found = n;
      });
      return found;
    };
    wb.getWorksheet('任务')!.getRow(rowOf('任务', 11)).hidden = true;
    const indicatorRow = rowOf('指标', 12);
    const hiddenIndicator = String(wb.getWorksheet('指标')!.getRow(indicatorRow).getCell(3).value);
    wb.getWorksheet('指标')!.getRow(indicatorRow).hidden = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { draftFromSheets } = await import('@/lib/domain/plan-source');
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error);
    const names = new Set(snap.units.map((u) => u.name));
    const draft = draftFromSheets(read, 2023, (n) => (names.has(n) ? n : null))!;
    const tasks = draft.projects.flatMap((t) => t.tasks);
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(tasks.find((t) => t.number === 12)!.indicators.map((i) => i.name)).not.toContain(hiddenIndicator);
    expect(draft.issues).toEqual([
      { sheet: '任务', row: rowOf('任务', 11), kind: 'hidden_rows', value: '1', blocking: false },
      { sheet: '指标', row: indicatorRow, kind: 'hidden_rows', value: '1', blocking: false },
    ]);
    // Through the page, into the next year (日期顺延一年): the warnings in the preview, nothing blocked, 18 tasks written.
    if (await prisma.planYear.findUnique({ where: { year: 2024 } })) await prisma.planYear.delete({ where: { year: 2024 } });
    const fields = { year: '2024', title: '', defaultCategory: 'SERVICE', shiftDates: 'on' };
    const p = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes) }));
    expect(p.preview).toMatchObject({ writable: true, counts: { tasks: 18 } });
    expect(p.preview!.summary.messages.filter((x) => /从这一行起有1行在Excel中被隐藏（或被筛选隐藏），未导入/.test(x.text))).toHaveLength(2);
    const done = await actions.confirmImport(IDLE, form({ ...fields, sha256: p.preview!.sha256, file: xlsxFile(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2024 });
    const written = await prisma.task.findMany({ where: { planYear: { year: 2024 } }, select: { content: true } });
    expect(written).toHaveLength(18);
    expect(written.map((t) => t.content)).not.toContain(snap.tasks.find((t) => t.number === 11)!.content);
    await prisma.planYear.delete({ where: { year: 2024 } });
  });
});

describe('plan years', () => {
  it('copies 2023 into 2025: structure and units, every date a year later, no progress; then activate, archive', async () => {
    session.actor = supervisor;
    const r = await actions.createPlanYear({ status: 'idle' }, form({ source: 'copy', from: '2023', year: '2025', title: '盐田区2025年十件重点民生实事' }));
    expect(r).toMatchObject({ status: 'ok' });
    const t3 = await prisma.task.findFirstOrThrow({
      where: { number: 3, planYear: { year: 2025 } },
      select: {
        deadlineMonth: true,
        leadOfficial: true,
        h1Progress: true,
        completedOn: true,
        updates: true,
        problems: true,
        milestones: { select: { dueDate: true, reachedOn: true, alsoTargets: true }, orderBy: { dueDate: 'asc' } },
        indicators: { select: { values: true } },
      },
    });
    expect(t3.deadlineMonth).toBe('2025-11');
    expect(t3.leadOfficial).toBe('张三、李四'); // the plan's 牵头区领导 is copied with it (set in the round trip above)
    expect(t3.milestones.map((m) => m.dueDate.toISOString().slice(0, 10))).toEqual(['2025-09-30', '2025-12-31']);
    expect(t3.milestones.every((m) => m.reachedOn === null)).toBe(true);
    expect(t3.milestones[1]!.alsoTargets.length).toBeGreaterThan(0);
    expect([t3.h1Progress, t3.completedOn, t3.updates, t3.problems, t3.indicators.flatMap((i) => i.values)]).toEqual(['', null, [], [], []]);
    expect(await prisma.task.count({ where: { planYear: { year: 2025 } } })).toBe(19);
    // A draft is not shown to leaders; a year cannot skip a step.
    const { getPlanYears } = await import('@/lib/data/plan');
    session.actor = { id: 98, role: 'LEADER', unitId: null, displayName: 'y', username: 'y' };
    expect((await getPlanYears()).map((y) => y.year)).not.toContain(2025);
    session.actor = supervisor;
    expect(await actions.setPlanYearStatus(2025, { status: 'idle' }, form({ status: 'ARCHIVED' }))).toMatchObject({
      status: 'error',
      message: '该年度不能变更为此状态。',
    });
    expect(await actions.setPlanYearStatus(2025, { status: 'idle' }, form({ status: 'ACTIVE' }))).toMatchObject({ status: 'ok' });
    expect(await actions.setPlanYearStatus(2025, { status: 'idle' }, form({ status: 'ARCHIVED' }))).toMatchObject({ status: 'ok' });
    expect(await prisma.auditEvent.count({ where: { action: 'plan.status' } })).toBe(2);
  });
  it('refuses a year that exists, a bad year, and a copy of a year that does not', async () => {
    session.actor = supervisor;
    expect(await actions.createPlanYear({ status: 'idle' }, form({ source: 'empty', year: '2023', title: 'x' }))).toMatchObject({
      errors: { year: ['2023年度计划已存在'] },
    });
    expect(await actions.createPlanYear({ status: 'idle' }, form({ source: 'empty', year: '23', title: 'x' }))).toMatchObject({
      errors: { year: ['请输入2000至2100之间的年份'] },
      values: { year: '23' },
    });
    expect(await actions.createPlanYear({ status: 'idle' }, form({ source: 'copy', from: '1999', year: '2031', title: 'x' }))).toMatchObject({
      status: 'error',
    });
    expect(await prisma.planYear.findUnique({ where: { year: 2031 } })).toBeNull();
  });
});

describe('the blank template', () => {
  it('has a 填写说明 sheet with an example, drop-downs for 类别 and 责任单位 (the units the app knows), and imports as an empty plan', async () => {
    const { buildPlanWorkbook } = await import('@/lib/plan-import/workbook');
    const units = (await prisma.unit.findMany({ select: { name: true }, orderBy: { sortKey: 'asc' } })).map((u) => u.name);
    const bytes = await buildPlanWorkbook(null, units);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['填写说明', 'visible'],
      ['单位列表', 'hidden'],
      ['任务', 'visible'],
      ['指标', 'visible'],
      ['节点', 'visible'],
      ['子项', 'visible'],
    ]);
    const help = wb.getWorksheet('填写说明')!;
    expect(String(help.getCell('A1').value)).toBe('民生实事计划表填写说明');
    const texts = help.getSheetValues().flat().map(String).join('\n');
    expect(texts).toContain('为高龄独居老人安装智能监测设备300户');
    expect(texts).toContain('9月底前');
    // The example fills every column of 任务, the tenth (牵头区领导) too, and the guide says how it is written.
    const header = help.getRow(help.rowCount - 2).values as unknown[];
    expect(header.slice(1)).toEqual([...(await import('@/lib/domain/plan-import')).WORKBOOK.tasks.columns]);
    expect((help.getRow(help.rowCount - 1).values as unknown[]).at(-1)).toBe('张三');
    expect((help.getRow(help.rowCount).values as unknown[]).at(-1)).toBe('张三、李四');
    expect(texts).toContain('7. 牵头区领导：可留空；多位用“、”分隔');
    const tasks = wb.getWorksheet('任务')!;
    expect(tasks.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"工程类,服务类"'] });
    expect(tasks.getCell('F2').dataValidation).toMatchObject({ type: 'list', errorStyle: 'warning', formulae: [`'单位列表'!$A$1:$A$${units.length}`] });
    expect(wb.getWorksheet('单位列表')!.getColumn(1).values.filter(Boolean)).toEqual(units);
    // The guide's example is not imported: the template is an empty plan (no task row).
    const { readXlsx } = await import('@/lib/plan-import/read-xlsx');
    const { draftFromSheets } = await import('@/lib/domain/plan-source');
    const read = await readXlsx(new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.error);
    const d = draftFromSheets(read, 2030, () => null)!;
    expect(d.layout).toBe('workbook');
    expect(d.projects).toEqual([]);
  });
});

describe('last year\u2019s plan into a new year', () => {
  it('the preview recognises it and offers 日期顺延一年; with it every date moves by a year and it imports', async () => {
    session.actor = supervisor;
    const { getPlanSnapshot } = await import('@/lib/data/plan');
    const { buildPlanWorkbook } = await import('@/lib/plan-import/workbook');
    const bytes = await buildPlanWorkbook((await getPlanSnapshot(2023))!);
    const fields = { year: '2024', title: '2024年民生实事', defaultCategory: 'SERVICE' };
    if (await prisma.planYear.findUnique({ where: { year: 2024 } })) await prisma.planYear.delete({ where: { year: 2024 } });
    const plain = await actions.previewImport(IDLE, form({ ...fields, file: xlsxFile(bytes) }));
    expect(plain.preview).toMatchObject({ writable: false, suggestShift: true, shifted: false });
    expect(plain.preview!.summary.messages.every((x) => x.text.includes('早于导入的年度'))).toBe(true);
    const shifted = await actions.previewImport(IDLE, form({ ...fields, shiftDates: 'on', file: xlsxFile(bytes) }));
    expect(shifted.preview).toMatchObject({ writable: true, suggestShift: false, shifted: true });
    const t11 = shifted.preview!.draft.projects.flatMap((p) => p.tasks).find((x) => x.number === 11)!;
    expect(t11.deadlineMonth).toBe('2024-12');
    expect(t11.milestones.map((x) => x.dueDate)).toContain('2024-09-30');
    const done = await actions.confirmImport(IDLE, form({ ...fields, shiftDates: 'on', sha256: shifted.preview!.sha256, file: xlsxFile(bytes) }));
    expect(done).toMatchObject({ status: 'ok', year: 2024 });
    expect(await prisma.task.count({ where: { planYear: { year: 2024 } } })).toBe(19);
  });
});
