// How much room a text takes in an Excel cell. A row a library wrote without a height stays one line high
// in LibreOffice however much its wrapped text runs on (seen on screen and in print; Excel was not tried
// here), so every workbook the app writes sets each row's height from these — and prints the same way.
import type ExcelJS from 'exceljs';

/** How every workbook the app writes prints: A4 landscape, one page wide, as many pages down as it takes. */
export const A4_ACROSS = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;

/** Display width of a text in Excel's units: a CJK character takes two (the Word report measures its lines with it too). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 2 : 1;
  return w;
}

/** Lines a wrapped text takes in a column of `width` units. */
export const linesIn = (text: string, width: number) =>
  text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(width - 1, 1))), 0);

/** The height in points of a row whose tallest cell takes `lines` lines (Excel's maximum row height is 409 points). */
export const rowHeight = (lines: number) => Math.min(409, lines * 14.5 + 4);

/** Sets a row as tall as its longest wrapped cell, the columns `widths` units wide (the first column's at 0). */
export function fitRowHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  // row.values starts at index 1 with a hole at 0: Array.from reads the hole as undefined (map would keep it, and Math.max give NaN).
  const lines = Array.from(row.values as unknown[], (v, col) => (typeof v === 'string' ? linesIn(v, widths[col - 1] ?? 12) : 1));
  row.height = rowHeight(Math.max(1, ...lines));
}
