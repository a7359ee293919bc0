// Writes a plan year — a confirmed import, or a copy of an earlier year — in a worker thread
// (lib/plan-import/write-in-worker.ts starts it): thousands of tasks are seconds of the database
// client's work, and on the server's own thread every request arriving meanwhile would wait for it
// (SQLite answers synchronously: the write never gives the event loop a turn by itself). Here it
// costs this thread and its own connection; pages keep reading (WAL) and the server keeps
// answering. Reports each task written, then the result.
// Plain JavaScript: the job is TypeScript, compiled by tsx (a dependency, which also runs `npm start`).
import { parentPort, workerData } from 'node:worker_threads';

const { databaseUrl, job } = workerData;

async function main() {
  const { tsImport } = await import('tsx/esm/api');
  const { runPlanYearJobAlone } = await tsImport('./plan-year-job.ts', import.meta.url);
  const result = await runPlanYearJobAlone(databaseUrl, job, (written, total) => parentPort.postMessage({ progress: { written, total } }));
  parentPort.postMessage({ result });
}

main().catch((e) => {
  // The transaction rolled back: nothing written. The reason goes to the server log, not the page.
  console.error('plan year write:', e);
  parentPort.postMessage({ result: { ok: false, error: 'failed' } });
});
