// A "spreadsheet" that is text: what many systems' 导出Excel writes and names .xls — an HTML page with
// a <table> (rowspan/colspan for merged cells, often in GBK), Excel's XML Spreadsheet 2003
// (SpreadsheetML), or delimited text (CSV, tab-separated). Recognised from its first bytes, before any thread is started
// (lib/plan-import/read-xlsx.ts), and decoded to a string in the import's worker (xlsx-worker.mjs),
// which reads it with SheetJS. Plain JavaScript, so the worker can use it as it is.

const HEAD = 64 * 1024;

/** The file's first bytes as text, as far as its markup goes: ASCII tags read the same in any encoding but UTF-16. */
function head(buf) {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2, HEAD).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return Buffer.from(buf.subarray(2, HEAD)).swap16().toString('utf16le');
  return buf.subarray(0, HEAD).toString('latin1');
}

/**
 * 'xml' for SpreadsheetML 2003, 'html' for a page with a table, 'csv' for delimited text (comma- or
 * tab-separated: what many systems' 导出Excel writes and names .xls, and Excel's 文本/Unicode 文本), else null.
 * @param {Buffer} buf
 * @returns {'xml' | 'html' | 'csv' | null}
 */
export function textWorkbookKind(buf) {
  const text = head(buf).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (!text.startsWith('<')) return isDelimited(text) ? 'csv' : null;
  if (text.includes('urn:schemas-microsoft-com:office:spreadsheet') && /<(ss:)?workbook[\s>]/.test(text)) return 'xml';
  // A page whose table lies further in is 'html' too; the worker refuses a page with no table at all.
  if (/<(table|html)[\s>]/.test(text)) return 'html';
  return null;
}

/**
 * Text without control bytes (but tab and line breaks: a binary file has them), of two lines at least,
 * whose first line is divided by tabs or commas.
 */
function isDelimited(text) {
  if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return false;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length >= 2 && /[\t,]/.test(lines[0]);
}

/**
 * The file as a string: a byte-order mark says how; else bytes that are valid UTF-8 are UTF-8 (text in
 * GBK almost never is, and systems often declare the wrong charset); else the charset the markup
 * declares (<meta charset>, <?xml encoding>); else GB18030 (a superset of GBK and GB2312), as a page
 * written on a Chinese Windows is.
 * @param {Buffer} buf
 * @returns {string}
 */
export function decodeText(buf) {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Not UTF-8, whatever the page says.
  }
  const start = buf.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i.exec(start)?.[1] ?? /<\?xml[^>]*encoding\s*=\s*["']([\w-]+)/i.exec(start)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(buf);
    } catch {
      // An encoding TextDecoder does not know.
    }
  }
  return new TextDecoder('gb18030').decode(buf);
}
