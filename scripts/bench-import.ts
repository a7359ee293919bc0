// Times the plan import on a generated workbook of 2,000 tasks (100 projects × 20, several units per
// cell, merged project cells, month-prefixed plan lines): read and parse (in a worker), write in one
// transaction (in another worker, as the import page's confirmation does).
// Prints the time of each step and the peak memory. Run by `npm run bench` (scripts/bench.ts):
//   node --import tsx --import ./scripts/server-only-off.mjs scripts/bench-import.ts
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { planWorkbook } from './bench-workbook';

const TASKS = Number(process.env.BENCH_IMPORT_TASKS ?? 2000);

async function main() {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-bench-import-')), 'bench.db');
  process.env.DATABASE_URL = `file:${file}`;
  const { createSeededDatabase } = await import('@/seeds/seed');
  await createSeededDatabase(file, { demoUsers: false });
  const { prisma } = await import('@/lib/prisma');
  const { readPlanXlsx, readXlsx } = await import('@/lib/plan-import/read-xlsx');
  const { writeInWorker } = await import('@/lib/plan-import/write-in-worker');
  const { isWritable } = await import('@/lib/domain/plan-import');
  const units = (await prisma.unit.findMany({ select: { name: true } })).map((u) => u.name);
  const bytes = await planWorkbook(units, TASKS);
  const base = process.memoryUsage().rss;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  // How long this thread stalls while the file is read (the reading runs in a worker): what a request arriving meanwhile would wait.
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t0 = performance.now();
  const read = await readPlanXlsx(bytes, { year: 2030, shift: false, units: units.map((name) => ({ name })) });
  if (!read.ok) throw new Error(read.error);
  const t1 = performance.now();
  loop.disable();
  const readPeak = peak;
  const draft = read.draft;
  if (!isWritable(draft)) throw new Error(JSON.stringify(draft.issues.slice(0, 3)));
  const t2 = performance.now();
  const writeLoop = monitorEventLoopDelay({ resolution: 5 });
  writeLoop.enable();
  const made = await writeInWorker({
    kind: 'import',
    year: 2030,
    title: 'bench',
    draft,
    defaultCategory: 'SERVICE',
    audit: { actorId: null, after: { via: 'bench' } },
  });
  if (!made.ok) throw new Error(made.error);
  const t3 = performance.now();
  writeLoop.disable();
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `import of ${made.tasks} tasks (${(bytes.length / 1024).toFixed(0)} KiB .xlsx): read and parse (worker) ${(t1 - t0).toFixed(0)} ms, ` +
      `write ${(t3 - t2).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms; peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB (+${((readPeak - base) / 2 ** 20).toFixed(0)} MiB while reading; goal ≤ 200)`,
  );
  console.log(
    `  this thread during the read and parse: event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms (goal: requests served, p95 < 200 ms)`,
  );
  console.log(
    `  this thread during the write (in a worker, on its own connection): event-loop delay p99 ${(writeLoop.percentile(99) / 1e6).toFixed(1)} ms, max ${(writeLoop.max / 1e6).toFixed(1)} ms`,
  );
  // A zip bomb: a 1 KB entry that would inflate to 200 MB.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/media/padding.bin', Buffer.alloc(200 * 1024 * 1024, 0x20));
  const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const before = process.memoryUsage().rss;
  const b0 = performance.now();
  const refused = await readXlsx(bomb);
  const b1 = performance.now();
  console.log(
    `  a ${(bomb.length / 1024).toFixed(0)} KiB zip bomb (200 MiB inflated): ${refused.ok ? 'ACCEPTED' : `refused (${refused.error})`} in ${(b1 - b0).toFixed(0)} ms (goal < 1000), RSS +${((process.memoryUsage().rss - before) / 2 ** 20).toFixed(0)} MiB`,
  );
  await prisma.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
