// The 一览表 as an Excel workbook: the appendix columns plus status, progress, expected progress,
// gap and the status reasons on the first sheet (project cells merged over their tasks), the
// figures per indicator on the second. Wrapped text, frozen header, widths that fit Chinese text,
// A4 landscape with the header row repeated on every printed page.
import { dateOf } from '@/lib/domain/dates';
import ExcelJS from 'exceljs';
import { appendixRows, type ReportModel } from '@/lib/domain/report';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import { round1OrNull } from '@/lib/domain/numbers';
import { displayUnit } from '@/lib/i18n/format';
import { nameParts } from '@/lib/domain/officials';
import { A4_ACROSS, linesIn, rowHeight } from './cell-text';

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' },
};
const FONT = { name: '宋体', size: 11 };

type Column = { header: string; width: number; wrap?: boolean; center?: boolean };

function setUpSheet(ws: ExcelJS.Worksheet, title: string, columns: Column[]) {
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { ...FONT, size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
  });
  header.height = Math.max(...columns.map((c) => linesIn(c.header, c.width))) * 15 + 6;
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
  ws.pageSetup = {
    ...A4_ACROSS, printTitlesRow: '2:2',
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: t.report.xlsxFooter };
}

function addRow(ws: ExcelJS.Worksheet, columns: Column[], values: (string | number | Date | null)[]) {
  const row = ws.addRow(values);
  values.forEach((v, i) => {
    const c = columns[i]!;
    const cell = row.getCell(i + 1);
    cell.font = FONT;
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c.center ? 'center' : 'left' };
    if (v instanceof Date) cell.numFmt = 'yyyy"年"m"月"d"日"';
  });
  const lines = Math.max(1, ...values.map((v, i) => (typeof v === 'string' && columns[i]!.wrap ? linesIn(v, columns[i]!.width) : 1)));
  row.height = rowHeight(lines);
  return row;
}

export async function buildReportXlsx(model: ReportModel, when: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t.report.issuer;
  wb.created = when;
  wb.modified = when;
  wb.title = t.report.title(model.year, model.kind, model.asOf);

  // Sheet 1: the appendix table and the task's status, progress and reasons.
  const main = wb.addWorksheet(t.report.tableSheet);
  const [no, project, content, progress, plan, units, deadline] = t.report.columns(model.year, model.kind);
  const [status, actual, expected, gap, reasons] = t.report.extraColumns;
  const tasks = new Map(model.projects.flatMap((p) => p.tasks).map((task) => [task.number, task]));
  // The appendix's rows, as the Word report's; 牵头区领导 after 责任单位 where the plan names any (the
  // report's own table has no such column).
  const rows = appendixRows(model);
  const led = rows.some((r) => r.leadOfficial);
  const columns: Column[] = [
    { header: no!, width: 6, center: true }, { header: project!, width: 18, wrap: true }, { header: content!, width: 36, wrap: true },
    { header: progress!, width: 56, wrap: true }, { header: plan!, width: 44, wrap: true }, { header: units!, width: 14, wrap: true, center: true },
    ...(led ? [{ header: t.report.leadOfficialColumn, width: 12, wrap: true, center: true }] : []),
    { header: deadline!, width: 10, center: true }, { header: status!, width: 10, center: true }, { header: actual!, width: 10, center: true },
    { header: expected!, width: 10, center: true }, { header: gap!, width: 10, center: true }, { header: reasons!, width: 40, wrap: true },
  ];
  setUpSheet(main, t.report.appendixTitle(model.planTitle, model.kind, model.asOf), columns);
  rows.forEach((r) => {
    const task = tasks.get(r.taskNumber)!;
    const a = round1OrNull(task.actualPct);
    const e = round1OrNull(task.expectedPct);
    addRow(main, columns, [
      r.taskNumber, r.projectSpan > 0 ? `${r.project.numeral}、${r.project.title}` : null, r.content,
      r.progress === null ? t.report.notMentioned : t.report.datedCell(r.progress, r.progressAsOf),
      r.plan === null ? t.report.noPlan : t.report.datedCell(r.plan, r.planAsOf),
      r.units.join('\n'),
      ...(led ? [r.leadOfficial ? nameParts(r.leadOfficial).join('\n') : null] : []),
      t.report.deadline(r.deadlineMonth),
      t.status[task.status], a ?? t.report.notMentioned, e, a !== null && e !== null ? round1OrNull(Math.min(a, 100) - e) : null,
      task.reasons.map(describeReason).join('\n') || null,
    ]);
  });
  const FIRST_DATA_ROW = 3; // after the title and the header
  rows.forEach((r, i) => {
    if (r.projectSpan > 1) main.mergeCells(FIRST_DATA_ROW + i, 2, FIRST_DATA_ROW + i + r.projectSpan - 1, 2);
  });

  // Sheet 2: every indicator's approved figure against its target.
  const figures = wb.addWorksheet(t.report.indicatorSheet);
  const ic = t.report.indicatorColumns;
  const figureColumns: Column[] = [
    { header: ic[0]!, width: 6, center: true }, { header: ic[1]!, width: 18, wrap: true }, { header: ic[2]!, width: 30, wrap: true },
    { header: ic[3]!, width: 10, center: true }, { header: ic[4]!, width: 10, center: true }, { header: ic[5]!, width: 10, center: true },
    { header: ic[6]!, width: 6, center: true }, { header: ic[7]!, width: 12, center: true }, { header: ic[8]!, width: 10, center: true },
    { header: ic[9]!, width: 8, center: true }, { header: ic[10]!, width: 10, center: true },
  ];
  setUpSheet(figures, `${t.report.appendixTitle(model.planTitle, model.kind, model.asOf)}（${t.report.indicatorSheet}）`, figureColumns);
  for (const p of model.projects) {
    for (const task of p.tasks) {
      for (const f of task.figures) {
        addRow(figures, figureColumns, [
          task.number, `${p.numeral}、${p.title}`, f.name, displayUnit(f), f.target,
          // Numbers stay numbers (a missing one is a blank cell, said in 说明), dates are dates.
          f.actual, f.approx ? t.report.yes : null, f.actualAsOf ? dateOf(f.actualAsOf) : null, f.pctOfTarget, f.mismatch ? t.report.yes : null,
          f.actual === null ? t.report.notMentioned : null,
        ]);
      }
    }
  }
  // Sheet 3 (when the report used any): the 佐证材料 files, each with the SHA-256 that finds it again.
  if (model.evidence?.length) {
    const ev = wb.addWorksheet(t.report.evidenceSheet);
    const ec = t.report.evidenceColumns;
    const evidenceColumns: Column[] = [
      { header: ec[0]!, width: 6, center: true }, { header: ec[1]!, width: 8, center: true }, { header: ec[2]!, width: 30, wrap: true },
      { header: ec[3]!, width: 30, wrap: true }, { header: ec[4]!, width: 8, center: true }, { header: ec[5]!, width: 10, center: true },
      { header: ec[6]!, width: 14, center: true }, { header: ec[7]!, width: 68 },
    ];
    setUpSheet(ev, `${t.report.appendixTitle(model.planTitle, model.kind, model.asOf)}（${t.report.evidenceListTitle}）`, evidenceColumns);
    model.evidence.forEach((e, i) =>
      addRow(ev, evidenceColumns, [i + 1, e.taskNumber, e.caption, e.fileName, t.evidence.kind[e.kind], t.report.fileSize(e.size), dateOf(e.updateAsOf), e.sha256]),
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
