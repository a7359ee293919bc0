// The import page's upload route (app/plan/import/upload): same-origin only, a body over the cap
// refused unread, the same checks as the import actions (caller, file), and a confirmation that
// streams the tasks written — n of N, rising to N — before its answer. Real requests, real database.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));

let prisma: typeof import('@/lib/prisma').prisma;
let POST: (r: Request) => Promise<Response>;
let office: Actor;
let unit: Actor;
const HOST = 'ms.example.test';

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  ({ POST } = await import('@/app/plan/import/upload/route'));
  const select = { id: true, role: true, unitId: true, displayName: true, username: true } as const;
  office = await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' }, select });
  unit = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj' }, select });
});

/** A 60-task plan in the appendix layout. */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一览表');
  ws.addRow(['序号', '项目名称', '项目内容', '责任单位', '完成时限']);
  for (let i = 1; i <= 60; i++)
    ws.addRow([i, i % 6 === 1 ? `${'一二三四五六七八九十'[Math.floor(i / 6)]}、项目${Math.floor(i / 6) + 1}` : null, `${i}.任务${i}`, '区民政局', '2045.12']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function request(fields: Record<string, string>, bytes: Buffer | null, headers: Record<string, string> = {}): Promise<Request> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (bytes) fd.set('file', new File([new Uint8Array(bytes)], 'plan.xlsx'));
  // Serialised as a browser would send it, with its length.
  const body = new Response(fd);
  const buf = await body.arrayBuffer();
  return new Request(`http://${HOST}/plan/import/upload`, {
    method: 'POST',
    body: buf,
    headers: {
      'content-type': body.headers.get('content-type')!,
      'content-length': String(buf.byteLength),
      host: HOST,
      origin: `http://${HOST}`,
      'sec-fetch-site': 'same-origin',
      ...headers,
    },
  });
}
const fields = (bytes: Buffer, o: Record<string, string> = {}) => ({
  year: '2045',
  title: '2045年民生实事',
  defaultCategory: 'SERVICE',
  sha256: createHash('sha256').update(bytes).digest('hex'),
  ...o,
});
const lines = async (r: Response) =>
  (await r.text())
    .trim()
    .split('\n')
    .map(
      (l) =>
        JSON.parse(l) as {
          progress?: { written: number; total: number };
          answer?: { status: string; message?: string; errors?: Record<string, string[]>; preview?: { counts: { tasks: number } } };
        },
    );
const years = () => prisma.planYear.count();

describe('the upload route', () => {
  it('refuses a post from another site, or with no Origin, before reading it; nothing written', async () => {
    session.actor = office;
    const bytes = await workbook();
    const before = await years();
    const refused: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: `http://${HOST}`, 'sec-fetch-site': 'same-site' },
      { origin: '' },
    ];
    for (const h of refused) {
      const r = await POST(await request({ ...fields(bytes), step: 'confirm' }, bytes, h));
      expect(r.status).toBe(403);
      expect((await r.json()).answer).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
    }
    expect(await years()).toBe(before);
  });

  it('anyone but the office is refused before the workbook is read (a visitor 401, a unit or a leader 403); nothing written', async () => {
    const bytes = await workbook();
    const before = await years();
    const leader = await prisma.user.findUniqueOrThrow({
      where: { username: 'lingdao' },
      select: { id: true, role: true, unitId: true, displayName: true, username: true },
    });
    for (const [as, status, message] of [
      [null, 401, '登录已失效，本页填写的内容仍在。请在新窗口登录，再回到本页提交。'],
      [unit, 403, '您没有权限进行此操作。'],
      [leader, 403, '您没有权限进行此操作。'],
    ] as const) {
      session.actor = as;
      const req = await request({ ...fields(bytes), step: 'confirm' }, bytes);
      const r = await POST(req);
      expect([r.status, (await r.json()).answer.message]).toEqual([status, message]);
      expect(req.bodyUsed).toBe(false);
    }
    expect(await years()).toBe(before);
  });

  it('a body over the cap is refused unread with the size message beside the file field', async () => {
    session.actor = office;
    const big = Buffer.alloc(6 * 1024 * 1024, 1);
    const r = await POST(await request(fields(big), big));
    expect(r.status).toBe(413);
    expect((await r.json()).answer).toMatchObject({ errors: { file: ['文件超过5MB，请删除无关工作表或图片后重试。'] } });
  });

  it('preview: the same answer the action gives, for the office only', async () => {
    const bytes = await workbook();
    session.actor = office;
    const r = await POST(await request({ ...fields(bytes), step: 'preview' }, bytes));
    expect(r.headers.get('cache-control')).toBe('no-store');
    const [only] = await lines(r);
    expect(only!.answer).toMatchObject({ status: 'idle', preview: { counts: { tasks: 60 } } });
    session.actor = unit;
    expect((await lines(await POST(await request({ ...fields(bytes), step: 'preview' }, bytes))))[0]!.answer).toMatchObject({
      status: 'error',
      message: '您没有权限进行此操作。',
    });
    session.actor = null;
    expect((await lines(await POST(await request({ ...fields(bytes), step: 'preview' }, bytes))))[0]!.answer).toMatchObject({
      status: 'error',
      message: '登录已失效，本页填写的内容仍在。请在新窗口登录，再回到本页提交。',
    });
  });

  it('confirm as a unit, or with a file other than the one previewed: refused, nothing written', async () => {
    const bytes = await workbook();
    const before = await years();
    session.actor = unit;
    expect((await lines(await POST(await request({ ...fields(bytes), step: 'confirm' }, bytes))))[0]!.answer).toMatchObject({
      status: 'error',
      message: '您没有权限进行此操作。',
    });
    session.actor = office;
    expect((await lines(await POST(await request({ ...fields(bytes, { sha256: '0'.repeat(64) }), step: 'confirm' }, bytes))))[0]!.answer).toMatchObject({
      status: 'error',
      message: expect.stringContaining('不一致'),
    });
    expect(await years()).toBe(before);
  });

  it('confirm streams the tasks written, rising to all 60, then the answer; the year is written once', async () => {
    session.actor = office;
    const bytes = await workbook();
    const r = await POST(await request({ ...fields(bytes), step: 'confirm' }, bytes));
    expect(r.headers.get('content-type')).toContain('application/x-ndjson');
    const got = await lines(r);
    const progress = got.filter((l) => l.progress).map((l) => l.progress!);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p) => p.total === 60)).toBe(true);
    expect(progress.map((p) => p.written)).toEqual([...progress.map((p) => p.written)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ written: 60, total: 60 });
    expect(got.at(-1)!.answer).toEqual({ status: 'ok', year: 2045, message: '已导入2045年度计划（草稿），共60项任务。' });
    expect(await prisma.task.count({ where: { planYear: { year: 2045 } } })).toBe(60);
    expect(await prisma.auditEvent.count({ where: { action: 'plan.imported' } })).toBe(1);
  });

  it('the server keeps answering while the import writes: a read on the app connection is served mid-import and sees nothing of it until it commits', async () => {
    session.actor = office;
    const bytes = await workbook();
    const body = await request({ ...fields(bytes, { year: '2046', title: '2046年民生实事', shiftDates: 'on' }), step: 'confirm' }, bytes);
    const before = await years();
    const r = await POST(body);
    // Read the stream up to the first progress line: the import is writing now.
    const reader = r.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('"progress"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text, text).toContain('"progress"');
    expect(text).not.toContain('"answer"');
    // A read on the app's own connection is answered now, mid-import, and sees nothing of it yet.
    expect(await years()).toBe(before);
    expect(text).not.toContain('"answer"');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    const last = JSON.parse(text.trim().split('\n').at(-1)!) as { answer: { status: string; year: number } };
    expect(last.answer).toMatchObject({ status: 'ok', year: 2046 });
    expect(await years()).toBe(before + 1);
  });
});
