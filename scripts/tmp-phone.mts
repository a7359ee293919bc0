import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chineseFontEnv, resolveChromium } from '../tests/helpers/browser';
const base = process.env.BASE ?? 'http://127.0.0.1:3300';
const c = await resolveChromium();
const browser = await chromium.launch({ executablePath: c.path, args: CHROMIUM_ARGS, env: chineseFontEnv() });
const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
const p = await ctx.newPage();
const who = process.env.WHO;
if (who) {
  const [u, pw] = who.split(':');
  await p.goto(base + '/login');
  await p.getByLabel('用户名').fill(u!);
  await p.getByLabel('密码').fill(pw!);
  await p.getByRole('button', { name: '登录' }).click();
  await p.waitForURL((x) => !x.pathname.startsWith('/login'));
}
for (const path of process.argv.slice(2)) {
  await p.goto(base + path);
  const name = path.replace(/[^a-z0-9]+/gi, '_');
  const [w, h] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
  console.log(path, w, h);
  for (let y = 0, i = 0; y < h; y += 1300, i++) await p.screenshot({ path: `/tmp/s28/ph${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1300, h - y) } });
}
await browser.close();
