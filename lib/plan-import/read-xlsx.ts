// An uploaded .xlsx, legacy .xls or text "xls" (an HTML table, SpreadsheetML 2003), or the tables of a
// Word .docx, as plain grids, refusing what cannot be read safely: too large, not a workbook (a Word
// 97–2003 .doc named as such), password-protected (an encrypted OOXML file is an OLE container, as an .xls is),
// a zip bomb, corrupted, or with more rows than a plan can have. The reading itself runs in a worker
// thread with a memory limit (xlsx-worker.mjs): a hostile file costs the worker, and requests keep
// being served while it works.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_ROWS, type Grid, type PlanDraft } from '@/lib/domain/plan-import';
import type { UnitNames } from '@/lib/domain/unit-names';
import type { SheetHeaderGap } from '@/lib/domain/plan-source';
import { textWorkbookKind } from './text-workbook.mjs';
import { zipEntries } from './zip-scan.mjs';
import { t } from '@/lib/i18n/zh-CN';

export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  rows: MAX_ROWS,
  columns: 40,
  /** A PDF's pages: a plan table runs to tens of pages (a 5,000-row table to about 200). */
  pdfPages: 300,
  /** A PDF page's straight lines: a ruled plan table's page draws hundreds; far more is no table (and costs the ruling's pairing). */
  pdfSegments: 20_000,
  /** The zip: entries, total size when unpacked, and how much one large entry may grow (a real plan table stays far below). */
  entries: 2000,
  uncompressed: 64 * 1024 * 1024,
  ratio: 200,
  /** The worker's heap, and how long it may read. */
  workerHeapMb: 256,
  workerMs: 60_000,
} as const;

/** `too_large`: over the upload limit; `too_much`: within it, but more than the worker may spend reading it (its memory or its time). */
export type ReadError =
  'empty' | 'too_large' | 'too_much' | 'not_xlsx' | 'word_doc' | 'encrypted' | 'corrupted' | 'too_many_rows' | 'no_table' | 'bomb' | 'scanned';
/**
 * `hidden`: the hidden sheets (not read); `hiddenRows`, `hiddenColumns`: per sheet read, its rows and columns hidden in the
 * workbook (0-based), when it has any; `tablesContinue`: the sheets are a Word document's tables (one split in two is read as one).
 */
export type ReadResult =
  | {
      ok: true;
      sheets: Record<string, Grid>;
      order: string[];
      hidden: string[];
      hiddenRows: Record<string, number[]>;
      hiddenColumns: Record<string, number[]>;
      tablesContinue: boolean;
      formulas: number;
    }
  | { ok: false; error: ReadError };
export type PlanReadOptions = { year: number; shift: boolean; allSheets?: boolean; units: UnitNames[] };
/** `header`: with `no_table`, the row that names most of a plan table's columns and what it lacks (the domain's `headerGap`). */
export type PlanReadResult =
  { ok: true; draft: PlanDraft; suggestShift: boolean; hidden: string[]; formulas: number } | { ok: false; error: ReadError; header?: SheetHeaderGap };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
/** A Word 97–2003 document's main stream, named in its OLE directory. */
const WORD_DOCUMENT = Buffer.from('WordDocument', 'utf16le');
// Not bundled: the worker runs from the source tree (present under npm start and in the bundle).
const WORKER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'plan-import', 'xlsx-worker.mjs');

/** The file's visible sheets as grids. */
export const readXlsx = (bytes: Uint8Array, opts: { heapMb?: number } = {}): Promise<ReadResult> => readInWorker<ReadResult>(bytes, undefined, opts);

/**
 * The plan the file describes for the import year, read and parsed in the worker (the grids never
 * come back to this thread): what the import's preview and confirmation use.
 */
export const readPlanXlsx = (bytes: Uint8Array, plan: PlanReadOptions, opts: { heapMb?: number } = {}): Promise<PlanReadResult> =>
  readInWorker<PlanReadResult>(bytes, plan, opts);

async function readInWorker<R extends { ok: boolean }>(
  bytes: Uint8Array,
  plan: PlanReadOptions | undefined,
  opts: { heapMb?: number },
): Promise<R | { ok: false; error: ReadError }> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > IMPORT_LIMITS.bytes) return { ok: false, error: 'too_large' };
  const buf = Buffer.from(bytes);
  // An OLE container: a password-protected .xlsx (its EncryptionInfo stream), else a legacy .xls, which the worker reads.
  const ole = OLE.every((b, i) => buf[i] === b);
  if (ole && buf.includes(ENCRYPTION_INFO)) return { ok: false, error: 'encrypted' };
  if (ole && buf.includes(WORD_DOCUMENT)) return { ok: false, error: 'word_doc' };
  // Not a zip: a legacy .xls, a PDF, or a workbook that is text (an HTML table, SpreadsheetML or delimited text named .xls or .csv), else no workbook.
  const zip = buf[0] === 0x50 && buf[1] === 0x4b;
  const pdf = buf.subarray(0, 5).toString('latin1') === '%PDF-';
  if (!ole && !zip && !pdf && !textWorkbookKind(buf)) return { ok: false, error: 'not_xlsx' };
  // What the zip declares, before any thread is started or anything inflated.
  const declared = zip ? zipEntries(buf, IMPORT_LIMITS) : { error: null };
  if (declared.error) return { ok: false, error: declared.error };
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, {
      workerData: { bytes: buf, limits: IMPORT_LIMITS, plan, words: { table: t.plan.import.wordTable } },
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: Math.min(32, opts.heapMb ?? 32) },
    });
    let done = false;
    const finish = (r: R | { ok: false; error: ReadError }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, error: 'too_much' }), IMPORT_LIMITS.workerMs);
    worker.once('message', (m: R) => finish(m));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the file is refused, the server goes on.
    worker.once('error', (e: NodeJS.ErrnoException) => finish({ ok: false, error: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_much' : 'corrupted' }));
    worker.once('exit', () => finish({ ok: false, error: 'corrupted' }));
  });
}
