// The office's deliverables from the freshly seeded database: the 2023 上半年 report as .docx and
// the 一览表 as .xlsx, read back and compared cell for cell with the appendix table of the source
// report; the 总体情况 counts against the dashboard; published snapshots that do not move.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { cellText, docxBodyParagraphs, docxParagraphs, docxTables, docxXml, readWorkbook } from '@/tests/helpers/office';
import { parseReportTable } from '@/seeds/parse-report';
import { readReport } from '@/seeds/plan';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());
class Redirect extends Error {}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const source = parseReportTable(readReport());
const H1 = { year: 2023, kind: 'H1' as const, asOf: '2023-06-30' };
const supervisor: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: '区督查室', username: 'duchashi' };

type Reports = typeof import('@/lib/data/reports');
let reports: Reports;
let files: typeof import('@/lib/reports/files');
let prisma: typeof import('@/lib/prisma').prisma;

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  reports = await import('@/lib/data/reports');
  files = await import('@/lib/reports/files');
  prisma = (await import('@/lib/prisma')).prisma;
  supervisor.id = (await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' } })).id;
});
// Reports are read by the office (and leaders); a test that tries another caller says so itself.
beforeEach(() => {
  session.actor = supervisor;
});

/** The source's row as the generated table writes it. */
const expectedRow = (r: (typeof source)[number]) =>
  [
    String(r.taskNumber),
    `${r.projectNumeral}、${r.projectTitle}`,
    r.content,
    r.h1Progress,
    r.h2Plan,
    r.units.join(' '),
    r.deadlineMonth.replace(/-0?/, '.'),
  ].map(norm);

describe('the 2023 上半年 report against its source', () => {
  it('the 一览表 (.xlsx) has the 19 rows of the report, cell for cell, project cells merged', async () => {
    const { model } = (await reports.buildLiveReport(H1))!;
    const wb = await readWorkbook((await files.buildReportFiles(model, new Date('2023-07-01T00:00:00Z'))).xlsx);
    const ws = wb.getWorksheet('一览表')!;
    expect(cellText(ws, 1, 1)).toBe('盐田区2023年十件重点民生实事上半年完成情况一览表');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cellText(ws, 2, c))).toEqual([
      '序号',
      '项目名称',
      '项目内容',
      '上半年进展情况',
      '2023年下半年任务目标及措施',
      '责任单位',
      '完成时限',
    ]);
    expect(ws.rowCount).toBe(2 + 19);
    source.forEach((r, i) => {
      const got = [1, 2, 3, 4, 5, 6, 7].map((c) => norm(cellText(ws, 3 + i, c)));
      expect(got, `task ${r.taskNumber}`).toEqual(expectedRow(r));
    });
    // Project 四 (printed twice in the source) is one merged cell over tasks 7–9; project 一 over 1–3.
    expect(ws.getCell(3 + 6, 2).isMerged && ws.getCell(3 + 8, 2).master.address).toBe(ws.getCell(3 + 6, 2).address);
    expect(ws.getCell(3 + 2, 2).master.address).toBe('B3');
    // Frozen header, A4 landscape, header row repeated on every page.
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2' });
  });

  it('the 一览表 adds status, progress, expected and gap from the engine, and figures per indicator — 未提及 where there is none', async () => {
    const { model } = (await reports.buildLiveReport(H1))!;
    const wb = await readWorkbook((await files.buildReportFiles(model, new Date())).xlsx);
    const ws = wb.getWorksheet('一览表')!;
    const row = (n: number) => 2 + n;
    expect(cellText(ws, row(1), 8)).toBe('进度滞后');
    expect(cellText(ws, row(6), 8)).toBe('存在风险');
    expect(cellText(ws, row(6), 9)).toBe('60'); // 60 % built
    expect(Number(cellText(ws, row(6), 10))).toBeCloseTo(74.5, 1); // 181 of 243 days to the August deadline
    expect(Number(cellText(ws, row(6), 11))).toBeCloseTo(-14.5, 1);
    expect(cellText(ws, row(11), 9)).toBe('未提及'); // elevators: the report states no figure
    const figures = wb.getWorksheet('指标')!;
    const rows = Array.from({ length: figures.rowCount - 2 }, (_, i) => [1, 3, 5, 6].map((c) => cellText(figures, 3 + i, c)));
    expect(rows).toContainEqual(['12', expect.stringContaining('就业'), '3000', '5446']);
    expect(rows).toContainEqual(['16', expect.any(String), '280', '197']);
    // A missing figure is a blank number cell with 未提及 in 说明 (never 0, never text in a number column); dates are dates.
    const eleven = Array.from({ length: figures.rowCount - 2 }, (_, i) => 3 + i).find((r) => cellText(figures, r, 1) === '11')!;
    expect(figures.getRow(eleven).getCell(6).value).toBeNull();
    expect(cellText(figures, eleven, 11)).toBe('未提及');
    expect(rows.map((r) => r[3])).not.toContain('0');
    const sixteen = Array.from({ length: figures.rowCount - 2 }, (_, i) => 3 + i).find((r) => cellText(figures, r, 1) === '16')!;
    expect(figures.getRow(sixteen).getCell(8).value).toBeInstanceOf(Date);
    expect(typeof figures.getRow(sixteen).getCell(6).value).toBe('number');
  });

  it('where the plan names 牵头区领导, the 一览表 (Excel and Word) has them after 责任单位 (one a line), blank for a task without, and the report names them under each task; without any, no such column', async () => {
    const t3 = await prisma.task.findFirstOrThrow({ where: { number: 3, planYear: { year: 2023 } }, select: { id: true } });
    const t5 = await prisma.task.findFirstOrThrow({ where: { number: 5, planYear: { year: 2023 } }, select: { id: true } });
    await prisma.task.update({ where: { id: t3.id }, data: { leadOfficial: '张三（区委常委、常务副区长）、李四' } });
    await prisma.task.update({ where: { id: t5.id }, data: { leadOfficial: '王五' } });
    try {
      const { model } = (await reports.buildLiveReport(H1))!;
      const ws = (await readWorkbook((await files.buildReportFiles(model, new Date())).xlsx)).getWorksheet('一览表')!;
      expect([6, 7, 8, 9].map((c) => cellText(ws, 2, c))).toEqual(['责任单位', '牵头区领导', '完成时限', '任务状态']);
      expect(cellText(ws, 2 + 3, 7)).toBe('张三（区委常委、常务副区长）\n李四');
      expect(cellText(ws, 2 + 5, 7)).toBe('王五');
      expect(cellText(ws, 2 + 4, 7)).toBe('');
      expect(cellText(ws, 2 + 1, 9)).toBe('进度滞后'); // the columns after it moved on by one
      expect(model.projects.flatMap((p) => p.tasks).find((x) => x.number === 3)!.leadOfficial).toBe('张三（区委常委、常务副区长）、李四');
      // The Word report: the same column in its appendix table, and the leaders in the line under the task.
      const xml = await docxXml((await files.buildReportFiles(model, new Date())).docx);
      const [header, ...rows] = docxTables(xml)[0]!;
      expect(header!.slice(5)).toEqual(['责任单位', '牵头区领导', '完成时限']);
      expect(rows.map((r) => r.length)).toEqual(Array(19).fill(8));
      expect(rows[2]!.slice(5)).toEqual([expect.any(String), '张三（区委常委、常务副区长）\n李四', '2023.11']);
      expect(rows[4]![6]).toBe('王五');
      expect(rows[3]![6]).toBe('');
      const text = docxParagraphs(xml);
      expect(text).toContain(
        `责任单位：${model.projects
          .flatMap((p) => p.tasks)
          .find((x) => x.number === 3)!
          .units.join('、')}；牵头区领导：张三（区委常委、常务副区长）、李四；完成时限：2023年11月；状态：进度滞后。`,
      );
      expect(text.filter((p) => p.startsWith('责任单位：') && p.includes('牵头区领导：'))).toHaveLength(2);
    } finally {
      await prisma.task.updateMany({ where: { id: { in: [t3.id, t5.id] } }, data: { leadOfficial: '' } });
    }
    const { model } = (await reports.buildLiveReport(H1))!;
    const built = await files.buildReportFiles(model, new Date());
    const ws = (await readWorkbook(built.xlsx)).getWorksheet('一览表')!;
    expect(cellText(ws, 2, 7)).toBe('完成时限');
    const xml = await docxXml(built.docx);
    expect(docxTables(xml)[0]![0]).toHaveLength(7);
    expect(xml).not.toContain('牵头区领导');
  });

  it('the Word report (.docx) carries the same appendix as a real table, with GB/T 9704 page layout', async () => {
    const { model } = (await reports.buildLiveReport(H1))!;
    const { docx } = await files.buildReportFiles(model, new Date());
    const xml = await docxXml(docx);
    const tables = docxTables(xml);
    expect(tables).toHaveLength(1);
    const [header, ...rows] = tables[0]!;
    expect(header).toEqual(['序号', '项目名称', '项目内容', '上半年进展情况', '2023年下半年任务目标及措施', '责任单位', '完成时限']);
    expect(rows).toHaveLength(19);
    source.forEach((r, i) => expect(rows[i]!.map(norm), `task ${r.taskNumber}`).toEqual(expectedRow(r)));
    // The project cell spans its tasks (one restart, continuation cells below).
    const perProject = source.reduce((m, r) => m.set(r.projectNumeral, (m.get(r.projectNumeral) ?? 0) + 1), new Map<string, number>());
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength([...perProject.values()].filter((n) => n > 1).length);
    // A4 portrait then landscape; margins 37/35/28/26 mm; title 22 pt, body 16 pt.
    const pages = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]);
    expect(pages[0]).toMatch(/w:w="11906" w:h="16838"/);
    expect(pages[1]).toMatch(/w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37/26/35/28 mm
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    const footer = await docxXml(docx, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
  });

  it('the Word report pages as a 公文 prints: no heading ends a page, no table row splits, 附件 names, the 署名 and the page numbers placed as GB/T 9704 has them', async () => {
    const { model } = (await reports.buildLiveReport(H1))!;
    const { docx } = await files.buildReportFiles(model, new Date('2023-07-10T02:00:00Z'));
    const xml = await docxXml(docx);
    // 页码 (7.5): "— N —", an odd page's one character in from the right, an even page's from the left — in every section.
    expect(await docxXml(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = await docxXml(docx, 'word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)!;
    const sections = [...xml.matchAll(/<w:sectPr[ >][\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    for (const sect of sections) {
      const footerOf = async (type: string) =>
        docxXml(docx, `word/${target(new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)![1]!)}`);
      const odd = await footerOf('default');
      expect(odd).toMatch(/<w:jc w:val="right"\/>/);
      expect(odd).toMatch(/w:right="280"/);
      const even = await footerOf('even');
      expect(even).toMatch(/<w:jc w:val="left"\/>/);
      expect(even).toMatch(/w:left="280"/);
      for (const f of [odd, even]) expect(f).toContain('PAGE');
    }
    const paragraphs = docxBodyParagraphs(xml);
    const para = (text: string | RegExp) => {
      const found = paragraphs.filter((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
      expect(found, String(text)).not.toHaveLength(0);
      return found;
    };
    const keepsWithNext = (text: string | RegExp) => para(text).forEach((p) => expect(p.pPr, String(text)).toContain('<w:keepNext/>'));
    // Every line that introduces what follows stays on the page of what it introduces.
    ['一、总体情况', '二、各项目进展', '三、存在问题', '四、下一步工作', '进度滞后和存在风险的任务：'].forEach(keepsWithNext);
    keepsWithNext(/^（[一二三四五六七八九十]+）.*（(工程|服务)类）$/); // each project's heading
    keepsWithNext(/^\d+\. /); // each task's title, with the line of its units, deadline and status
    keepsWithNext('进展情况（截至2023年6月30日）：');
    keepsWithNext(/^任务\d+责任单位计划：$/);
    // 特此报告。 down to the 署名 stay together: the date never stands on a page of its own (nor the 署名 without text).
    const closing = paragraphs.findIndex((p) => p.text === '特此报告。');
    const signedOn = paragraphs.findIndex((p) => p.text === '2023年7月10日');
    paragraphs.slice(closing, signedOn).forEach((p) => expect(p.pPr, p.text || '(blank line)').toContain('<w:keepNext/>'));
    // The text itself flows: a narrative's paragraphs do not hold on to the next one.
    para(/^永安北三街、洪安四街：/).forEach((p) => expect(p.pPr).not.toContain('<w:keepNext/>'));
    para(/^主要指标：/).forEach((p) => expect(p.pPr).not.toContain('<w:keepNext/>'));
    para(/^责任单位：/).forEach((p) => expect(p.pPr).not.toContain('<w:keepNext/>')); // the progress may turn the page after it
    // The appendix: a task's row is never cut across two pages; 完成时限 wide enough for "2023.12" and its header on one line.
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(20);
    rows.forEach((r, i) => expect(r, `row ${i}`).toContain('<w:cantSplit/>'));
    const headerWidths = [...rows[0]!.matchAll(/<w:tcW w:type="pct" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]) / 50); // fiftieths of a percent
    expect(headerWidths).toHaveLength(7);
    expect(headerWidths.reduce((a, b) => a + b)).toBe(100);
    expect(headerWidths.at(-1)).toBeGreaterThanOrEqual(9);
    // 附件说明: a name that runs onto a second line starts it under the name's first character (left 2 + 3 characters, hanging 3).
    const attachment = para(/^附件：/)[0]!;
    expect(attachment.pPr).toMatch(/w:left="1600"/);
    expect(attachment.pPr).toMatch(/w:hanging="960"/);
    // 成文日期 four characters from the right; the 署名 centred over it (10 characters over 6.5: 2.25 from the right).
    expect(para('2023年7月10日')[0]!.pPr).toMatch(/w:right="1280"/);
    expect(para('深圳市盐田区人民政府')[0]!.pPr).toMatch(/w:right="720"/);
  });

  it('its 总体情况 counts are the statuses the dashboard shows at 2023-06-30', async () => {
    const { getEvaluatedPlan } = await import('@/lib/data/evaluated-plan');
    const plan = (await getEvaluatedPlan({ year: '2023', asOf: '2023-06-30' }))!;
    const by = (s: string) => plan.rows.filter((r) => r.status.status === s).map((r) => r.task.number);
    const { model } = (await reports.buildLiveReport(H1))!;
    expect(model.overall.byStatus).toEqual({ completed: by('completed'), lagging: by('lagging'), at_risk: by('at_risk'), on_track: by('on_track') });
    expect(model.overall).toMatchObject({ projects: 10, engineering: 6, service: 4, tasks: 19 });
    const paragraphs = docxParagraphs(await docxXml((await files.buildReportFiles(model, new Date('2023-07-10T02:00:00Z'))).docx));
    const text = paragraphs.join('\n');
    expect(text).toContain('深圳市盐田区人民政府关于2023年重点民生实事项目上半年进展情况的报告');
    // The 公文 parts (GB/T 9704): 主送机关 under the title; 附件说明 after the body; 署名 and 成文日期 (the day signed, not the period end).
    const title = paragraphs.findIndex((p) => p.includes('进展情况的报告'));
    expect(paragraphs[title + 1]).toBe('区人大常委会：');
    const closing = paragraphs.indexOf('特此报告。');
    expect(paragraphs.slice(closing + 1).filter((p) => p.trim())).toEqual([
      '附件：盐田区2023年十件重点民生实事上半年完成情况一览表',
      '深圳市盐田区人民政府',
      '2023年7月10日',
      expect.any(String),
      ...paragraphs
        .slice(closing + 1)
        .filter((p) => p.trim())
        .slice(4),
    ]);
    // One fact stated once: the counts once (no second, dashboard-worded count line), each plan once, no stray punctuation.
    expect(paragraphs.indexOf('二、各项目进展') - paragraphs.indexOf('一、总体情况')).toBe(2);
    expect(text).not.toContain('责任单位计划：\n8月');
    expect(text).not.toMatch(/。；|；；/);
    expect(paragraphs.filter((p) => /^任务1：/.test(p))).toHaveLength(1);
    expect(text).toContain('共6个工程类项目和4个服务类项目，包括19项具体任务');
    expect(text).toContain(`已完成2项（任务2、任务8）`);
    expect(text).toContain(`进度滞后2项（任务1、任务3）`);
    expect(text).toContain(`存在风险1项（任务6）`);
    expect(text).toContain(`正常推进${by('on_track').length}项`);
    // 三、存在问题: the open problems and the reasons of the lagging / at-risk tasks.
    expect(text).toContain('前期工作未完成（阻塞）：东海道、永安路整治工程');
    expect(text).toMatch(/任务6（存在风险）：.*落后14\.5个百分点/);
    // 四、下一步工作: the plan steps after 06-30.
    expect(text).toMatch(/任务7：.*8月底前移交区人民医院使用/);
    // Where nothing is reported the text says so; a figure without a report is never 0.
    expect(text).toContain('电梯');
    expect(text).toMatch(/完成数未提及/);
  });
});

describe('periods', () => {
  it('全年: where the latest update is of 30 June, the report dates June\u2019s words — in the body, the Word appendix and the Excel 一览表 — not read as the year\u2019s end', async () => {
    const { model } = (await reports.buildLiveReport({ year: 2023, kind: 'FY', asOf: '2023-12-31' }))!;
    const built = await files.buildReportFiles(model, new Date('2024-01-10T02:00:00Z'));
    const xml = await docxXml(built.docx);
    const row1 = docxTables(xml)[0]![1]!;
    expect(row1[3]).toMatch(/^（截至2023年6月30日）\n东海道：/);
    expect(row1[4]).toMatch(/^（截至2023年6月30日）\n8月：完成东海道施工招标/);
    const text = docxParagraphs(xml);
    expect(text).toContain('任务1责任单位计划（截至2023年6月30日）：');
    expect(text).not.toContain('任务1责任单位计划：');
    const ws = (await readWorkbook(built.xlsx)).getWorksheet('一览表')!;
    expect(cellText(ws, 3, 4)).toMatch(/^（截至2023年6月30日）\n东海道：/);
    expect(cellText(ws, 3, 5)).toMatch(/^（截至2023年6月30日）\n8月：/);
  });
  it('a date period: the progress column names the date; no approved update by then → 未提及', async () => {
    const { model } = (await reports.buildLiveReport({ year: 2023, kind: 'DATE', asOf: '2023-03-31' }))!;
    const wb = await readWorkbook((await files.buildReportFiles(model, new Date())).xlsx);
    const ws = wb.getWorksheet('一览表')!;
    expect(cellText(ws, 1, 1)).toBe('盐田区2023年十件重点民生实事进展情况一览表（截至2023年3月31日）');
    expect(cellText(ws, 2, 4)).toBe('进展情况');
    expect(cellText(ws, 2, 5)).toBe('下一步计划');
    for (let r = 3; r < 3 + 19; r++) expect(cellText(ws, r, 4)).toBe('未提及');
  });

  it('bad period input gets a clear message per field', async () => {
    const { parseReportPeriod } = await import('@/lib/validation/report');
    expect(parseReportPeriod({ period: 'Q3' }, 2023, '2026-11-29')).toEqual({ ok: false, errors: { period: ['请选择统计期间'] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '' }, 2023, '2026-11-29')).toEqual({ ok: false, errors: { asOf: ['此项为必填项'] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2023-02-30' }, 2023, '2026-11-29')).toMatchObject({
      ok: false,
      errors: { asOf: [expect.stringContaining('有效日期')] },
    });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2024-01-01' }, 2023, '2026-11-29')).toMatchObject({ ok: false, errors: { asOf: ['日期须在2023年内'] } });
    expect(parseReportPeriod({ period: 'DATE', asOf: '2026-12-01' }, 2026, '2026-11-29')).toMatchObject({ ok: false, errors: { asOf: ['日期不能晚于今天'] } });
    expect(parseReportPeriod({ period: 'FY' }, 2026, '2026-11-29')).toMatchObject({ ok: false, errors: { period: [expect.stringContaining('尚未结束')] } });
    expect(parseReportPeriod({ period: 'H1' }, 2023, '2026-11-29')).toEqual({ ok: true, period: H1 });
  });
});

describe('published snapshots', () => {
  const form = (o: Record<string, string>) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(o)) fd.append(k, v);
    return fd;
  };
  async function publish(o: Record<string, string>) {
    const { publishReport } = await import('@/lib/actions/reports');
    try {
      return await publishReport({ status: 'idle' }, form(o));
    } catch (e) {
      if (e instanceof Redirect) return { status: 'redirect' as const, to: e.message };
      throw e;
    }
  }

  it('the 公文 parts: set when publishing, refused with a message per field when wrong (nothing written), frozen in the snapshot and its .docx, the defaults of the next one', async () => {
    session.actor = supervisor;
    const before = await prisma.reportSnapshot.count();
    const bad = await publish({
      year: '2023',
      period: 'H1',
      addressee: ' ',
      issuer: '深圳市盐田区人民政府',
      signedOn: '2023-06-01',
      copyTo: '',
      attachments: '\n',
    });
    expect(bad).toMatchObject({
      status: 'error',
      errors: {
        addressee: ['此项为必填项'],
        signedOn: ['成文日期不能早于统计截至日期（2023-06-30）'],
        attachments: ['请至少填写一个附件名称（报告附有一览表）'],
      },
      values: { addressee: ' ', signedOn: '2023-06-01' },
    });
    expect(await publish({ year: '2023', period: 'H1', signedOn: '2027-01-01' })).toMatchObject({
      status: 'error',
      errors: { signedOn: ['日期不能晚于今天'] },
    });
    expect(await prisma.reportSnapshot.count()).toBe(before);

    const r = await publish({
      year: '2023',
      period: 'H1',
      addressee: '区人大常委会：',
      issuer: '深圳市盐田区人民政府',
      signedOn: '2023-07-12',
      copyTo: '区委办公室，区政协办公室',
      printedBy: '深圳市盐田区人民政府办公室',
      printedOn: '2023-07-13',
      // Typed as a 附件说明 reads: the numbers and the closing mark are the report's to add.
      attachments: '附件：1. 盐田区2023年十件重点民生实事上半年完成情况一览表\n2.各项目现场照片。',
    });
    const id = Number((r as { to: string }).to.split('/').pop());
    const snap = (await reports.getSnapshot(id))!;
    // The trailing colon typed by the office is the line's own, not doubled.
    expect(snap.model.letterhead).toEqual({
      addressee: '区人大常委会',
      issuer: '深圳市盐田区人民政府',
      signedOn: '2023-07-12',
      copyTo: '区委办公室，区政协办公室',
      printedBy: '深圳市盐田区人民政府办公室',
      printedOn: '2023-07-13',
      attachments: ['盐田区2023年十件重点民生实事上半年完成情况一览表', '各项目现场照片'],
    });
    const xml = await docxXml((await reports.getSnapshotFile(id, 'docx'))!.bytes);
    const paragraphs = docxParagraphs(xml).filter((p) => p.trim());
    const title = paragraphs.findIndex((p) => p.includes('进展情况的报告'));
    expect(paragraphs[title + 1]).toBe('区人大常委会：');
    const closing = paragraphs.indexOf('特此报告。');
    expect(paragraphs.slice(closing + 1, closing + 6)).toEqual([
      '附件：1. 盐田区2023年十件重点民生实事上半年完成情况一览表',
      '　　　2. 各项目现场照片',
      '深圳市盐田区人民政府',
      '2023年7月12日',
      // The appendix's own page (the 抄送 no longer follows the date), headed as the 附件说明 numbers it:
      // the office lists the photos as 附件2, so the table in the file is 附件1.
      '附件1',
    ]);
    // The 版记 ends the document, after the 附件 (GB/T 9704 10): a portrait section of its own, aligned
    // to the page's foot; 抄送 between a thick rule and a thin one, then the 印发 line (the date after a
    // tab, at a right tab stop) and a thick rule.
    expect(paragraphs.slice(-2)).toEqual(['抄送：区委办公室，区政协办公室。', '深圳市盐田区人民政府办公室2023年7月13日印发']);
    const sections = [...xml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((s) => s[0]);
    const last = sections.at(-1)!;
    expect(last).toContain('<w:vAlign w:val="bottom"/>');
    expect(last).toContain('w:orient="portrait"');
    // …on the last page, an even one (封四): the section starts on the next even page, a blank page before it when the appendix ends on one.
    expect(last).toContain('<w:type w:val="evenPage"/>');
    const imprint = xml.slice(xml.lastIndexOf('</w:tbl>'));
    const rules = [...imprint.matchAll(/<w:bottom w:val="single"[^>]*w:sz="(\d+)"/g)].map((r) => Number(r[1]));
    expect(rules).toEqual([8, 6, 8]);
    expect(imprint).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>[\s\S]*<w:tab\/>/);
    // The next report starts from these parts, dated today.
    const page = await reports.getReportsPage({ year: '2023', period: 'H1' });
    expect(page.allowed && 'letterhead' in page && page.letterhead).toMatchObject({
      addressee: '区人大常委会',
      copyTo: '区委办公室，区政协办公室',
      printedBy: '深圳市盐田区人民政府办公室',
      printedOn: '2026-11-29',
      signedOn: '2026-11-29',
      attachments: ['盐田区2023年十件重点民生实事上半年完成情况一览表'],
    });
  });

  it('freezes figures and files: a later approval changes the live report, not the snapshot; files stay byte-identical', async () => {
    session.actor = supervisor;
    const r = await publish({ year: '2023', period: 'H1' });
    expect(r).toMatchObject({ status: 'redirect', to: expect.stringMatching(/^\/reports\/\d+$/) });
    const id = Number((r as { to: string }).to.split('/').pop());
    const before = (await reports.getSnapshot(id))!;
    const docx1 = (await reports.getSnapshotFile(id, 'docx'))!;
    const xlsx1 = (await reports.getSnapshotFile(id, 'xlsx'))!;
    expect(files.sha256(docx1.bytes)).toBe(before.docxSha256);
    expect(files.sha256(xlsx1.bytes)).toBe(before.xlsxSha256);
    const t16 = (m: typeof before.model) => m.projects.flatMap((p) => p.tasks).find((t) => t.number === 16)!;
    expect(t16(before.model).figures[0]).toMatchObject({ target: 280, actual: 197 });
    const audits = await prisma.auditEvent.findMany({ where: { action: 'report.published', entityId: String(id) } });
    expect(audits).toHaveLength(1);

    // A later approved correction of the figure at the period date (236 households at 06-30).
    const task = await prisma.task.findFirstOrThrow({ where: { number: 16 }, select: { id: true, indicators: { select: { id: true } } } });
    await prisma.progressUpdate.create({
      data: {
        taskId: task.id,
        asOf: new Date('2023-06-30T00:00:00Z'),
        narrative: '更正：已完成236户',
        status: 'APPROVED',
        submittedById: supervisor.id,
        values: { create: { indicatorId: task.indicators[0]!.id, value: 236, asOf: new Date('2023-06-30T00:00:00Z') } },
      },
    });
    const live = (await reports.buildLiveReport(H1))!;
    expect(t16(live.model).figures[0]).toMatchObject({ actual: 236 });
    expect(t16(live.model).progress).toBe('更正：已完成236户');

    const after = (await reports.getSnapshot(id))!;
    expect(t16(after.model).figures[0]).toMatchObject({ actual: 197 });
    expect(t16(after.model).progress).toContain('197');
    expect(after.model).toEqual(before.model);
    const docx2 = (await reports.getSnapshotFile(id, 'docx'))!;
    const xlsx2 = (await reports.getSnapshotFile(id, 'xlsx'))!;
    expect(Buffer.from(docx2.bytes).equals(Buffer.from(docx1.bytes))).toBe(true);
    expect(files.sha256(xlsx2.bytes)).toBe(before.xlsxSha256);
    // The dashboards "as published" evaluate the frozen plan: 197, not 236.
    const published = (await (await import('@/lib/data/plan')).getPublishedPlan(id))!;
    const ind = published.plan.tasks.find((t) => t.number === 16)!.indicators[0]!;
    expect(ind.values.map((v) => v.value)).toEqual([197]);
    const { evaluate } = await import('@/lib/domain/overview');
    const frozen = evaluate(published.plan.tasks, published.asOf, published.plan.settings).find((r) => r.task.number === 16)!;
    expect(frozen.status.progress.indicators[0]!.actual?.value).toBe(197);
    // The dashboard data served "as published" (?snapshot=), pinned here as well as in e2e: the frozen
    // figure, the published marker, no live evaluation; the leadership lagging list of that date.
    const view = (await (await import('@/lib/data/overview')).getOverview({ snapshot: String(id) }))!;
    expect(view.published).toMatchObject({ id });
    expect(view.rows.find((r) => r.task.number === 16)!.status.progress.indicators[0]!.actual?.value).toBe(197);
    // Its CSVs as well (the overview's, 半年对标's, filtered too): 197, and the file names the published report.
    const { tasksList, halfYearList, listResponse } = await import('@/lib/data/exports');
    const { csvRows } = await import('@/tests/helpers/csv');
    const csvOf = async (list: Awaited<ReturnType<typeof tasksList>>) => csvRows(await (await listResponse(list, null)).text());
    const row16 = (rows: string[][]) => rows.find((r) => r[0] === '16')!;
    const tasksFrozen = (await tasksList({ snapshot: String(id), unit: 'mzj' }))!;
    expect(tasksFrozen.name).toBe(`民生实事任务进度_2023_截至2023-06-30（发布版第${id}号）（筛选）`);
    expect((await csvOf(tasksFrozen)).slice(1).map((r) => r[0])).toEqual(['16', '17', '18']);
    const hyFrozen = (await halfYearList({ snapshot: String(id) }))!;
    expect(hyFrozen.name).toBe(`民生实事指标对标_2023_截至2023-06-30（发布版第${id}号）`);
    expect(row16(await csvOf(hyFrozen))).toContain('197');
    expect(row16(await csvOf(await halfYearList({ year: '2023', period: 'H1' })))).toContain('236');
    const lead = (await (await import('@/lib/data/leadership')).getLeadership({ snapshot: String(id) }))!;
    expect(lead.published).toMatchObject({ id });
    expect(await lead.evaluation).toBeNull();
    // No 结果考评 of a published view (no live notices or reviews to score), and so no file of it.
    const { evaluationList } = await import('@/lib/data/exports');
    expect(await evaluationList({ snapshot: String(id) })).toBeNull();
    expect(await evaluationList({ year: '2023', asOf: '2023-06-30' })).toMatchObject({ rows: expect.any(Array) });
    expect(lead.lagging.map((r) => [r.task.number, r.status.reasons[0]?.kind])).toEqual([
      [1, 'blocking_problem'],
      [3, 'blocking_problem'],
    ]);
    const now = (await (await import('@/lib/data/leadership')).getLeadership({ year: '2023', asOf: '2023-06-30' }))!;
    expect(now.lagging.map((r) => r.task.number)).toEqual([1, 3]);
  });

  it('cannot be changed or deleted, even by SQL; a correction is a new snapshot naming the one it replaces', async () => {
    session.actor = supervisor;
    const first = (await reports.listSnapshots())!.at(-1)!;
    await expect(prisma.reportSnapshot.update({ where: { id: first.id }, data: { title: 'x' } })).rejects.toThrow();
    await expect(prisma.reportSnapshot.delete({ where: { id: first.id } })).rejects.toThrow();
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(file);
    expect(() => raw.prepare('UPDATE ReportSnapshot SET xlsxSha256 = ? WHERE id = ?').run('0', first.id)).toThrow('ReportSnapshot is immutable');
    expect(() => raw.prepare('DELETE FROM ReportSnapshot').run()).toThrow('ReportSnapshot is immutable');
    raw.close();
    expect((await reports.getSnapshot(first.id))!.title).toBe(first.title);
    // A correction must say what it corrects.
    const noNote = await publish({ year: '2023', period: 'H1', replaces: String(first.id) });
    expect(noNote).toMatchObject({ status: 'error', errors: { note: ['更正发布时请说明更正内容'] }, values: { replaces: String(first.id) } });
    const r = await publish({ year: '2023', period: 'H1', replaces: String(first.id), note: '任务16补报236户' });
    expect(r).toMatchObject({ status: 'redirect' });
    const list = (await reports.listSnapshots())!;
    expect(list[0]).toMatchObject({ replacesId: first.id, note: '任务16补报236户' });
    expect(list.find((s) => s.id === first.id)!.replacedBy).toEqual([list[0]!.id]);
  });

  it('bad period input is refused next to its field and nothing is written', async () => {
    session.actor = supervisor;
    const count = await prisma.reportSnapshot.count();
    expect(await publish({ year: '2023', period: 'DATE', asOf: '2023-13-01' })).toMatchObject({
      status: 'error',
      errors: { asOf: [expect.stringContaining('有效日期')] },
      values: { asOf: '2023-13-01' },
    });
    expect(await publish({ year: '1999', period: 'H1' })).toMatchObject({ status: 'error', errors: { year: ['未找到该记录。'] } });
    expect(await reports.getSnapshot(999)).toBeNull();
    expect(await prisma.reportSnapshot.count()).toBe(count);
  });

  it('only supervisors and leaders read snapshots', async () => {
    const id = (await prisma.reportSnapshot.findFirstOrThrow()).id;
    session.actor = null;
    expect(await reports.getSnapshot(id)).toBeNull();
    expect(await reports.getSnapshotFile(id, 'docx')).toBeNull();
    expect(await reports.listSnapshots()).toBeNull();
    // Nor the task and project pages as published (the pages answer 404).
    const { getTaskDetail, getProjectDetail } = await import('@/lib/data/task');
    expect(await getTaskDetail(16, { snapshot: String(id) })).toBeNull();
    session.actor = { id: 99, role: 'UNIT', unitId: 1, displayName: 'x', username: 'x' };
    expect(await (await import('@/lib/data/plan')).getPublishedPlan(id)).toBeNull();
    expect(await getTaskDetail(16, { snapshot: String(id) })).toBeNull();
    expect(await getProjectDetail(9, { snapshot: String(id) })).toBeNull();
    session.actor = { id: 98, role: 'LEADER', unitId: null, displayName: 'y', username: 'y' };
    expect(await reports.getSnapshot(id)).not.toBeNull();
    expect((await getTaskDetail(16, { snapshot: String(id) }))?.published).toMatchObject({ id });
    expect((await getProjectDetail(9, { snapshot: String(id) }))?.published).toMatchObject({ id });
  });
});
