// App servers of their own for the e2e specs that need more than the configured ones (two servers
// on one PostgreSQL, a server per database, a generated large year): the production server
// (scripts/serve.ts) on 127.0.0.1, answered once /healthz is; and signing in there as a demo account.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';

export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/serve.ts'], {
    stdio: 'ignore',
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOST: '127.0.0.1' },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`server on ${port} did not start`);
}

/** Signs in on the server at `base` as a demo account (password demo-<username>), landing on `next`. */
export async function signIn(page: Page, base: string, username: string, next: string) {
  await page.goto(`${base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(`demo-${username}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === next.split('?')[0]);
}
