// An uploaded .xlsx as plain grids, refusing what cannot be read safely: too large, not an xlsx
// (a legacy .xls or another file), password-protected (an encrypted OOXML file is an OLE container),
// corrupted, or with more rows than a plan can have. Hidden sheets are skipped; formulas give their
// cached values and are never evaluated; merged cells read as the text of their first cell.
import ExcelJS from 'exceljs';
import { MAX_ROWS, parsePlanWorkbook, WORKBOOK, type Cell, type Grid, type PlanDraft, type UnitLookup } from '@/lib/domain/plan-import';
import { parseAppendixGrid } from '@/lib/domain/plan-appendix';

export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, rows: MAX_ROWS, columns: 40 } as const;

export type ReadError = 'empty' | 'too_large' | 'not_xlsx' | 'encrypted' | 'corrupted' | 'too_many_rows' | 'no_table';
export type ReadResult = { ok: true; sheets: Record<string, Grid>; order: string[]; hidden: string[]; formulas: number } | { ok: false; error: ReadError };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

function cellValue(v: ExcelJS.CellValue, counter: { formulas: number }): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      counter.formulas++;
      const result = (v as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : cellValue(result, counter);
    }
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > IMPORT_LIMITS.bytes) return { ok: false, error: 'too_large' };
  const buf = Buffer.from(bytes);
  if (OLE.every((b, i) => buf[i] === b)) return { ok: false, error: buf.includes(ENCRYPTION_INFO) ? 'encrypted' : 'not_xlsx' };
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) return { ok: false, error: 'not_xlsx' };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return { ok: false, error: 'corrupted' };
  }
  if (wb.worksheets.length === 0) return { ok: false, error: 'corrupted' };
  const sheets: Record<string, Grid> = {};
  const order: string[] = [];
  const hidden: string[] = [];
  const counter = { formulas: 0 };
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      hidden.push(ws.name);
      continue;
    }
    if (ws.rowCount > IMPORT_LIMITS.rows + 10) return { ok: false, error: 'too_many_rows' };
    const width = Math.min(ws.columnCount, IMPORT_LIMITS.columns);
    const grid: Grid = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      grid.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value, counter)));
    }
    sheets[ws.name] = grid;
    order.push(ws.name);
  }
  return { ok: true, sheets, order, hidden, formulas: counter.formulas };
}

/** The plan a read workbook describes: the app's plan workbook when it has a 任务 sheet, else the first sheet with an appendix table. */
export function draftFromSheets(read: Extract<ReadResult, { ok: true }>, year: number, unit: UnitLookup): PlanDraft | null {
  if (read.sheets[WORKBOOK.tasks.name]) return parsePlanWorkbook(read.sheets, year, unit);
  let first: PlanDraft | null = null;
  for (const name of read.order) {
    const d = parseAppendixGrid(read.sheets[name]!, year, unit, name);
    if (!d.issues.some((i) => i.kind === 'no_header')) return d;
    first ??= d;
  }
  return first;
}
