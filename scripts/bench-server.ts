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
