// An uploaded .xlsx as plain grids, refusing what cannot be read safely: too large, not an xlsx
// (a legacy .xls or another file), password-protected (an encrypted OOXML file is an OLE container),
// a zip bomb, corrupted, or with more rows than a plan can have. The reading itself runs in a worker
// thread with a memory limit (xlsx-worker.mjs): a hostile file costs the worker, and requests keep
// being served while it works.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { MAX_ROWS, parsePlanWorkbook, WORKBOOK, type Grid, type PlanDraft, type UnitLookup } from '@/lib/domain/plan-import';
import { parseAppendixGrid } from '@/lib/domain/plan-appendix';
import { zipEntries } from './zip-scan.mjs';

export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024, rows: MAX_ROWS, columns: 40,
  /** The zip: entries, total size when unpacked, and how much one large entry may grow (a real plan table stays far below). */
  entries: 2000, uncompressed: 64 * 1024 * 1024, ratio: 200,
  /** The worker's heap, and how long it may read. */
  workerHeapMb: 256, workerMs: 60_000,
} as const;

export type ReadError = 'empty' | 'too_large' | 'not_xlsx' | 'encrypted' | 'corrupted' | 'too_many_rows' | 'no_table' | 'bomb';
export type ReadResult = { ok: true; sheets: Record<string, Grid>; order: string[]; hidden: string[]; formulas: number } | { ok: false; error: ReadError };

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
// Not bundled: the worker runs from the source tree (present under npm start and in the bundle).
const WORKER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'plan-import', 'xlsx-worker.mjs');

export async function readXlsx(bytes: Uint8Array, opts: { heapMb?: number } = {}): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, error: 'empty' };
  if (bytes.byteLength > IMPORT_LIMITS.bytes) return { ok: false, error: 'too_large' };
  const buf = Buffer.from(bytes);
  if (OLE.every((b, i) => buf[i] === b)) return { ok: false, error: buf.includes(ENCRYPTION_INFO) ? 'encrypted' : 'not_xlsx' };
  if (buf[0] !== 0x50 || buf[1] !== 0x4b) return { ok: false, error: 'not_xlsx' };
  // What the zip declares, before any thread is started or anything inflated.
  const declared = zipEntries(buf, IMPORT_LIMITS);
  if (declared.error) return { ok: false, error: declared.error };
  return new Promise<ReadResult>((resolve) => {
    const worker = new Worker(WORKER, {
      workerData: { bytes: buf, limits: IMPORT_LIMITS },
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: Math.min(32, opts.heapMb ?? 32) },
    });
    let done = false;
    const finish = (r: ReadResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, error: 'too_large' }), IMPORT_LIMITS.workerMs);
    worker.once('message', (m: ReadResult) => finish(m));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the file is refused, the server goes on.
    worker.once('error', (e: NodeJS.ErrnoException) => finish({ ok: false, error: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too_large' : 'corrupted' }));
    worker.once('exit', () => finish({ ok: false, error: 'corrupted' }));
  });
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
