// Reminders reach people: the day's reminders queued once (a second run queues nothing), and the
// outbox delivering to a real local HTTP receiver that is down for the first attempts, then up —
// every reminder arrives exactly once.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';

import type { Actor } from '@/lib/auth/policy';

// 发送测试消息 is the office's action: its session, posted as React posts a form when JavaScript runs.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

// The receiver runs on this machine: its host is the operator's allowed relay (WEBHOOK_ALLOW_HOSTS).
const file = tempDatabaseEnv({ APP_TODAY: '2023-09-01', WEBHOOK_ALLOW_HOSTS: '127.0.0.1' });
let prisma: typeof import('@/lib/prisma').prisma;

/** A group-robot stand-in: refuses (503) while `down`, else records each message and answers errcode 0. */
const receiver = { down: true, hits: 0, received: [] as { path: string; body: { msgtype: string; text: { content: string } } }[] };
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    receiver.hits++;
    // A robot that refuses in its answer (wrong key, keyword missing): HTTP 200 with an errcode.
    if (req.url?.startsWith('/errcode')) {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":310000,"errmsg":"keywords not in content <script>"}');
      return;
    }
    // A 钉钉 robot set to 加签 and the 自定义关键词 盐田督办, as 钉钉 checks them.
    if (req.url?.startsWith('/dingtalk-secure')) {
      const q = new URL(req.url, 'http://robot').searchParams;
      const ts = q.get('timestamp') ?? '';
      const expected = createHmac('sha256', ROBOT_SECRET).update(`${ts}\n${ROBOT_SECRET}`).digest('base64');
      const content = (JSON.parse(body) as { text?: { content?: string } }).text?.content ?? '';
      const answer =
        q.get('access_token') !== 'robot-token' || Math.abs(Date.now() - Number(ts)) > 3_600_000 || q.get('sign') !== expected
          ? '{"errcode":310000,"errmsg":"sign not match"}'
          : !content.includes('盐田督办')
            ? '{"errcode":310000,"errmsg":"keywords not in content"}'
            : '{"errcode":0,"errmsg":"ok"}';
      if (answer.includes('"errcode":0')) receiver.received.push({ path: req.url, body: JSON.parse(body) });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(answer);
      return;
    }
    // An internal service that redirects elsewhere.
    if (req.url?.startsWith('/redirect')) {
      res.writeHead(302, { Location: '/healthz' }).end('internal secret text');
      return;
    }
    if (receiver.down) {
      res.writeHead(503).end('down');
      return;
    }
    receiver.received.push({ path: req.url ?? '', body: JSON.parse(body) });
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
  });
});
let base = '';
const ROBOT_SECRET = `SEC${'9f3a5c7e1b2d4f60'.repeat(4)}`;

/** A reminder of its own for a test delivery (one delivery per reminder and channel). */
async function extraReminder(tag: string) {
  const unit = await prisma.unit.findFirstOrThrow({ select: { id: true } });
  return prisma.reminder.create({
    data: { key: `TEST:${tag}:${Date.now()}`, day: '2023-09-01', rule: 'DUE_SOON', unitId: unit.id, text: `测试 ${tag}` },
    select: { id: true },
  });
}

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: false });
  prisma = (await import('@/lib/prisma')).prisma;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await prisma.unit.update({ where: { code: 'wjj' }, data: { wecomWebhook: `${base}/wecom/wjj` } });
  await prisma.unit.update({ where: { code: 'mzj' }, data: { dingtalkWebhook: `${base}/dingtalk/mzj` } });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('queuing', () => {
  it('on 2023-09-01: 到期催办 for task 7 (its August step), 临近提醒 for what is due within 3 days; a second run queues nothing', async () => {
    const { queueReminders } = await import('@/lib/reminders/queue');
    const first = await queueReminders('2023-09-01');
    expect(first.reminders).toBeGreaterThan(0);
    const wjj = await prisma.unit.findUniqueOrThrow({ where: { code: 'wjj' } });
    const mine = await prisma.reminder.findMany({ where: { unitId: wjj.id }, select: { rule: true, taskNumber: true, text: true } });
    expect(mine).toContainEqual({ rule: 'OVERDUE', taskNumber: 7, text: expect.stringContaining('7-8月节点') });
    expect(mine.find((r) => r.taskNumber === 7 && r.rule === 'OVERDUE')!.text).toMatch(
      /^区卫健局：2023年度任务7的7-8月节点「.+」已于2023年8月31日到期仍未完成/,
    ); // the plan year named: several may be active;
    // Every reminder of a unit with a chat has its delivery; units without one only the inbox.
    const deliveries = await prisma.delivery.count();
    expect(deliveries).toBe(first.deliveries);
    expect(deliveries).toBe(await prisma.reminder.count({ where: { unit: { code: { in: ['wjj', 'mzj'] } } } }));
    const again = await queueReminders('2023-09-01');
    expect(again).toEqual({ reminders: 0, deliveries: 0 });
    expect(await prisma.delivery.count()).toBe(deliveries);
  });
  it('only an active year reminds: the same day with 2023 archived (or a draft) queues nothing', async () => {
    const { queueReminders } = await import('@/lib/reminders/queue');
    for (const status of ['ARCHIVED', 'DRAFT'] as const) {
      await prisma.planYear.update({ where: { year: 2023 }, data: { status } });
      try {
        expect(await queueReminders('2023-09-04')).toEqual({ reminders: 0, deliveries: 0 });
      } finally {
        await prisma.planYear.update({ where: { year: 2023 }, data: { status: 'ACTIVE' } });
      }
    }
    // Active again, the same day has its reminders.
    expect((await queueReminders('2023-09-04')).reminders).toBeGreaterThan(0);
    await prisma.reminder.deleteMany({ where: { day: '2023-09-04' } }); // with their deliveries: the outbox tests below count from a clean day
  });
});

describe('the outbox', () => {
  it('a receiver down for the first attempts: retried with backoff, then every reminder arrives exactly once', async () => {
    const { deliverDue } = await import('@/lib/reminders/deliver');
    const total = await prisma.delivery.count();
    let now = new Date(Date.now() + 1000); // deliveries are due from when they were queued (the wall clock)
    // Down: three rounds of attempts fail; nothing is marked sent, nothing lost.
    for (let round = 0; round < 3; round++) {
      const r = await deliverDue(now);
      expect(r.sent).toBe(0);
      now = new Date(now.getTime() + 10 * 60_000); // past the longest backoff so far
    }
    expect(receiver.received).toHaveLength(0);
    expect(await prisma.delivery.count({ where: { status: 'PENDING', attempts: 3 } })).toBe(total);
    expect((await prisma.delivery.findFirstOrThrow()).lastError).toBe('HTTP 503');
    // Not yet due again: a run right after the failure sends nothing.
    receiver.down = false;
    const early = await deliverDue(new Date(now.getTime() - 10 * 60_000 + 1000));
    expect(early.sent).toBe(0);
    // Up: all sent, once.
    const r = await deliverDue(now);
    expect(r).toEqual({ sent: total, failed: 0, retrying: 0 });
    expect(receiver.received).toHaveLength(total);
    expect(new Set(receiver.received.map((x) => x.body.text.content)).size).toBe(total);
    // More runs send nothing again.
    await deliverDue(new Date(now.getTime() + 3600_000));
    expect(receiver.received).toHaveLength(total);
    expect(await prisma.delivery.count({ where: { status: 'SENT' } })).toBe(total);
    const one = receiver.received.find((x) => x.path === '/wecom/wjj')!;
    expect(one.body).toMatchObject({ msgtype: 'text', text: { content: expect.stringMatching(/^【民生实事督办提醒】区卫健局：2023年度任务/) } });
    expect(receiver.received.some((x) => x.path === '/dingtalk/mzj')).toBe(true);
  });

  it('two dispatchers at once never send the same delivery twice', async () => {
    const { queueReminders } = await import('@/lib/reminders/queue');
    const { deliverDue } = await import('@/lib/reminders/deliver');
    await queueReminders('2023-09-02');
    const pending = await prisma.delivery.count({ where: { status: 'PENDING' } });
    expect(pending).toBeGreaterThan(0);
    const before = receiver.received.length;
    const now = new Date(Date.now() + 1000);
    await Promise.all([deliverDue(now), deliverDue(now), deliverDue(now)]);
    expect(receiver.received.length - before).toBe(pending);
  });

  it('a chat that never comes back: given up after the last attempt, with its error', async () => {
    const { deliverDue } = await import('@/lib/reminders/deliver');
    const { MAX_ATTEMPTS } = await import('@/lib/domain/reminders');
    const r = await prisma.reminder.findFirstOrThrow();
    const d = await prisma.delivery
      .create({
        data: { reminderId: r.id, channel: 'WECOM', url: 'http://127.0.0.1:1/nowhere', payload: '{}', attempts: MAX_ATTEMPTS - 1 },
        select: { id: true },
      })
      .catch(async () =>
        prisma.delivery.create({
          data: {
            reminderId: (await extraReminder('gone')).id,
            channel: 'WECOM',
            url: 'http://127.0.0.1:1/nowhere',
            payload: '{}',
            attempts: MAX_ATTEMPTS - 1,
          },
          select: { id: true },
        }),
      );
    await deliverDue(new Date('2099-01-01T00:00:00Z'));
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      status: 'FAILED',
      attempts: MAX_ATTEMPTS,
      lastError: 'network error ECONNREFUSED',
    });
  });

  it('a robot answering HTTP 200 with errcode ≠ 0 is not marked sent; a redirect is not followed; the error kept is short and clean', async () => {
    const { deliverDue } = await import('@/lib/reminders/deliver');
    const hits = receiver.hits;
    const [e, rd] = await Promise.all(
      ['errcode', 'redirect'].map(async (p) =>
        prisma.delivery.create({
          data: { reminderId: (await extraReminder(p)).id, channel: 'WECOM', url: `${base}/${p}`, payload: '{}' },
          select: { id: true },
        }),
      ),
    );
    await deliverDue(new Date(Date.now() + 1000));
    expect(receiver.hits - hits).toBe(2); // one request each: the redirect was not followed
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: e!.id } })).toMatchObject({
      status: 'PENDING',
      sentAt: null,
      attempts: 1,
      lastError: 'errcode 310000: keywords not in content script',
    });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: rd!.id } })).toMatchObject({
      status: 'PENDING',
      sentAt: null,
      lastError: 'HTTP 302 (redirect not followed)',
    });
  });

  it('a 钉钉 robot set to 加签 and a keyword: refused (310000) until the office sets its secret and prefix, then taken, the URL signed at sending', async () => {
    const { deliverDue } = await import('@/lib/reminders/deliver');
    const { deliveriesOf } = await import('@/lib/reminders/queue');
    const unit = await prisma.unit.update({
      where: { code: 'clh' },
      data: { dingtalkWebhook: `${base}/dingtalk-secure?access_token=robot-token` },
      select: { id: true, wecomWebhook: true, dingtalkWebhook: true, robotPrefix: true },
    });
    const text = '区残联：任务19的节点“9月底前完成送教上门1000人次”将于2023年9月30日到期';
    const r = await prisma.reminder.create({
      data: { key: `TEST:robot:${Date.now()}`, day: '2023-09-01', rule: 'DUE_SOON', unitId: unit.id, text, deliveries: { create: deliveriesOf(unit, text) } },
      select: { deliveries: { select: { id: true } } },
    });
    const id = r.deliveries[0]!.id;
    const row = () => prisma.delivery.findUniqueOrThrow({ where: { id }, select: { status: true, lastError: true, payload: true } });
    let at = Date.now() + 1000;
    await deliverDue(new Date(at));
    expect(await row()).toMatchObject({ status: 'PENDING', lastError: 'errcode 310000: sign not match' });
    // The office sets the robot's secret: the next attempt is signed (the secret is read when sending).
    await prisma.unit.update({ where: { id: unit.id }, data: { dingtalkSecret: ROBOT_SECRET } });
    await deliverDue(new Date((at += 3_600_000)));
    expect(await row()).toMatchObject({ status: 'PENDING', lastError: 'errcode 310000: keywords not in content' });
    // …and a prefix holding the robot's keyword: taken, with the prefix the office chose.
    await prisma.unit.update({ where: { id: unit.id }, data: { robotPrefix: '【盐田督办】' } });
    await deliverDue(new Date((at += 3_600_000)));
    const sent = await row();
    expect(sent).toMatchObject({ status: 'SENT', lastError: null });
    expect(JSON.parse(sent.payload)).toEqual({ msgtype: 'text', text: { content: `【盐田督办】${text}` } });
    const got = receiver.received.filter((x) => x.path.startsWith('/dingtalk-secure'));
    expect(got.map((x) => x.body.text.content)).toEqual([`【盐田督办】${text}`]);
    expect(got[0]!.path).toMatch(/^\/dingtalk-secure\?access_token=robot-token&timestamp=\d{13}&sign=[A-Za-z0-9%]+$/);
  });

  it('发送测试消息: the office sends one message to each robot of a unit and reads at once what each said; a unit may not', async () => {
    const { testUnitRobots } = await import('@/lib/actions/accounts');
    const u = await prisma.unit.update({
      where: { code: 'wglt' },
      data: {
        wecomWebhook: `${base}/wecom/wglt`,
        dingtalkWebhook: `${base}/dingtalk-secure?access_token=robot-token`,
        dingtalkSecret: null,
        robotPrefix: null,
      },
      select: { id: true },
    });
    const IDLE = { status: 'idle' as const };
    const got = () => receiver.received.filter((x) => x.path === '/wecom/wglt' || x.path.startsWith('/dingtalk-secure')).length;
    const before = got();
    receiver.down = false;
    session.actor = await prisma.user
      .create({ data: { username: 'office-robot', displayName: '督查室', role: 'SUPERVISOR', passwordHash: 'x' }, select: { id: true } })
      .then((x) => ({ id: x.id, role: 'SUPERVISOR' as const, unitId: null, displayName: '督查室', username: 'office-robot', mustChangePassword: false }));
    expect(await testUnitRobots(u.id, IDLE, new FormData())).toEqual({
      status: 'error',
      message: '企业微信：测试消息已送达；钉钉：发送失败（钉钉机器人安全设置不符：请在“单位与账号”核对加签密钥，或在消息前缀中加入机器人的关键词）',
    });
    await prisma.unit.update({ where: { id: u.id }, data: { dingtalkSecret: ROBOT_SECRET, robotPrefix: '【盐田督办】' } });
    expect(await testUnitRobots(u.id, IDLE, new FormData())).toEqual({ status: 'ok', message: '企业微信：测试消息已送达；钉钉：测试消息已送达' });
    expect(got() - before).toBe(3); // 企业微信 twice, 钉钉 once (refused the first time)
    expect(receiver.received.at(-1)!.body.text.content).toBe('【盐田督办】区文广旅体局：这是一条测试消息，群机器人已可接收督办提醒。');
    expect(await prisma.auditEvent.count({ where: { action: 'unit.robot_tested', entityId: String(u.id) } })).toBe(2);
    // Nothing is queued: a test is answered at once, not through the outbox.
    expect(await prisma.delivery.count({ where: { url: { contains: 'wglt' } } })).toBe(0);
    const unitUser = await prisma.user.create({
      data: { username: 'wglt-robot', displayName: '文广旅体', role: 'UNIT', unitId: u.id, passwordHash: 'x' },
      select: { id: true },
    });
    session.actor = { id: unitUser.id, role: 'UNIT', unitId: u.id, displayName: '文广旅体', username: 'wglt-robot', mustChangePassword: false };
    expect(await testUnitRobots(u.id, IDLE, new FormData())).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
    session.actor = null;
    expect(await testUnitRobots(u.id, IDLE, new FormData())).toMatchObject({ status: 'error' });
    expect(got() - before).toBe(3);
  });

  it('internal targets are refused at send time, before any connection: written addresses and names that resolve inward', async () => {
    const { deliverDue } = await import('@/lib/reminders/deliver');
    const { postWebhook } = await import('@/lib/reminders/target');
    const { env } = await import('@/lib/env');
    const port = new URL(base).port;
    const hits = receiver.hits;
    const saved = env.WEBHOOK_ALLOW_HOSTS;
    env.WEBHOOK_ALLOW_HOSTS = ''; // no relay allowed: the receiver is an internal service now
    try {
      const urls = [
        `http://127.0.0.1:${port}/x`,
        `https://127.0.0.1:${port}/x`,
        `https://0x7f000001:${port}/x`,
        `https://127.1:${port}/x`,
        `https://localhost:${port}/healthz`,
        `https://[::1]:${port}/x`,
        'https://169.254.169.254/latest/meta-data/',
      ];
      // One after another: the ids follow the list (on PostgreSQL concurrent inserts take ids in any order).
      const ids: { id: number }[] = [];
      for (const [i, url] of urls.entries()) {
        ids.push(
          await prisma.delivery.create({
            data: { reminderId: (await extraReminder(`internal-${i}`)).id, channel: 'WECOM', url, payload: '{}' },
            select: { id: true },
          }),
        );
      }
      await deliverDue(new Date(Date.now() + 1000));
      const rows = await prisma.delivery.findMany({
        where: { id: { in: ids.map((x) => x.id) } },
        orderBy: { id: 'asc' },
        select: { status: true, lastError: true },
      });
      expect(rows.map((x) => x.lastError)).toEqual([
        'refused: scheme',
        ...Array(6)
          .fill(null)
          .map((_, i) => (i === 3 ? 'refused: internal_host' : 'refused: internal_address')),
      ]);
      expect(rows.every((x) => x.status === 'PENDING')).toBe(true);
      // A public-looking name that resolves to this machine: the socket is never opened.
      const toLoopback = (_h: string, _o: object, cb: (e: null, a: { address: string; family: number }[]) => void) =>
        cb(null, [{ address: '127.0.0.1', family: 4 }]);
      await expect(postWebhook(`https://robot.example.com:${port}/x`, '{}', 2000, toLoopback)).rejects.toThrow('refused: internal_address');
      expect(receiver.hits).toBe(hits);
    } finally {
      env.WEBHOOK_ALLOW_HOSTS = saved;
    }
  });
});

describe('npm run remind', () => {
  it('queues and delivers; run twice on one day it queues nothing new', async () => {
    const { remind } = await import('@/scripts/remind');
    const lines: string[] = [];
    const first = await remind('2023-09-03', 0, (s) => lines.push(s));
    expect(first!.reminders).toBeGreaterThan(0);
    const second = await remind('2023-09-03', 0, (s) => lines.push(s));
    expect(second).toEqual({ reminders: 0, deliveries: 0 });
    expect(lines.join('\n')).toContain('[remind] 2023-09-03: 0 new reminder(s)');
  });

  it('two processes run it at once (as two servers’ timers on one database): every reminder of the day arrives once', async () => {
    const { spawn } = await import('node:child_process');
    receiver.down = false;
    const before = receiver.received.length;
    const day = '2023-09-04';
    const run = () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/remind.ts', '--day', day], {
          env: { ...process.env, APP_TODAY: day },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (b: Buffer) => (out += b));
        child.stderr.on('data', (b: Buffer) => (out += b));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`remind exited ${code}: ${out}`))));
      });
    const outputs = await Promise.all([run(), run()]);
    const queued = await prisma.reminder.findMany({ where: { day }, select: { id: true, deliveries: { select: { status: true } } } });
    const deliveries = queued.flatMap((r) => r.deliveries);
    expect(deliveries.length, outputs.join('\n')).toBeGreaterThan(0);
    expect(deliveries.every((d) => d.status === 'SENT')).toBe(true);
    const got = receiver.received.slice(before).map((m) => `${m.path} ${JSON.stringify(m.body)}`);
    expect(got).toHaveLength(deliveries.length);
    expect(new Set(got).size).toBe(got.length);
    console.log(
      `two remind processes on ${process.env.DB ?? 'sqlite'}: ${deliveries.length} deliveries sent once each; ${outputs.filter((o) => o.includes('skipped')).length} run(s) skipped`,
    );
  }, 120_000);
});
