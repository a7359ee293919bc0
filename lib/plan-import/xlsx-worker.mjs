// Reads an uploaded .xlsx (or a legacy .xls, a text "xls": an HTML table, SpreadsheetML 2003; the tables of a Word .docx or of a PDF) in a
// worker thread (lib/plan-import/read-xlsx.ts starts it with a memory limit), so a hostile or huge file
// costs this thread, not the server's: requests keep being served.
// Work is bounded before it happens:
// - the zip's central directory must declare a sane number of entries, total size and ratio, and
//   every entry must really inflate to no more than it declared (a zip bomb is refused after
//   inflating at most what a real plan table would need);
// - each sheet's rows are counted in its XML before the spreadsheet library builds anything;
// then ExcelJS reads the cells (hidden sheets skipped, formulas give their cached values, merged
// cells the text of their first cell) and says which rows and columns are hidden — by a filter or by
// hand, not those of a collapsed outline group, which are part of the table folded away. Given `plan` (the
// import year, 日期顺延一年, the unit directory), it also reads the plan out of the sheets (lib/domain/plan-source.ts, loaded through
// tsx) and answers with the draft instead of the grids: the parse of a 5,000-task table costs this
// thread too, not the server's. Plain JavaScript: it runs as it is, under Next and the CLI.
import { parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';
import { documentTables, pageTables } from './pdf-table.mjs';
import { decodeText, textWorkbookKind } from './text-workbook.mjs';
import { zipEntries } from './zip-scan.mjs';

const { bytes, limits, plan, words } = workerData;
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

/** The rows of a sheet's XML (`<row`), or of a Word document's tables (`<w:tr`), counted in the text. */
function countRows(xml, tag = '<row') {
  let n = 0;
  let i = xml.indexOf(tag);
  while (i >= 0) {
    const next = xml[i + tag.length];
    if (next === ' ' || next === '>' || next === '/') n++;
    i = xml.indexOf(tag, i + tag.length);
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

/** Excel's day number as the UTC midnight ExcelJS gives for a date cell (1900 or 1904 date system). */
const excelDate = (serial, date1904) => new Date(Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000));

/**
 * A legacy .xls (Excel 97–2003, BIFF in an OLE container), read by SheetJS into the same grids as
 * an .xlsx. SheetJS builds at most the rows a plan can have (`sheetRows`); the sheet's own extent
 * says whether there were more. It runs here, in a worker started for this one file and stopped after
 * it (with a memory and time limit), like ExcelJS for an .xlsx.
 */
async function readXls() {
  const XLSX = await import('@e965/xlsx');
  let wb;
  try {
    // cellStyles: an .xls says which columns are hidden in its column formats (!cols).
    wb = XLSX.read(buf, { type: 'buffer', cellFormula: true, cellNF: true, cellStyles: true, cellHTML: false, sheetRows: limits.rows + 11 });
  } catch (e) {
    // Password-protected; another OLE file than a workbook (a PowerPoint file; a Word .doc is refused before); else a broken one.
    const why = String(e?.message ?? e);
    return fail(/password|ECMA-376 Encrypted/i.test(why) ? 'encrypted' : /workbook/i.test(why) ? 'not_xlsx' : 'corrupted');
  }
  return gridsOf(XLSX, wb);
}

/**
 * A workbook that is text (lib/plan-import/text-workbook.mjs): an HTML table, SpreadsheetML 2003 or
 * delimited text (CSV, tab-separated: SheetJS finds the delimiter), decoded by `decodeText` (UTF-8,
 * else the declared charset, else GB18030). Its rows are counted in the text before SheetJS builds any
 * (a delimited file's lines); an HTML or delimited cell's text is kept as written (`raw`: no guessing
 * of numbers or dates from it — what the office typed is what the rules read, as from a text cell of
 * an .xlsx). Delimited text has no merged cells: a merged cell's rows are blank, read as "as above".
 */
async function readText(kind) {
  const text = decodeText(buf);
  const rows = (text.match(kind === 'xml' ? /<(ss:)?Row[\s>/]/g : kind === 'csv' ? /\n/g : /<tr[\s>]/gi) ?? []).length;
  if (rows > limits.rows + 10) return fail('too_many_rows');
  // SheetJS takes a document with an XML declaration for SpreadsheetML: an XHTML page loses it.
  return textGrids(kind, kind === 'html' ? text.replace(/^\s*<\?xml[^>]*\?>/, '') : text);
}

/** Text (an HTML page, SpreadsheetML) as grids, by SheetJS: each HTML table a sheet, named by `nameOf`. */
async function textGrids(kind, text, nameOf = nameTables) {
  const XLSX = await import('@e965/xlsx');
  let wb;
  try {
    wb = XLSX.read(text, { type: 'string', raw: true, cellFormula: true, cellNF: true, cellHTML: false, sheetRows: limits.rows + 11 });
  } catch (e) {
    return fail(/could not find <table>/i.test(String(e?.message ?? e)) ? 'not_xlsx' : 'corrupted');
  }
  if (kind === 'html') nameOf(wb, text);
  return gridsOf(XLSX, wb);
}

const decode = (s) => s.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').trim();

function renameSheets(wb, names) {
  wb.Sheets = Object.fromEntries(wb.SheetNames.map((old, i) => [names[i], wb.Sheets[old]]));
  wb.SheetNames = names;
}

/**
 * A page's tables are sheets Sheet1, Sheet2… to SheetJS; the page often says their names — Excel's
 * own HTML in <x:Name> (inside a conditional comment), LibreOffice's as a heading before each table
 * (<h1>Sheet 1: <em>工程类</em></h1>). When it names each table once, the sheets take those names
 * (a sheet named 工程类 gives its projects that category).
 */
function nameTables(wb, text) {
  const excel = [...text.matchAll(/<x:Name>([^<]*)<\/x:Name>/gi)].map((m) => decode(m[1]));
  // No lazy wildcard: every unclosed <h1><em> of a crafted page would rescan the rest of it.
  const libre = [...text.matchAll(/<h1>[^<]*<em>([^<]*)<\/em><\/h1>/gi)].map((m) => decode(m[1]));
  const names = [excel, libre].find((n) => n.length === wb.SheetNames.length && n.every(Boolean) && new Set(n).size === n.length);
  if (names) renameSheets(wb, names);
}

/**
 * A Word document's tables, named by the paragraph just before each when it is short — its title
 * (盐田区2024年民生实事项目任务分解表; （一）工程类项目, whose category word gives its projects that
 * category) — else 表格1, 表格2… in order (`words.table`): the preview names the table a row is in.
 */
function nameWordTables(wb, html) {
  const titles = [];
  let depth = 0;
  let openAt = -1;
  let last = null;
  let lastEnd = -1;
  // mammoth writes the HTML (the document's text escaped, every tag closed): one pass over its tags.
  for (const m of html.matchAll(/<(\/?)(table|p|h[1-6])\b[^>]*>/g)) {
    const [tag, close, name] = m;
    if (name === 'table') {
      if (!close && depth === 0) titles.push(last !== null && html.slice(lastEnd, m.index).trim() === '' ? last : null);
      depth += close ? -1 : 1;
      last = null;
    } else if (depth === 0 && !close) openAt = m.index + tag.length;
    else if (depth === 0 && openAt >= 0) {
      last = decode(html.slice(openAt, m.index));
      lastEnd = m.index + tag.length;
    }
  }
  if (titles.length !== wb.SheetNames.length) return;
  renameSheets(wb, tableNames(titles));
}

/** A document's tables' names: each its title when short and not taken, else 表格1, 表格2… by its place. */
function tableNames(titles) {
  const used = new Set();
  return titles.map((title, i) => {
    const name = title && title.length <= 40 && !used.has(title) ? title : `${words.table}${i + 1}`;
    used.add(name);
    return name;
  });
}

/**
 * SheetJS's workbook as the grids ExcelJS gives for an .xlsx: hidden sheets skipped, formulas their
 * saved values, merged cells the value of their first cell, date cells dates — so the same rules read
 * them; and, as for an .xlsx, the rows hidden by a filter or by hand and the hidden columns (not an outline group's).
 */
function gridsOf(XLSX, wb) {
  if (!wb?.SheetNames?.length) return fail('corrupted');
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets = {};
  const order = [];
  const hidden = [];
  const hiddenRows = {};
  const hiddenColumns = {};
  const counter = { formulas: 0 };
  for (const [i, name] of wb.SheetNames.entries()) {
    if (wb.Workbook?.Sheets?.[i]?.Hidden) {
      hidden.push(name);
      continue;
    }
    const ws = wb.Sheets[name];
    const full = ws?.['!fullref'] ?? ws?.['!ref'];
    if (!ws || !full) {
      sheets[name] = [];
      order.push(name);
      continue;
    }
    const extent = XLSX.utils.decode_range(full);
    if (extent.e.r + 1 > limits.rows + 10) return fail('too_many_rows');
    const range = XLSX.utils.decode_range(ws['!ref']);
    const width = Math.min(range.e.c + 1, limits.columns);
    const value = (cell) => {
      if (!cell || cell.t === 'z' || cell.t === 'e') return null;
      if (cell.f) counter.formulas++;
      if (cell.t === 'b') return cell.v ? 'TRUE' : 'FALSE';
      if (cell.t === 'n') return cell.z && XLSX.SSF.is_date(cell.z) ? excelDate(cell.v, date1904) : cell.v;
      if (cell.t === 'd') return cell.v;
      return cell.v === undefined || cell.v === null ? null : String(cell.v);
    };
    const grid = Array.from({ length: range.e.r + 1 }, (_, r) => Array.from({ length: width }, (_, c) => value(ws[XLSX.utils.encode_cell({ r, c })])));
    // A merged range shows its first cell's value in every cell (as ExcelJS gives it), so a merged 项目名称 repeats.
    for (const m of ws['!merges'] ?? []) {
      const first = grid[m.s.r]?.[m.s.c] ?? null;
      for (let r = m.s.r; r <= Math.min(m.e.r, grid.length - 1); r++) for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) grid[r][c] = first;
    }
    sheets[name] = grid;
    order.push(name);
    const rows = (ws['!rows'] ?? []).flatMap((info, r) => (info?.hidden && !info.level && r < grid.length ? [r] : []));
    if (rows.length > 0) hiddenRows[name] = rows;
    const columns = (ws['!cols'] ?? []).flatMap((info, c) => (info?.hidden && !info.level && c < width ? [c] : []));
    if (columns.length > 0) hiddenColumns[name] = columns;
  }
  return { sheets, order, hidden, hiddenRows, hiddenColumns, formulas: counter.formulas };
}

/** An .xlsx (a zip): bounded before ExcelJS reads it. */
async function readXlsx() {
  const z = zipEntries(buf, limits);
  if (z.error) return fail(z.error);
  for (const e of z.list) {
    const data = inflate(e);
    if (!data) return fail(e.size > 0 ? 'bomb' : 'corrupted');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && countRows(data.toString('utf8')) > limits.rows + 10) return fail('too_many_rows');
  }
  if (z.list.some((e) => e.name === 'word/document.xml')) return readDocx(z.list);
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
  const hiddenRows = {};
  const hiddenColumns = {};
  const counter = { formulas: 0 };
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      hidden.push(ws.name);
      continue;
    }
    if (ws.rowCount > limits.rows + 10) return fail('too_many_rows');
    const width = Math.min(ws.columnCount, limits.columns);
    const grid = [];
    const rows = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      grid.push(Array.from({ length: width }, (_, c) => cellValue(row.getCell(c + 1).value, counter)));
      if (row.hidden && !row.outlineLevel) rows.push(r - 1);
    }
    sheets[ws.name] = grid;
    order.push(ws.name);
    if (rows.length > 0) hiddenRows[ws.name] = rows;
    const columns = Array.from({ length: width }, (_, c) => ws.getColumn(c + 1)).flatMap((col, c) => (col.hidden && !col.outlineLevel ? [c] : []));
    if (columns.length > 0) hiddenColumns[ws.name] = columns;
  }
  return { sheets, order, hidden, hiddenRows, hiddenColumns, formulas: counter.formulas };
}

/**
 * A table inside a table's cell (a cell's own small table of steps: 6月底前 | 完成选址, one row each) is
 * read as that cell's lines, a line per row, its cells' text separated by a space — what the cell
 * says, as the HTML reader can take it: left nested, its rows were read as rows of the outer table
 * and every row of the outer table after it was lost. Innermost first (mammoth's document tree).
 */
function nestedTablesAsLines(element) {
  const el = element.children ? { ...element, children: element.children.map(nestedTablesAsLines) } : element;
  if (el.type !== 'tableCell') return el;
  return { ...el, children: el.children.flatMap((child) => (child.type === 'table' ? tableAsLines(child) : [child])) };
}

const hasText = (el) => (el.type === 'text' ? el.value.trim() !== '' : (el.children ?? []).some(hasText));

/** A table's rows as paragraphs: each row's paragraphs with text, cell after cell, as one line. */
function tableAsLines(table) {
  return table.children.flatMap((row) => {
    const paragraphs = (row.children ?? []).flatMap((cell) => (cell.children ?? []).filter((c) => c.type === 'paragraph' && hasText(c)));
    if (paragraphs.length === 0) return [];
    const line = paragraphs.flatMap((p, i) => (i === 0 ? p.children : [{ type: 'text', value: ' ' }, ...p.children]));
    return [{ ...paragraphs[0], numbering: null, children: line }];
  });
}

/**
 * A Word document (.docx) — a plan table published as the attachment of a 通知 (附件：任务分解表):
 * its tables, read as the tables of an HTML page are (each a sheet; merged cells as Word merges
 * them, a cell's paragraphs its lines). The zip passed the checks above; its table rows are counted
 * in document.xml before anything is built. mammoth turns the document into HTML; its pictures are
 * not read (nothing of them is kept), and the text around the tables (the notice) is not a table.
 */
async function readDocx(entries) {
  const doc = inflate(entries.find((e) => e.name === 'word/document.xml'));
  if (!doc) return fail('corrupted');
  if (countRows(doc.toString('utf8'), '<w:tr') > limits.rows + 10) return fail('too_many_rows');
  const { default: mammoth } = await import('mammoth');
  let html;
  try {
    const noImage = mammoth.images.imgElement(() => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: buf }, { convertImage: noImage, transformDocument: nestedTablesAsLines })).value;
  } catch {
    return fail('corrupted');
  }
  if (!/<table[\s>]/.test(html)) return fail('no_table');
  // A cell's paragraphs are its lines (units one per line, steps one per line), as <br> is to SheetJS.
  // Named by the paragraphs as written (before the cells' paragraphs become lines).
  const read = await textGrids('html', html.replace(/<\/p>\s*<p>/g, '<br/>'), (wb) => nameWordTables(wb, html));
  // A table split in two (a page break between its parts) is read as one (lib/domain/plan-source.ts).
  return read && { ...read, tablesContinue: true };
}

/**
 * What one PDF page draws, as `pageTables` (pdf-table.mjs) takes it: the straight segments of its
 * stroked paths and the centre lines of its thin filled boxes (the two ways writers draw a border),
 * in page space (the drawing's transforms applied), and its text runs.
 */
async function pageShapes(page, OPS) {
  const ops = await page.getOperatorList();
  const segments = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack = [];
  const at = (x, y) => ({ x: ctm[0] * x + ctm[2] * y + ctm[4], y: ctm[1] * x + ctm[3] * y + ctm[5] });
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill]);
  for (const [i, fn] of ops.fnArray.entries()) {
    const args = ops.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = args;
      const m = ctm;
      ctm = [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
    } else if (fn === OPS.constructPath && (strokes.has(args[0]) || fills.has(args[0]))) {
      for (const data of args[1] ?? []) {
        if (!data) continue;
        // The path's subpaths as point lists (0 moveTo, 1 lineTo, 2/3 curves, 4 closePath).
        const subpaths = [];
        let points = null;
        for (let k = 0; k < data.length; ) {
          const code = data[k];
          if (code === 0 || code === 1) {
            if (code === 0 || !points) subpaths.push((points = []));
            points.push(at(data[k + 1], data[k + 2]));
            k += 3;
          } else if (code === 2 || code === 3) {
            points = null; // a curve: no border
            k += code === 2 ? 7 : 5;
          } else {
            if (points?.length) points.push(points[0]);
            k += 1;
          }
        }
        for (const pts of subpaths) {
          if (strokes.has(args[0])) for (let k = 1; k < pts.length; k++) segments.push({ x1: pts[k - 1].x, y1: pts[k - 1].y, x2: pts[k].x, y2: pts[k].y });
          else if (pts.length >= 4) {
            const xs = pts.map((p) => p.x);
            const ys = pts.map((p) => p.y);
            const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            if (y2 - y1 <= 3 && x2 - x1 > 3) segments.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
            else if (x2 - x1 <= 3 && y2 - y1 > 3) segments.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
          }
        }
      }
    }
  }
  const content = await page.getTextContent();
  const texts = content.items.flatMap((it) => (it.str?.trim() ? [{ str: it.str, x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.hypot(it.transform[2], it.transform[3]) }] : []));
  return { segments, texts };
}

/**
 * A PDF — a plan table published as the attachment of a 通知, exported from Word, WPS or Excel:
 * its ruled tables, each a sheet (named by the short line above it, else 表格1, 表格2…), a table
 * that goes on over a page break read as one. Bounded: its pages (a plan table runs to tens), each
 * page's straight lines before they are paired into tables, and the rows read so far. A PDF with
 * pages but no text is a scan (a picture of a table): nothing to read; a PDF with text but no ruled
 * table has no table to trust.
 */
async function readPdf() {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(buf), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false })
      .promise;
  } catch (e) {
    return fail(e?.name === 'PasswordException' ? 'encrypted' : 'corrupted');
  }
  if (doc.numPages > limits.pdfPages) return fail('too_many_rows');
  const pages = [];
  let text = 0;
  let rows = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const { segments, texts } = await pageShapes(await doc.getPage(p), pdfjs.OPS);
    if (segments.length > limits.pdfSegments) return fail('too_much');
    text += texts.length;
    const tables = pageTables(segments, texts);
    rows += tables.reduce((n, t) => n + t.grid.length, 0);
    if (rows > limits.rows + 10) return fail('too_many_rows');
    pages.push(tables);
  }
  await doc.destroy();
  if (text === 0) return fail('scanned');
  const tables = documentTables(pages);
  if (tables.length === 0) return fail('no_table');
  const order = tableNames(tables.map((t) => t.title));
  const sheets = Object.fromEntries(order.map((name, i) => [name, tables[i].grid.map((row) => row.slice(0, limits.columns))]));
  // A table split by the writer (an empty paragraph between its parts) reads as one, as in Word.
  return { sheets, order, hidden: [], hiddenRows: {}, hiddenColumns: {}, formulas: 0, tablesContinue: true };
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

async function main() {
  const text = textWorkbookKind(buf);
  const read = OLE.every((b, i) => buf[i] === b)
    ? await readXls()
    : PDF.every((b, i) => buf[i] === b)
      ? await readPdf()
      : text
        ? await readText(text)
        : await readXlsx();
  if (!read) return; // refused (fail() has answered)
  const { sheets, order, hidden, hiddenRows, hiddenColumns, tablesContinue = false, formulas } = read;
  if (!plan) return parentPort.postMessage({ ok: true, sheets, order, hidden, hiddenRows, hiddenColumns, tablesContinue, formulas });
  // The domain is TypeScript: tsx (a dependency, which also runs `npm start`) compiles it here.
  const { tsImport } = await import('tsx/esm/api');
  const { planFromSheets } = await tsImport('../domain/plan-source.ts', import.meta.url);
  const parsed = planFromSheets({ sheets, order, hiddenRows, hiddenColumns, tablesContinue }, plan);
  parentPort.postMessage(parsed.ok ? { ok: true, hidden, formulas, draft: parsed.draft, suggestShift: parsed.suggestShift } : parsed);
}

main().catch((e) => {
  // ExcelJS's own failures are caught above: what lands here is unexpected, so it is also logged.
  console.error('xlsx worker:', e);
  fail('corrupted');
});
