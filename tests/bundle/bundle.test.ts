// The air-gapped install: `npm run bundle` writes one archive; unpacked into an empty folder on a
// machine whose npm registry is unreachable, `npm start` migrates, seeds and serves the overview.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm run bundle', () => {
  it('unpacks and starts with no network: GET / returns the seeded overview', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'msd-bundle-out-'));
    const made = spawnSync('npm', ['run', 'bundle', '--', '--out', out], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const [archive] = readdirSync(out).filter((f) => f.endsWith('.tar.gz'));
    expect(archive).toMatch(/^minsheng-dashboard-.*-linux-x64\.tar\.gz$/);

    const target = mkdtempSync(path.join(os.tmpdir(), 'msd-airgap-'));
    expect(spawnSync('tar', ['-xzf', path.join(out, archive!), '-C', target]).status).toBe(0);
    const app = path.join(target, 'minsheng-dashboard');
    // Development tools are left out (optional peers of production packages, such as typescript and
    // @playwright/test for next, stay: npm keeps them).
    for (const dev of ['@sparticuz/chromium', 'vitest', 'eslint', '@axe-core/playwright'])
      expect(existsSync(path.join(app, 'node_modules', dev, 'package.json')), dev).toBe(false);
    // A free port (two test runs may share a machine).
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const server = spawn('npm', ['start'], {
      cwd: app,
      env: {
        NODE_ENV: 'production',
        PATH: process.env.PATH,
        HOME: target,
        npm_config_registry: 'http://127.0.0.1:9',
        npm_config_offline: 'true', // no registry: anything that tried to fetch would fail
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${path.join(target, 'app.db')}`,
        APP_MODE: 'demo',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    server.stdout.on('data', (b: Buffer) => (log += b));
    server.stderr.on('data', (b: Buffer) => (log += b));
    try {
      let body = '';
      for (let i = 0; i < 90 && !body.includes('盐田区2023年十件重点民生实事'); i++) {
        await new Promise((r) => setTimeout(r, 1000));
        body = await fetch(`http://127.0.0.1:${port}/`).then(
          (r) => r.text(),
          () => '',
        );
      }
      expect(body, log).toContain('盐田区2023年十件重点民生实事');
      expect(body).toContain('data-testid="task-row"');
      expect(log).not.toContain('[build]'); // served the bundled build, never rebuilt
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      rmSync(out, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }, 480_000);
});
