// What the HTTP benchmarks share: the production server on a scratch database, and percentiles.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { TSX_BIN } from './build-if-needed';

/** A database URL for a SQLite file path, or the PostgreSQL URL as given. */
export const databaseUrl = (fileOrUrl: string): string => (/^postgres(ql)?:\/\//.test(fileOrUrl) ? fileOrUrl : `file:${fileOrUrl}`);

/**
 * Starts a server on `port` and resolves once it answers `/`. Refuses first if another process
 * already listens there: the bench would measure that one instead (a floor left running by hand once
 * answered in its place); fails if the server exits before it answers (its port taken meanwhile, a
 * build missing) instead of waiting out the clock.
 */
export async function started(port: number, what: string, start: () => ChildProcess): Promise<ChildProcess> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`${what}: port ${port} is already in use — stop what listens there, or the bench measures it`) : e),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
  const child = start();
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = signal ?? String(code)));
  for (let i = 0; i < 150; i++) {
    if (exit !== null) throw new Error(`${what} exited (${exit}) before it answered on port ${port}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${what} did not answer on port ${port}`);
}

/** The production server (scripts/serve.ts) on `file` (or a postgresql:// URL), answered once `/` is served; BENCH_VERBOSE=1 shows its output. */
export function serve(file: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  return started(port, 'the app server', () =>
    spawn(process.execPath, [TSX_BIN, 'scripts/serve.ts'], {
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
    }),
  );
}

/**
 * CPU time (user + system, ms) used so far by process `pid` and its descendants (the server runs
 * under tsx's CLI, which starts it as a child), read from /proc; null where there is none (not Linux).
 * The difference over a burst is the server's CPU per request, steadier than times on a shared machine.
 */
export function processTreeCpuMs(pid: number): number | null {
  let stats: { pid: number; ppid: number; ticks: number }[];
  try {
    stats = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .flatMap((d) => {
        try {
          // Fields after the command name (which may hold spaces): state, ppid, … utime is the 14th field, stime the 15th.
          const rest = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ').pop()!.split(' ');
          return [{ pid: Number(d), ppid: Number(rest[1]), ticks: Number(rest[11]) + Number(rest[12]) }];
        } catch {
          return []; // ended meanwhile
        }
      });
  } catch {
    return null;
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats)
      if (!tree.has(s.pid) && tree.has(s.ppid)) {
        tree.add(s.pid);
        grew = true;
      }
  }
  const ticks = stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0);
  clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  return (ticks * 1000) / clockTicks;
}
/** Clock ticks per second of /proc's times (USER_HZ: 100 on Linux's usual builds). */
let clockTicks: number | undefined;

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

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};

/** The fields a browser would post from the form that has a field named `field` (the update form's `narrative`): inputs, text areas, selected options. */
export function formFields(html: string, field = 'narrative'): [string, string][] {
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with a field ${field} on the page`);
  const fields: [string, string][] = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = attr(tag, 'type') ?? 'text';
    if (!name || type === 'file' || type === 'submit') continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked(=""|\s|\/|>)/.test(tag)) continue;
    fields.push([name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attr(m[1]!, 'name');
    if (name) fields.push([name, decode(m[2]!)]);
  }
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attr(m[1]!, 'name');
    const selected = /<option\b[^>]*\sselected[^>]*>/.exec(m[2]!)?.[0] ?? /<option\b[^>]*>/.exec(m[2]!)?.[0];
    if (name && selected) fields.push([name, attr(selected, 'value') ?? '']);
  }
  return fields;
}
