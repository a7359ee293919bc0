// Reads an uploaded .xlsx in a worker thread (lib/plan-import/read-xlsx.ts starts it with a memory
// limit), so a hostile or huge file costs this thread, not the server's: requests keep being served.
// Work is bounded before it happens:
// - the zip's central directory must declare a sane number of entries, total size and ratio, and
//   every entry must really inflate to no more than it declared (a zip bomb is refused after
//   inflating at most what a real plan table would need);
// - each sheet's rows are counted in its XML before the spreadsheet library builds anything;
// then ExcelJS reads the cells (hidden sheets skipped, formulas give their cached values, merged
// cells the text of their first cell). Given `plan` (the import year, 日期顺延一年, the unit
// directory), it also reads the plan out of the sheets (lib/domain/plan-source.ts, loaded through
// tsx) and answers with the draft instead of the grids: the parse of a 5,000-task table costs this
// thread too, not the server's. Plain JavaScript: it runs as it is, under Next and the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';
import { zipEntries } from './zip-scan.mjs';

const { bytes, limits, plan } = workerData;
const buf = Buffer.from(bytes);

function fail(error) {
  parentPort.postMessage({ ok: false, error });
}

/** The entry's data, inflated to at most what it declared; null when it is more (a lie) or broken. */
function inflate(e) {
  if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) return null;
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data.length <= e.size ? data : null;
  try {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    return out.length <= e.size ? out : null;
  } catch {
    return null; // more than declared (RangeError) or not deflate data
  }
}

function countRows(xml) {
  let n = 0;
  let i = xml.indexOf('<row');
  while (i >= 0) {
    const next = xml[i + 4];
    if (next === ' ' || next === '>' || next === '/') n++;
    i = xml.indexOf('<row', i + 4);
  }
  return n;
}

function cellValue(v, counter) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      counter.formulas++;
      return v.result === undefined ? null : cellValue(v.result, counter);
    }
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('error' in v) return null;
  }
  return String(v);
}

async function main() {
  const z = zipEntries(buf, limits);
  if (z.error) return fail(z.error);
  for (const e of z.list) {
    const data = inflate(e);
    if (!data) return fail(e.size > 0 ? 'bomb' : 'corrupted');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && countRows(data.toString('utf8')) > limits.rows + 10) return fail('too_many_rows');
  }
  // Loaded only once the file passed the checks above.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf);
  } catch {
    return fail('corrupted');
  }
  if (wb.worksheets.length === 0) return fail('corrupted');
  const sheets = {};
  const order = [];
  const hidden = [];
  const counter = { formulas: 0 };
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      hidden.push(ws.name);
      continue;
    }
    if (ws.rowCount > limits.rows + 10) return fail('too_many_rows');
    const width = Math.min(ws.columnCount, limits.columns);
    const grid = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      grid.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value, counter)));
    }
    sheets[ws.name] = grid;
    order.push(ws.name);
  }
  if (!plan) return parentPort.postMessage({ ok: true, sheets, order, hidden, formulas: counter.formulas });
  // The domain is TypeScript: tsx (a dependency, which also runs `npm start`) compiles it here.
  const { tsImport } = await import('tsx/esm/api');
  const { planFromSheets } = await tsImport('../domain/plan-source.ts', import.meta.url);
  const read = planFromSheets({ sheets, order }, plan);
  parentPort.postMessage(read.ok ? { ok: true, hidden, formulas: counter.formulas, draft: read.draft, suggestShift: read.suggestShift } : read);
}

main().catch((e) => {
  // ExcelJS's own failures are caught above: what lands here is unexpected, so it is also logged.
  console.error('xlsx worker:', e);
  fail('corrupted');
});
