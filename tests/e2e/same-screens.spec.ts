// An office moves to PostgreSQL: its SQLite data — the seed plus what a week of work wrote through
// the app (a unit's report approved, another returned, a 督办件 issued to two units) — is copied
// with `npm run db:copy`, and the app on PostgreSQL then shows exactly the same screens as on
// SQLite: the HTML of every main screen, visitor's and office's, and the CSV export, byte for byte
// once the per-response nonce is taken out. Two production servers, one per database.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signIn, startServer } from './servers';
import { startPostgres, type TestPostgres } from '../helpers/postgres';

test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 40;
const SQLITE = `http://127.0.0.1:${BASE_PORT}`;
const POSTGRES = `http://127.0.0.1:${BASE_PORT + 1}`;
let pg: TestPostgres;
const servers: ChildProcess[] = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'msdb-same-'));
const env = {
  ...process.env,
  APP_MODE: 'demo',
  SESSION_SECRET: 'same-screens-on-both-databases-session-key',
  FILES_DIR: path.join(dir, 'files'),
  APP_TODAY: '2023-10-08',
};
const sqliteUrl = `file:${path.join(dir, 'office.db')}`;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pg = await startPostgres();
  const prepared = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-db.ts'], {
    encoding: 'utf8',
    env: { ...env, DATABASE_URL: sqliteUrl },
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  servers.push(await startServer(BASE_PORT, { ...env, DATABASE_URL: sqliteUrl }));
});

test.afterAll(async () => {
  for (const s of servers) s.kill();
  await pg?.stop();
});

test('a week of work on SQLite: a report approved, another returned, a 督办件 to two units', async ({ browser }) => {
  const submit = async (username: string, task: number, narrative: string, fill: (p: Page) => Promise<void>) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, SQLITE, username, `/tasks/${task}/update`);
    await page.getByLabel('截至日期').fill('2023-09-30');
    await page.getByLabel('进展情况').fill(narrative);
    await fill(page);
    await page.getByRole('button', { name: '提交审核' }).click();
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: '进展已提交' })).toBeVisible();
    await context.close();
  };
  await submit('mzj', 16, '已完成240户智能居家监测预警设备安装。', (p) => p.getByLabel(/安装智能居家监测预警设备/).fill('240'));
  await submit('cgj', 3, '社区公园完成方案设计，正在办理用地手续。', async () => {});

  const context = await browser.newContext();
  const sup = await context.newPage();
  await signIn(sup, SQLITE, 'duchashi', '/review');
  const approve = sup.locator('[data-testid="review-item"][data-task="16"]');
  await approve.getByLabel('通过').check();
  await approve.getByRole('button', { name: '提交审核意见' }).click();
  await expect(approve).toHaveCount(0);
  const back = sup.locator('[data-testid="review-item"][data-task="3"]');
  await back.getByLabel('退回修改').check();
  await back.getByLabel('意见（退回时必填）').fill('请补充用地手续的办理时限。');
  await back.getByRole('button', { name: '提交审核意见' }).click();
  await expect(back).toHaveCount(0);

  await sup.goto(`${SQLITE}/tasks/1`);
  await sup.getByText('发出督办通知').click();
  await sup.getByLabel('督办事由').fill('东海道、永安路整治进度滞后。');
  await sup.getByLabel('整改要求').fill('10月20日前报送整改计划。');
  await sup.getByLabel('限办日期').fill('2023-10-20');
  await sup.getByRole('button', { name: '发出督办' }).click();
  await expect(sup.getByTestId('notices')).toContainText('东海道、永安路整治进度滞后');
  await context.close();
});

test('db:copy moves it into an empty PostgreSQL database, every table verified', async () => {
  const copied = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/db-copy.ts', '--to', pg.url()], {
    encoding: 'utf8',
    env: { ...env, DATABASE_URL: sqliteUrl },
  });
  expect(copied.status, copied.stderr).toBe(0);
  expect(copied.stdout).toMatch(/equal/);
  servers.push(await startServer(BASE_PORT + 1, { ...env, DATABASE_URL: pg.url() }));
  expect(await (await fetch(`${POSTGRES}/healthz`)).json()).toMatchObject({ ok: true, kind: 'postgresql' });
});

/**
 * A screen as the browser shows it once loaded: the main content's HTML. (The HTML as sent is not
 * compared: it also carries the page's RSC payload, whose rows come in the order their data
 * arrived — timing, not data.)
 */
async function screen(page: Page, base: string, p: string, status = 200): Promise<string> {
  const res = await page.goto(`${base}${p}`);
  expect(res?.status(), `${base}${p}`).toBe(status);
  // The 驾驶舱's line chart loads after the first paint: compared once drawn on both.
  await expect(page.locator('main [data-testid="chart-pending"]')).toHaveCount(0);
  if (await page.locator('main .recharts-wrapper').count()) await expect(page.locator('main svg.recharts-surface').first()).toBeVisible();
  // React numbers the hidden fields of a server-action form in the order it renders them
  // ($ACTION_REF_1, $ACTION_1:0 …), and a part waiting for its data may render before or after
  // the rest depending on when the data arrives: the number is not content.
  return (await page.locator('main').evaluate((e) => e.innerHTML)).replace(/\$ACTION_(REF_)?\d+/g, '$ACTION_$1N');
}

const VISITOR_SCREENS = [
  '/',
  '/?year=2023&asOf=2023-06-30',
  '/?status=lagging',
  '/timeline',
  '/leadership',
  '/half-year',
  '/half-year?sort=variance',
  ...Array.from({ length: 19 }, (_, i) => `/tasks/${i + 1}`),
  ...Array.from({ length: 10 }, (_, i) => `/projects/${i + 1}`),
];

test('a visitor sees the same on both, on every main screen, and the same CSV export', async ({ browser, request }) => {
  const [onSqlite, onPostgres] = await Promise.all([browser.newPage(), browser.newPage()]);
  const seen = new Map<string, string>();
  for (const p of VISITOR_SCREENS) {
    const [a, b] = await Promise.all([screen(onSqlite, SQLITE, p), screen(onPostgres, POSTGRES, p)]);
    expect(b, p).toBe(a);
    seen.set(p, a);
  }
  // What the week wrote is on the screens compared: the approved figure, and the report's own one elsewhere.
  expect(seen.get('/tasks/16')).toContain('240户');
  expect(seen.get('/tasks/1')).toContain('东海道、永安路整治工程');
  const csv = async (base: string) => (await request.get(`${base}/export/tasks?year=2023`)).text();
  expect(await csv(POSTGRES)).toBe(await csv(SQLITE));
  expect((await csv(SQLITE)).split('\n').length).toBeGreaterThan(19);
});

test('the office sees the same review queue, notices, audit trail, inbox and task pages on both', async ({ browser }) => {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [onSqlite, onPostgres] = await Promise.all(contexts.map((c) => c.newPage()));
  await signIn(onSqlite!, SQLITE, 'duchashi', '/review');
  await signIn(onPostgres!, POSTGRES, 'duchashi', '/review');
  const seen = new Map<string, string>();
  // Each server records this test's own sign-in, after the copy and at its own minute (the two can
  // straddle one on a busy machine): the audit trail's newest row, checked on each and compared apart.
  const ownSignIn = /(<tbody>)<tr[^>]*data-action="login"[^>]*>.*?<\/tr>/s;
  for (const p of ['/review', '/notices', '/audit', '/tasks/1', '/tasks/3', '/tasks/16', '/inbox', '/reports', '/my']) {
    // The office has no unit: its 我的任务 is the refusal (403), the same on both.
    const status = p === '/my' ? 403 : 200;
    let [a, b] = await Promise.all([screen(onSqlite!, SQLITE, p, status), screen(onPostgres!, POSTGRES, p, status)]);
    if (p === '/audit') {
      for (const html of [a, b]) expect(ownSignIn.exec(html)?.[0], p).toMatch(/登录<\/td>.*用户 区督查室/s);
      [a, b] = [a.replace(ownSignIn, '$1'), b.replace(ownSignIn, '$1')];
    }
    expect(b, p).toBe(a);
    seen.set(p, a);
  }
  expect(seen.get('/notices')).toContain('东海道、永安路整治进度滞后');
  expect(seen.get('/tasks/3')).toContain('请补充用地手续的办理时限');
  for (const c of contexts) await c.close();
});
