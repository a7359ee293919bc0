// The air-gapped install: `npm run bundle` writes one archive; unpacked into an empty folder on a
// machine whose npm registry is unreachable, `npm start` migrates, seeds and serves the overview,
// and the office signs in and imports a plan table — read and written by the two worker threads that
// load the app's TypeScript from the unpacked source tree.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formFields } from '@/scripts/bench-server';

describe('npm run bundle', () => {
  it('unpacks and starts with no network: GET / returns the seeded overview; the office imports a plan table (both worker threads run from the bundle)', async () => {
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
      await officeImports(`http://127.0.0.1:${port}`, log);
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      rmSync(out, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }, 480_000);
});

/** As a browser without JavaScript: the office signs in, then imports a 5-task table for 2031 (preview, confirm) and finds the year on /plan; then previews a Word document's table. */
async function officeImports(base: string, log: string) {
  const browser = { origin: base, 'sec-fetch-site': 'same-origin' };
  const fields = formFields(await (await fetch(`${base}/login`)).text(), 'username');
  const signIn = new FormData();
  for (const [k, v] of fields) signIn.append(k, k === 'username' ? 'duchashi' : k === 'password' ? 'demo-duchashi' : v);
  const signedIn = await fetch(`${base}/login`, { method: 'POST', body: signIn, redirect: 'manual', headers: browser });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(cookie, log).toContain('msd_session=');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一览表');
  ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
  for (let i = 1; i <= 5; i++) ws.addRow([i, i === 1 ? '一、离线导入项目' : null, `${i}.离线任务${i}`, '区民政局', '2031年12月']);
  ws.mergeCells(2, 2, 6, 2);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const upload = async (step: string, file: Buffer = bytes, year = '2031', name = file === bytes ? 'plan.xlsx' : 'plan.docx') => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({
      year,
      title: `${year}年民生实事`,
      defaultCategory: 'SERVICE',
      step,
      sha256: createHash('sha256').update(file).digest('hex'),
    }))
      fd.set(k, v);
    fd.set('file', new File([new Uint8Array(file)], name));
    const body = new Response(fd);
    const res = await fetch(`${base}/plan/import/upload`, {
      method: 'POST',
      body: await body.arrayBuffer(), // sent with its length, as a browser sends a form
      headers: { ...browser, cookie, 'content-type': body.headers.get('content-type')! },
    });
    return (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { answer?: { status: string; preview?: { counts: { tasks: number } } } });
  };
  const preview = await upload('preview');
  expect(preview.at(-1)!.answer, log).toMatchObject({ status: 'idle', preview: { counts: { tasks: 5 } } });
  const confirmed = await upload('confirm');
  expect(confirmed.at(-1)!.answer, log).toMatchObject({ status: 'ok', year: 2031 });
  expect(await (await fetch(`${base}/plan/2031`, { headers: { cookie } })).text()).toContain('离线任务5');
  // A plan table in a Word document: its reader (mammoth) runs from the bundle too.
  const word = readFileSync(path.join(process.cwd(), 'tests/fixtures/import/docx/notice.docx'));
  const fromWord = await upload('preview', word, '2040');
  expect(fromWord.at(-1)!.answer, log).toMatchObject({ status: 'idle', preview: { counts: { tasks: 3 } } });
  // And one published as PDF: its reader (pdf.js, with the worker it starts) runs from the bundle too.
  const pdf = readFileSync(path.join(process.cwd(), 'tests/fixtures/import/pdf/notice.pdf'));
  const fromPdf = await upload('preview', pdf, '2042', 'plan.pdf');
  expect(fromPdf.at(-1)!.answer, log).toMatchObject({ status: 'idle', preview: { counts: { tasks: 3 } } });
}
