// A list (督办台账, 领导批示台账, the overview's tasks, 半年对标) as an Excel workbook (a blank cell where the list has nothing): one sheet, its header bold and frozen, every cell's
// text wrapped and top-aligned, each row as tall as its longest cell, A4 landscape fitted to the width with the header repeated on every
// printed page — what an office files and prints.
import ExcelJS from 'exceljs';
import { t } from '@/lib/i18n/zh-CN';
import { A4_ACROSS, fitRowHeight } from './cell-text';

export async function listXlsx(sheet: string, header: readonly string[], widths: readonly number[], rows: (string | number | null | undefined)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t.report.issuer;
  const ws = wb.addWorksheet(sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { ...A4_ACROSS, printTitlesRow: '1:1' },
  });
  ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.eachRow((row) => {
    row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
    fitRowHeight(row, widths); // without a height LibreOffice shows and prints one line
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
