// Starts the import's write (import-job.ts) in a worker thread (write-worker.mjs) and relays its
// progress: the server's thread stays free for requests while thousands of tasks are written.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { env } from '@/lib/env';
import type { ImportJob, ImportJobResult, OnTask } from './import-job';

// Not bundled: the worker runs from the source tree (present under npm start and in the bundle).
const WORKER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'plan-import', 'write-worker.mjs');

type Message = { progress: { written: number; total: number } } | { result: ImportJobResult };

export function writeInWorker(job: ImportJob, onTask?: OnTask, databaseUrl: string = env.DATABASE_URL): Promise<ImportJobResult> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { workerData: { databaseUrl, job } });
    let done = false;
    const finish = (r: ImportJobResult) => {
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
      console.error('plan import worker:', e);
      finish({ ok: false, error: 'failed' });
    });
    worker.once('exit', () => finish({ ok: false, error: 'failed' }));
  });
}
