import { chromium } from 'playwright-core';
import { resolveChromium, CHROMIUM_ARGS, chineseFontEnv } from '../tests/helpers/browser.ts';
const BASE = process.env.BASE ?? 'http://127.0.0.1:3300';
const { path } = await resolveChromium();
const b = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, env: { ...process.env, ...chineseFontEnv() } });
const [who, pw, width, ...pages] = process.argv.slice(2);
const ctx = await b.newContext({ viewport: { width: Number(width), height: 800 }, deviceScaleFactor: 1 });
const page = await ctx.newPage();
if (who !== '-') {
  await page.goto(BASE + '/login');
  await page.getByLabel('用户名').fill(who!);
  await page.getByLabel('密码').fill(pw!);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
for (const p of pages) {
  await page.goto(BASE + p);
  await page.waitForLoadState('networkidle');
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const name = p.replace(/[^a-z0-9]+/gi, '_');
  for (let y = 0, i = 0; y < Math.min(h, 4800); y += 1200, i++)
    await page.screenshot({ path: `/tmp/shots/${who}${name}_${i}.png`, clip: { x: 0, y, width: Number(width), height: Math.min(1200, h - y) }, fullPage: true });
  console.log(p, h);
}
await b.close();
