// The plan workbook (计划表): the app's own layout of a plan year — 任务 / 指标 / 节点 / 子项 — for
// export, re-import (round trip) and, empty, as the blank template to fill in.
import ExcelJS from 'exceljs';
import { ACCRUAL_WORDS, DIRECTION_WORDS, WORKBOOK } from '@/lib/domain/plan-import';
import type { PlanSnapshot } from '@/lib/data/plan';
import { t } from '@/lib/i18n/zh-CN';
import { A4_ACROSS, fitRowHeight } from '@/lib/reports/cell-text';

const WIDTHS: Record<string, number[]> = {
  [WORKBOOK.tasks.name]: [8, 10, 30, 8, 50, 24, 12, 50, 24, 14],
  [WORKBOOK.indicators.name]: [10, 16, 30, 10, 8, 8, 10, 10],
  [WORKBOOK.milestones.name]: [10, 12, 12, 12, 50, 16, 10, 30],
  [WORKBOOK.items.name]: [10, 12, 30],
};

/**
 * The plan workbook of a year, or (plan null) the blank template: a 填写说明 sheet with an example,
 * and drop-downs on 任务 — 类别, and 责任单位 from the units the app knows (several may be written,
 * separated by 、, so that list only warns).
 */
export async function buildPlanWorkbook(plan: PlanSnapshot | null, unitNames: string[] = plan?.units.map((u) => u.name) ?? []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t.report.issuer;
  const guide = t.plan.templateGuide;
  // Printed as the other exports (the guide's lines run across its columns).
  const help = wb.addWorksheet(guide.sheet, { pageSetup: A4_ACROSS });
  help.columns = [
    { width: 14 },
    { width: 24 },
    { width: 12 },
    { width: 8 },
    { width: 40 },
    { width: 26 },
    { width: 14 },
    { width: 40 },
    { width: 16 },
    { width: 16 },
  ];
  help.addRow([guide.title]).font = { bold: true, size: 14 };
  for (const line of guide.lines) help.addRow([line]);
  help.addRow([]);
  help.addRow([guide.exampleTitle]).font = { bold: true };
  help.addRow([...WORKBOOK.tasks.columns]).font = { bold: true };
  for (const row of guide.example) help.addRow([...row]);
  const list = wb.addWorksheet(guide.unitSheet, { state: 'hidden' });
  unitNames.forEach((n) => list.addRow([n]));
  const sheet = (def: { name: string; columns: readonly string[] }) => {
    const ws = wb.addWorksheet(def.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { ...A4_ACROSS, printTitlesRow: '1:1' },
    });
    ws.columns = def.columns.map((header, i) => ({ header, width: WIDTHS[def.name]![i] ?? 12 }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const tasks = sheet(WORKBOOK.tasks);
  const indicators = sheet(WORKBOOK.indicators);
  const milestones = sheet(WORKBOOK.milestones);
  const items = sheet(WORKBOOK.items);
  tasks.getColumn(7).numFmt = '@'; // deadlines as text: 2023.10 must not become the number 2023.1
  if (plan) {
    const projects = new Map(plan.projects.map((p) => [p.number, p]));
    for (const task of plan.tasks) {
      const p = projects.get(task.projectNumber)!;
      tasks.addRow([
        task.number,
        p.number,
        p.title,
        t.category[p.category],
        task.content,
        task.units.map((u) => u.name).join('、'),
        task.deadlineMonth.replace('-', '.'),
        task.h2Plan,
        task.note,
        task.leadOfficial,
      ]);
      // Chinese labels only: indicators, steps and sub-items are numbered within their task, and a
      // step names its indicator by name (internal keys never reach the office's file).
      // (by its 指标序号 where two indicators of the task share a name)
      const nameOf = (key: string | null): string | number | null => {
        const n = key === null ? -1 : task.indicators.findIndex((i) => i.key === key);
        if (n < 0) return null;
        const name = task.indicators[n]!.name;
        return task.indicators.filter((i) => i.name === name).length > 1 ? n + 1 : name;
      };
      task.indicators.forEach((i, n) => {
        indicators.addRow([
          task.number,
          n + 1,
          i.name,
          i.unitOfMeasure,
          i.isPercent ? t.report.yes : t.report.no,
          DIRECTION_WORDS[i.direction],
          i.target,
          ACCRUAL_WORDS[i.accrual],
        ]);
      });
      task.milestones.forEach((m, n) => {
        const also = (m.alsoTargets ?? []).map((a) => `${nameOf(a.indicatorKey) ?? a.indicatorKey}=${a.value}`).join('；');
        milestones.addRow([task.number, n + 1, m.periodLabel, m.dueDate, m.text, nameOf(m.indicatorKey), m.cumulativeTarget, also || null]);
      });
      task.items.forEach((i, n) => items.addRow([task.number, n + 1, i.name]));
    }
  }
  // The drop-downs go on after the rows: a cell touched first makes a row, and addRow would then
  // write the plan under 499 empty ones (as it did until session 54).
  for (let r = 2; r <= 500; r++) {
    tasks.getCell(r, 4).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${t.category.ENGINEERING},${t.category.SERVICE}"`],
      showErrorMessage: true,
      errorTitle: guide.categoryTitle,
      error: guide.categoryError,
    };
    if (unitNames.length) {
      tasks.getCell(r, 6).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`'${guide.unitSheet}'!$A$1:$A$${unitNames.length}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: guide.unitTitle,
        error: guide.unitError,
      };
    }
    tasks.getCell(r, 7).dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formulae: [40],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: guide.deadlineTitle,
      prompt: guide.deadlinePrompt,
    };
  }
  for (const ws of [tasks, indicators, milestones, items]) {
    ws.eachRow((row) => {
      row.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'top' }));
      fitRowHeight(row, WIDTHS[ws.name]!); // a task's 工作计划 runs to several lines: one shown without a height
    });
  }
  // A year's plan opens on its tasks; the blank template on its 填写说明.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: plan ? wb.worksheets.indexOf(tasks) : 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
