// What the HTTP benchmarks share: the production server on a scratch database, and percentiles.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { TSX_BIN } from './build-if-needed';

/** A database URL for a SQLite file path, or the PostgreSQL URL as given. */
export const databaseUrl = (fileOrUrl: string): string => (/^postgres(ql)?:\/\//.test(fileOrUrl) ? fileOrUrl : `file:${fileOrUrl}`);

/** The production server (scripts/serve.ts) on `file` (or a postgresql:// URL), answered once `/` is served; BENCH_VERBOSE=1 shows its output. */
export async function serve(file: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [TSX_BIN, 'scripts/serve.ts'], {
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl(file),
      PORT: String(port),
      HOST: '127.0.0.1',
    },
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

/** A cookie by the session's name that names no session: the page is rendered (as for a visitor), never taken from the page cache. */
export const RENDERED = { cookie: 'msd_session=bench-no-session' };

/**
 * A session cookie for each active unit account of the database in `file` (or at a postgresql:// URL), made as sign-in makes
 * them — in a child process, whose environment names that database (a benchmark has read its own
 * environment already).
 */
export function unitSessions(file: string): { username: string; unitId: number; cookie: string }[] {
  return sessionsOf(file, 'UNIT');
}

/** A session cookie for each active account of `role` (UNIT: those with a unit), as unitSessions makes them. */
export function sessionsOf(file: string, role: 'UNIT' | 'SUPERVISOR' | 'LEADER'): { username: string; unitId: number; cookie: string }[] {
  const where = role === 'UNIT' ? `{ role: 'UNIT', active: true, unitId: { not: null } }` : `{ role: '${role}', active: true }`;
  const code = `const { createSessionToken, SESSION_COOKIE } = await import('./lib/auth/session.ts');
const { prisma } = await import('./lib/prisma.ts');
const users = await prisma.user.findMany({ where: ${where}, select: { id: true, version: true, unitId: true, username: true } });
const out = [];
for (const u of users) out.push({ username: u.username, unitId: u.unitId, cookie: SESSION_COOKIE + '=' + (await createSessionToken(u.id, u.version)) });
console.log(JSON.stringify(out));
process.exit(0);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './scripts/server-only-off.mjs', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl(file) },
  });
  if (r.status !== 0) throw new Error(`${role} sessions: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { username: string; unitId: number; cookie: string }[];
}
