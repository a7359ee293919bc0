// Times report generation (the model, the .docx and the .xlsx) on a database file given as
// DATABASE_URL, for one plan year and period. Run by `npm run bench`:
//   node --import tsx --import ./scripts/server-only-off.mjs scripts/bench-reports.ts <year> <H1|FY|DATE> [asOf]
import { reportFor } from '@/lib/data/reports';
import type { Actor } from '@/lib/auth/policy';

/** The benchmark reads as the office would (no request, so no session cookie to read). */
const OFFICE: Actor = { id: 0, role: 'SUPERVISOR', unitId: null, displayName: 'bench', username: 'bench' };
import { buildReportDocx } from '@/lib/reports/docx';
import { buildReportXlsx } from '@/lib/reports/xlsx';
import { periodEnd, type PeriodKind } from '@/lib/domain/periods';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);

async function main() {
  const [yearArg, kindArg, asOfArg] = process.argv.slice(2);
  const year = Number(yearArg);
  const kind = (kindArg ?? 'H1') as PeriodKind;
  const asOf = kind === 'DATE' ? asOfArg! : periodEnd(year, kind);
  const times = { model: [] as number[], docx: [] as number[], xlsx: [] as number[] };
  let sizes = { tasks: 0, docx: 0, xlsx: 0 };
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const live = (await reportFor(OFFICE, { year, kind, asOf }))!;
    const t1 = performance.now();
    const docx = await buildReportDocx(live.model);
    const t2 = performance.now();
    const xlsx = await buildReportXlsx(live.model, new Date());
    const t3 = performance.now();
    if (i === 0) continue; // warm-up
    times.model.push(t1 - t0);
    times.docx.push(t2 - t1);
    times.xlsx.push(t3 - t2);
    sizes = { tasks: live.model.overall.tasks, docx: docx.length, xlsx: xlsx.length };
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const total = med(times.model) + med(times.docx) + med(times.xlsx);
  console.log(
    `${year} ${kind} (${sizes.tasks} tasks): model ${med(times.model).toFixed(0)} ms, .docx ${med(times.docx).toFixed(0)} ms (${(sizes.docx / 1024).toFixed(0)} KiB), ` +
      `.xlsx ${med(times.xlsx).toFixed(0)} ms (${(sizes.xlsx / 1024).toFixed(0)} KiB), both files ${total.toFixed(0)} ms (median of ${RUNS}); peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  );
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
