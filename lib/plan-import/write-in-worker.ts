// Starts a plan year's write (plan-year-job.ts: an import or a copy) in a worker thread
// (write-worker.mjs) and relays its progress: the server's thread stays free for requests while
// hundreds or thousands of tasks are written.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { env } from '@/lib/env';
import type { OnTask, PlanYearJob, PlanYearJobResult } from './plan-year-job';

// Not bundled: the worker runs from the source tree (present under npm start and in the bundle).
const WORKER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'plan-import', 'write-worker.mjs');

type Message = { progress: { written: number; total: number } } | { result: PlanYearJobResult };

export function writeInWorker(job: PlanYearJob, onTask?: OnTask, databaseUrl: string = env.DATABASE_URL): Promise<PlanYearJobResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { workerData: { databaseUrl, job } });
    let done = false;
    const finish = (r: PlanYearJobResult) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    worker.on('message', (msg: Message) => {
      if ('progress' in msg) onTask?.(msg.progress.written, msg.progress.total);
      else finish(msg.result);
    });
    // A crash before an answer (out of memory, a module that fails to load): nothing was committed.
    worker.once('error', (e) => {
      console.error('plan year worker:', e);
      finish({ ok: false, error: 'failed' });
    });
    worker.once('exit', () => finish({ ok: false, error: 'failed' }));
  });
}
