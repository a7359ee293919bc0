// What the HTTP benchmarks share: the production server on a scratch database, and percentiles.
import { spawn, type ChildProcess } from 'node:child_process';
import { TSX_BIN } from './build-if-needed';

/** The production server (scripts/serve.ts) on `file`, answered once `/` is served; BENCH_VERBOSE=1 shows its output. */
export async function serve(file: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX_BIN, 'scripts/serve.ts'], {
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: `file:${file}`, PORT: String(port), HOST: '127.0.0.1' },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

/** The p-th percentile of `xs` (NaN when empty). */
export const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
