// The framework's floor, measured in the same run as the app: a bare Next app of the same versions
// (one dynamic page; one dynamic page with a single recharts BarChart) is written to
// `.bench-floor/`, built and served beside the app's production server on a seeded database. Printed for
// each: first-load JavaScript (the module scripts a page's HTML loads, gzip -9) and throughput (10
// connections for a few seconds) and Lighthouse's mobile score and total blocking time, then the
// app's figures as ratios to the floor, with the goals (/my with a unit's session). Beside each
// dashboard's rendered throughput: the same markup in the bare app (scripts/markup-page.ts) — its
// HTML read back into a static page of the floor app, as server components — the most a page with that
// markup drawn by server components can reach (a list drawn by a client component from its figures sends its
// markup once, and can pass it: docs/performance.md, "Lists sent once").
// Run by `npm run bench`:
//   node --import tsx --import ./scripts/server-only-off.mjs scripts/bench-floor.ts [--quick]
// With `--quick` (`npm run bench -- --quick`, which CI runs) the same run at its smallest — no warm-up to
// speak of, one second a page, one turn, Lighthouse once and on / alone — so no part of it can break
// unnoticed (the full run once stopped at a refused form while --quick skipped it, and nobody saw): its
// first-load JS figures are the full run's (sizes), its times say only that it ran.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formFields, pct, RENDERED, serve, sessionsOf, started, unitSessions } from './bench-server';
import { elementCount, markupOf, markupPageSource, stylesheetsOf } from './markup-page';

const QUICK = process.argv.includes('--quick');
const SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? (QUICK ? 1 : 5));
const CONNECTIONS = 10;
const TURNS = QUICK ? 1 : 3;
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

const FLOOR_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ private: true, type: 'module' }),
  'next.config.js': `export default { turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'esnext'],
      strict: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      allowJs: true,
      incremental: false,
      plugins: [{ name: 'next' }],
    },
    include: ['**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }),
  'app/layout.tsx': `export default function Layout({ children }: { children: React.ReactNode }) {
  return <html lang="zh-CN"><body>{children}</body></html>;
}
`,
  // A dynamic page of about the seed's size: 19 rows rendered per request.
  'app/page.tsx': `import Link from 'next/link';
export const dynamic = 'force-dynamic';
export default async function Page() {
  const now = new Date().toISOString();
  return (
    <main>
      <h1>floor {now}</h1>
      <Link href="/chart">chart</Link>
      <table><tbody>{Array.from({ length: 19 }, (_, i) => <tr key={i}><td>任务{i + 1}</td><td>{(i * 7) % 100}%</td></tr>)}</tbody></table>
    </main>
  );
}
`,
  'app/chart/page.tsx': `import { Bars } from './bars';
export const dynamic = 'force-dynamic';
export default async function Page() {
  const data = Array.from({ length: 19 }, (_, i) => ({ label: '任务' + (i + 1), actual: (i * 7) % 100 }));
  return <main><h1>chart {new Date().toISOString()}</h1><Bars data={data} /></main>;
}
`,
  'app/chart/bars.tsx': `'use client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
export function Bars({ data }: { data: { label: string; actual: number }[] }) {
  return <BarChart width={600} height={300} data={data}><XAxis dataKey="label" /><YAxis /><Bar dataKey="actual" /></BarChart>;
}
`,
};

/**
 * Writes and builds the floor app in `.bench-floor/` (git-ignored) inside this repository, so it
 * resolves this repository's node_modules — the same versions — and Turbopack's root is ours;
 * `extra` adds files (the markup pages).
 */
export function buildFloor(extra: Record<string, string> = {}): string {
  const dir = path.join(process.cwd(), '.bench-floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries({ ...FLOOR_FILES, ...extra })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const r = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`floor build failed: ${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
  return dir;
}

function serveFloor(dir: string, port: number): Promise<ChildProcess> {
  return started(port, 'the floor server', () =>
    spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    }),
  );
}

/** The module scripts a page's HTML loads, summed after gzip -9 (what a first visit downloads as JavaScript). */
export async function firstLoadJs(base: string, page: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(base + page, { headers, redirect: 'manual' });
  // Measured on the page itself: a redirect (to sign-in) or an error page would measure another.
  if (res.status !== 200) throw new Error(`${page}: HTTP ${res.status}`);
  const html = await res.text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of srcs) total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length;
  return total;
}

/** Requests per second with `CONNECTIONS` loops asking one after another for `seconds` (no warm-up). */
async function requestsPerSecond(url: string, headers: Record<string, string>, seconds: number): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.ok) done++;
      }
    }),
  );
  return done / seconds;
}

/**
 * A server's JavaScript warms for many seconds: the bare page, from its start, served 125, 181, 210,
 * 227, 274, 270, 301, 297, 283, 310 req/s in consecutive two-second windows. Asked until two windows
 * in a row are no faster than the fastest before them (at most `maxSeconds`); returns the seconds spent
 * and the rate of the last window.
 */
export async function warmUp(url: string, headers: Record<string, string> = {}, maxSeconds = 40): Promise<{ seconds: number; rps: number }> {
  let seconds = 0;
  let fastest = 0;
  let flat = 0;
  let rps = 0;
  while (seconds < maxSeconds && flat < 2) {
    rps = await requestsPerSecond(url, headers, 2);
    seconds += 2;
    flat = rps <= fastest * 1.03 ? flat + 1 : 0;
    fastest = Math.max(fastest, rps);
  }
  return { seconds, rps };
}

/**
 * Several URLs measured by turns — after a second's warm-up each, `TURNS` rounds of `SECONDS / TURNS`
 * seconds for each in order — so a ratio between two of them comes from the same minute of the machine
 * (the warm bare page itself moved between 205 and 332 req/s within one run, and a page's verdict
 * would have moved with it). Returns each URL's requests per second over its turns.
 */
export async function throughputByTurns(targets: { url: string; headers?: Record<string, string> }[]): Promise<number[]> {
  for (const t of targets) await requestsPerSecond(t.url, t.headers ?? {}, 1);
  const sums = targets.map(() => 0);
  for (let round = 0; round < TURNS; round++) {
    for (const [i, t] of targets.entries()) sums[i]! += await requestsPerSecond(t.url, t.headers ?? {}, SECONDS / TURNS);
  }
  return sums.map((s) => s / TURNS);
}

/**
 * Lighthouse's mobile run (its defaults: a mid-range phone, slow 4G, CPU slowed 4×) of one page, on
 * the Chromium the e2e suite uses (installed from npm on a machine without one): the performance
 * score (0–100) and the total blocking time. Chromium is started by Playwright with a debugging
 * port for Lighthouse to drive.
 */
export async function lighthouseMobile(url: string, headers: Record<string, string> = {}): Promise<{ score: number; tbt: number }> {
  const [{ default: lighthouse }, { chromium }, { CHROMIUM_ARGS, chineseFontEnv, resolveChromium }] = await Promise.all([
    import('lighthouse'),
    import('@playwright/test'),
    import('@/tests/helpers/browser'),
  ]);
  const port = 9300 + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({
    executablePath: (await resolveChromium()).path,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    env: chineseFontEnv(), // the pages laid out with a Chinese font, as on an office's computer (the floor's too)
  });
  try {
    const run = await lighthouse(url, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error', extraHeaders: headers });
    const lhr = run?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    return { score: Math.round((lhr.categories.performance?.score ?? 0) * 100), tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0) };
  } finally {
    await browser.close();
  }
}

const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? (QUICK ? 1 : 3));

const median = (runs: { score: number; tbt: number }[]) => ({
  score: pct(
    runs.map((r) => r.score),
    50,
  ),
  tbt: pct(
    runs.map((r) => r.tbt),
    50,
  ),
});

/**
 * A page, its floor and its markup in the bare app, run by turns (floor, page, markup, floor, …)
 * LH_RUNS times each: the medians come from the same minutes, so a busier stretch of the machine
 * weighs on all three alike.
 */
async function lighthousePaired(floorUrl: string, url: string, markupUrl: string, headers: Record<string, string> = {}) {
  const floor: { score: number; tbt: number }[] = [];
  const page: { score: number; tbt: number }[] = [];
  const markup: { score: number; tbt: number }[] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    floor.push(await lighthouseMobile(floorUrl));
    page.push(await lighthouseMobile(url, headers));
    markup.push(await lighthouseMobile(markupUrl));
  }
  return { floor: median(floor), page: median(page), markup: median(markup) };
}

/**
 * The dashboards measured in full (first-load JS, throughput, Lighthouse), each against its floor:
 * /half-year draws its chart in HTML (no chart library) but is held to the chart floor, as a page
 * with a chart; /my is a unit's, always rendered, measured with the unit's session.
 */
export const DASHBOARDS: { path: string; chart: boolean; rpsGoal: number; who?: 'unit' }[] = [
  { path: '/', chart: false, rpsGoal: 0.5 },
  { path: '/timeline', chart: false, rpsGoal: 0.4 },
  { path: '/tasks/1', chart: false, rpsGoal: 0.4 },
  { path: '/leadership', chart: true, rpsGoal: 0.4 },
  { path: '/half-year', chart: true, rpsGoal: 0.4 },
  { path: '/my', chart: false, rpsGoal: 0.4, who: 'unit' },
];

/** Every other route, as the role that opens it (the goal is for every route): first-load JS only. */
export const OTHER_ROUTES: { path: string; who: 'visitor' | 'unit' | 'office' | 'leader' }[] = [
  { path: '/login', who: 'visitor' },
  { path: '/projects/1', who: 'visitor' },
  { path: '/tasks/16/update', who: 'unit' }, // one of 区民政局's own tasks (another unit's form is refused: 403)
  { path: '/inbox', who: 'unit' },
  { path: '/account/password', who: 'unit' },
  { path: '/signed-in', who: 'unit' },
  { path: '/tasks/1', who: 'office' },
  { path: '/review', who: 'office' },
  { path: '/notices', who: 'office' },
  { path: '/audit', who: 'office' },
  { path: '/reports', who: 'office' },
  { path: '/plan', who: 'office' },
  { path: '/plan/2023', who: 'office' },
  { path: '/plan/2023/tasks/1', who: 'office' },
  { path: '/plan/import', who: 'office' },
  { path: '/reports/1', who: 'office' }, // published by the office before it is measured (publishReport below)
  { path: '/accounts', who: 'office' },
  { path: '/leadership', who: 'leader' },
];

/** The screens (every page.tsx under app/) not measured, each with why; scripts/bench-floor.test.ts keeps the lists whole. */
export const NOT_MEASURED: Record<string, string> = {};

/** The goal for every route's first-load JavaScript: at most this many times its floor's. */
export const JS_GOAL = 1.05;

/**
 * The routes whose first-load JavaScript is over the goal, as the error that ends the run — or null. Bytes are
 * not timings: the same build weighs the same on a busy machine, so this fails the run (and `npm test`, which
 * runs `--quick`), where every timed figure only prints.
 */
export function jsOverGoal(measured: { path: string; bytes: number; floor: number }[]): string | null {
  const over = measured.filter((m) => m.bytes > m.floor * JS_GOAL);
  return over.length === 0
    ? null
    : `first-load JavaScript over ${JS_GOAL}× its floor: ${over.map((m) => `${m.path} ${m.bytes} B (${(m.bytes / m.floor).toFixed(4)}×, goal ≤ ${Math.floor(m.floor * JS_GOAL)} B)`).join('; ')}`;
}

/**
 * Publishes the report of the seed's half-year as the office does — its publish form on /reports,
 * posted with its own fields as a browser without JavaScript posts it — so /reports/1 exists to be
 * measured (the bench database starts with no published report).
 */
async function publishReport(base: string, office: { cookie: string }): Promise<void> {
  const page = await fetch(`${base}/reports`, { headers: office });
  if (!page.ok) throw new Error(`/reports: HTTP ${page.status}`);
  const body = new FormData();
  for (const [k, v] of formFields(await page.text(), 'addressee')) body.append(k, v);
  const res = await fetch(`${base}/reports`, { method: 'POST', body, headers: { ...office, origin: base }, redirect: 'manual' });
  const location = res.headers.get('location');
  if (location !== '/reports/1') throw new Error(`publishing the report: HTTP ${res.status}, location ${location}`);
}

/** The floor app's copy of each dashboard's markup, as rendered per request: `app/markup/<i>/page.js` → `/markup/<i>`. */
async function markupPages(
  base: string,
  pages: { path: string; headers?: Record<string, string> }[],
): Promise<{ files: Record<string, string>; elements: number[] }> {
  const files: Record<string, string> = {};
  const elements: number[] = [];
  for (const [i, p] of pages.entries()) {
    const res = await fetch(base + p.path, { headers: p.headers ?? RENDERED });
    if (!res.ok) throw new Error(`${p.path}: HTTP ${res.status}`);
    const html = await res.text();
    const nodes = markupOf(html);
    // The app's stylesheets, copied into the floor's public folder: in a browser the markup is laid out as on the app's page.
    const sheets: string[] = [];
    for (const href of stylesheetsOf(html)) {
      const name = `/app-css/${path.basename(new URL(href, base).pathname)}`;
      sheets.push(name);
      if (files[`public${name}`] !== undefined) continue; // the pages share one stylesheet: fetched once
      const css = await fetch(new URL(href, base));
      if (!css.ok) throw new Error(`${href}: HTTP ${css.status}`);
      files[`public${name}`] = await css.text();
    }
    files[`app/markup/${i}/page.js`] = markupPageSource(nodes, sheets);
    elements.push(elementCount(nodes));
  }
  return { files, elements };
}

async function main() {
  const { createSeededDatabase } = await import('@/seeds/seed');
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'msdb-bench-floor-')), 'bench.db');
  await createSeededDatabase(file, { demoUsers: true });
  const unit = { cookie: unitSessions(file).find((u) => u.username === 'mzj')!.cookie }; // /my as 区民政局
  const app = await serve(file, 3241);
  const A = 'http://127.0.0.1:3241';
  const pages = DASHBOARDS.map((p) => ({ ...p, headers: p.who === 'unit' ? unit : undefined }));
  let floor: ChildProcess | undefined;
  try {
    const markup = await markupPages(A, pages);
    const floorDir = buildFloor(markup.files);
    floor = await serveFloor(floorDir, 3240);
    const F = 'http://127.0.0.1:3240';
    const plainJs = await firstLoadJs(F, '/');
    const chartJs = await firstLoadJs(F, '/chart');
    // Both servers warmed first: measured cold, the bare page ran at two thirds of its speed and flattered every ratio.
    const floorWarm = await warmUp(`${F}/`, {}, QUICK ? 2 : 40);
    const appWarm = await warmUp(`${A}/`, RENDERED, QUICK ? 2 : 40);
    const plainRps = floorWarm.rps;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const ratio = (r: number, goal: number) => `${(r * 100).toFixed(0)} % ${r >= goal ? 'met' : 'NOT met'}`;
    console.log(
      `floor (bare Next, same versions): first-load JS / ${kb(plainJs)}, /chart ${kb(chartJs)}; throughput / ${plainRps.toFixed(0)} req/s (${CONNECTIONS} connections), warmed ${floorWarm.seconds} s; the app's / warmed ${appWarm.seconds} s`,
    );
    console.log("Throughput: a visitor's page (from the page cache once kept) and the page rendered per request (a session cookie that names no session);");
    console.log(
      'then the same markup in the bare app, as server components (its elements; the most a page with this markup so drawn can reach — lists drawn by client components can pass it);',
    );
    console.log(
      `last, the bare page itself: each page's figures were taken by turns with it (${TURNS} rounds), each % is to the bare page of the same minute.`,
    );
    console.log(
      `page           first-load JS (ratio to its floor; goal ≤ ${JS_GOAL})   visitor: req/s, % of the bare page (goal)    rendered: req/s, %        same markup: req/s, %             bare page`,
    );
    const jsMeasured: { path: string; bytes: number; floor: number }[] = [];
    for (const [i, p] of pages.entries()) {
      const js = await firstLoadJs(A, p.path, p.headers);
      const jsRatio = js / (p.chart ? chartJs : plainJs);
      jsMeasured.push({ path: p.path, bytes: js, floor: p.chart ? chartJs : plainJs });
      // /my is a unit's: always rendered, measured with the unit's session.
      // By turns with the bare page: each ratio below is to the bare page of the same minute.
      const [bare, rendered, same, visitor] = await throughputByTurns([
        { url: `${F}/` },
        { url: A + p.path, headers: p.headers ?? RENDERED },
        { url: `${F}/markup/${i}` },
        ...(p.headers ? [] : [{ url: A + p.path }]),
      ]);
      const bareRps = bare!;
      console.log(
        `${p.path.padEnd(14)} ${kb(js).padStart(9)}  ${jsRatio.toFixed(2)}× ${jsRatio <= JS_GOAL ? 'met' : 'NOT met'}`.padEnd(66) +
          (visitor === undefined
            ? '(signed in: not cached)'.padEnd(44)
            : `${visitor.toFixed(0).padStart(5)} req/s  ${ratio(visitor / bareRps, p.rpsGoal)} (≥ ${p.rpsGoal * 100} %)`.padEnd(44)) +
          `${rendered!.toFixed(0).padStart(5)} req/s  ${ratio(rendered! / bareRps, p.rpsGoal)}`.padEnd(26) +
          `${same!.toFixed(0).padStart(5)} req/s  ${((same! / bareRps) * 100).toFixed(0)} % (${markup.elements[i]} elements)`.padEnd(34) +
          `${bareRps.toFixed(0).padStart(5)} req/s`,
      );
    }
    const office = { cookie: sessionsOf(file, 'SUPERVISOR')[0]!.cookie };
    const leader = { cookie: sessionsOf(file, 'LEADER')[0]!.cookie };
    const headersOf = { visitor: {}, unit, office, leader };
    await publishReport(A, office);
    const routes = OTHER_ROUTES.map((r) => ({ ...r, headers: headersOf[r.who] }));
    console.log(`\nFirst-load JS of every other route, as the role that opens it (goal ≤ ${JS_GOAL}× the plain floor; /leadership the chart floor):`);
    let worst = 0;
    for (const r of routes) {
      const js = await firstLoadJs(A, r.path, r.headers);
      const floorJs = r.path === '/leadership' ? chartJs : plainJs;
      worst = Math.max(worst, js / floorJs);
      jsMeasured.push({ path: r.path, bytes: js, floor: floorJs });
      console.log(
        `${r.path.padEnd(20)} ${r.who.padEnd(8)} ${kb(js).padStart(9)}  ${(js / floorJs).toFixed(3)}× ${js / floorJs <= JS_GOAL ? 'met' : 'NOT met'}`,
      );
    }
    console.log(`  every route: the largest ${worst.toFixed(3)}× its floor — ${worst <= JS_GOAL ? 'met' : 'NOT met'}`);
    // Lighthouse mobile: the median of LH_RUNS runs per page, each page by turns with its floor (one
    // run's score moves by about ten points from run to run, and the machine's load from minute to
    // minute: a floor measured once, before every page, judged the later pages on another machine).
    console.log(`\nLighthouse mobile (npm-installed Chromium), median of ${LH_RUNS} runs per page, each page by turns with its floor (/ or /chart):`);
    // A floor's TBT near 0 would make any ratio meaningless: the goal is 1.2× the floor's, at least 1.2 × 50 ms.
    // Last in each turn, the page's markup with its stylesheet in the bare app (as for throughput): what
    // laying out and hydrating that markup costs the phone without the app's own scripts.
    console.log('Last, the same markup (with its stylesheet) as a page of the bare app, by turns too.');
    console.log('page           score (goal ≥ floor − 3)      total blocking time (goal ≤ 1.2× the floor’s)        same markup: score, TBT');
    for (const [i, p] of (QUICK ? pages.slice(0, 1) : pages).entries()) {
      const { floor: f, page: lh, markup: m } = await lighthousePaired(`${F}/${p.chart ? 'chart' : ''}`, A + p.path, `${F}/markup/${i}`, p.headers);
      const tbtRatio = lh.tbt / Math.max(f.tbt, 1);
      console.log(
        `${p.path.padEnd(14)} ${String(lh.score).padStart(3)} (floor ${f.score}) ${lh.score >= f.score - 3 ? 'met' : 'NOT met'}`.padEnd(44) +
          `${String(lh.tbt).padStart(5)} ms  ${tbtRatio.toFixed(2)}× (floor ${f.tbt} ms) ${lh.tbt <= Math.max(f.tbt, 50) * 1.2 ? 'met' : 'NOT met'}`.padEnd(
            53,
          ) +
          `${String(m.score).padStart(3)}  ${String(m.tbt).padStart(5)} ms`,
      );
    }
    const over = jsOverGoal(jsMeasured);
    if (over) throw new Error(over);
  } finally {
    floor?.kill();
    app.kill();
  }
}

if (process.argv[1]?.endsWith('bench-floor.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
