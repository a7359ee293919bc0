// A generated plan workbook for the import benchmarks: `tasks` tasks in projects of 20 (merged
// project cells), two units per task, month-prefixed plan lines, as an office's 一览表 looks.
import ExcelJS from 'exceljs';

const PER_PROJECT = 20;

export async function planWorkbook(units: string[], tasks: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一览表');
  ws.addRow(['序号', '项目名称', '项目内容', '下半年工作计划', '责任单位', '完成时限']);
  for (let i = 0; i < tasks; i++) {
    const p = Math.floor(i / PER_PROJECT);
    ws.addRow([
      i + 1,
      i % PER_PROJECT === 0 ? `${p + 1}、生成项目${p + 1}` : null,
      `${i + 1}.生成任务${i + 1}：建设与服务内容说明`,
      '7-9月：完成招标和进场施工\n10-12月：完成建设并投入使用',
      `${units[i % units.length]}、${units[(i + 3) % units.length]}`,
      `2030年${(i % 12) + 1}月`,
    ]);
    if (i % PER_PROJECT === PER_PROJECT - 1) ws.mergeCells(i + 2 - PER_PROJECT + 1, 2, i + 2, 2);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
