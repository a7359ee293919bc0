// Units and accounts in the app: one-time passwords shown once and changed at the next sign-in,
// sessions ended on reset and deactivation, validation next to each field, nothing written on refusal.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null, started: [] as [number, number][] }));
vi.mock('@/lib/auth/session', () => ({
  getSession: async () => session.actor,
  startSession: async (id: number, v: number) => void session.started.push([id, v]),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Posted as React posts a form when JavaScript runs (without it, a saved unit is answered with a redirect).
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());
class Redirect extends Error {}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));

let prisma: typeof import('@/lib/prisma').prisma;
let accounts: typeof import('@/lib/actions/accounts');
let account: typeof import('@/lib/actions/account');
let supervisor: Actor;
const IDLE = { status: 'idle' as const };
const form = (o: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) fd.append(k, v);
  return fd;
};
const actorOf = (username: string) =>
  prisma.user.findUniqueOrThrow({
    where: { username },
    select: { id: true, role: true, unitId: true, displayName: true, username: true, mustChangePassword: true },
  });

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  accounts = await import('@/lib/actions/accounts');
  account = await import('@/lib/actions/account');
  supervisor = await actorOf('duchashi');
});

describe('accounts', () => {
  it('a new unit account gets a one-time password that signs in and must be changed first', async () => {
    session.actor = supervisor;
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    const r = await accounts.createUser(IDLE, form({ username: 'mzj2', displayName: '民政局张三', role: 'UNIT', unitId: String(unit.id) }));
    expect(r).toMatchObject({ status: 'ok', username: 'mzj2', oneTimePassword: expect.stringMatching(/^[a-zA-Z2-9]{12}$/) });
    const u = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj2' } });
    expect(u).toMatchObject({ role: 'UNIT', unitId: unit.id, mustChangePassword: true, active: true });
    const { verifyPassword } = await import('@/lib/auth/password');
    expect(await verifyPassword(r.oneTimePassword!, u.passwordHash)).toBe(true);
    const { can } = await import('@/lib/auth/policy');
    const me = await actorOf('mzj2');
    expect(can(me, 'submit_update', { unitIds: [unit.id] })).toBe(false); // nothing until the password is changed

    // Changing it: every rule next to its field, then success.
    session.actor = me;
    const change = (o: Record<string, string>) =>
      account
        .changePassword(IDLE, form({ returnTo: '/my', ...o }))
        .catch((e: unknown) => (e instanceof Redirect ? { status: 'redirect', to: e.message } : Promise.reject(e)));
    expect(await change({ current: 'wrong', next: 'a-new-password', confirm: 'a-new-password' })).toMatchObject({
      errors: { current: ['当前密码不正确'] },
      values: { current: '', next: '' },
    });
    expect(await change({ current: r.oneTimePassword!, next: 'short', confirm: 'short' })).toMatchObject({ errors: { next: ['新密码至少10个字符'] } });
    expect(await change({ current: r.oneTimePassword!, next: 'a-new-password', confirm: 'another-one!' })).toMatchObject({
      errors: { confirm: ['两次输入的新密码不一致'] },
    });
    expect(await change({ current: r.oneTimePassword!, next: r.oneTimePassword!, confirm: r.oneTimePassword! })).toMatchObject({
      errors: { next: ['新密码不能与当前密码相同'] },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { username: 'mzj2' } })).passwordHash).toBe(u.passwordHash);
    // Another browser's session of this account: gone with the change (not only outdated by the version).
    await prisma.session.create({ data: { id: 'c'.repeat(64), userId: u.id, expiresAt: new Date('2099-01-01T00:00:00Z') } });
    expect(await change({ current: r.oneTimePassword!, next: 'a-new-password', confirm: 'a-new-password' })).toEqual({ status: 'redirect', to: '/my' });
    expect(await prisma.session.count({ where: { userId: u.id } })).toBe(0);
    const after = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj2' } });
    expect(after).toMatchObject({ mustChangePassword: false, version: u.version + 1 });
    expect(await verifyPassword('a-new-password', after.passwordHash)).toBe(true);
    expect(session.started.at(-1)).toEqual([u.id, u.version + 1]);
  });

  it('refusals are next to their fields, the input kept, nothing created', async () => {
    session.actor = supervisor;
    const before = await prisma.user.count();
    expect(await accounts.createUser(IDLE, form({ username: 'a b', displayName: 'x', role: 'LEADER' }))).toMatchObject({
      errors: { username: [expect.stringContaining('用户名')] },
      values: { username: 'a b' },
    });
    expect(await accounts.createUser(IDLE, form({ username: 'newunit', displayName: 'x', role: 'UNIT', unitId: '' }))).toMatchObject({
      errors: { unitId: ['责任单位账号须选择所属单位'] },
    });
    expect(await accounts.createUser(IDLE, form({ username: 'mzj', displayName: 'x', role: 'LEADER' }))).toMatchObject({
      errors: { username: ['该用户名已被使用'] },
    });
    expect(await prisma.user.count()).toBe(before);
  });

  it('a reset ends every session and asks for a new password; deactivation ends sessions; one cannot deactivate oneself', async () => {
    session.actor = supervisor;
    const target = await prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' } });
    await prisma.session.create({ data: { id: 'a'.repeat(64), userId: target.id, expiresAt: new Date('2099-01-01T00:00:00Z') } });
    const r = await accounts.resetPassword(target.id, IDLE, form({}));
    expect(r).toMatchObject({ status: 'ok', username: 'lingdao', oneTimePassword: expect.any(String) });
    expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ mustChangePassword: true, version: target.version + 1 });
    await prisma.session.create({ data: { id: 'b'.repeat(64), userId: target.id, expiresAt: new Date('2099-01-01T00:00:00Z') } });
    expect(await accounts.deactivateUser(target.id, IDLE, form({}))).toMatchObject({ status: 'ok' });
    expect(await prisma.session.count({ where: { userId: target.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(false);
    expect(await accounts.deactivateUser(supervisor.id, IDLE, form({}))).toMatchObject({ status: 'error', message: '不能停用自己的账号。' });
    expect(await prisma.auditEvent.count({ where: { action: { in: ['user.password', 'user.deactivated'] }, actorId: supervisor.id } })).toBe(2);
  });
});

describe('修改显示名', () => {
  it('the office renames an account (audited before and after, its sessions stand); a leader so named sees the tasks the plan names them on; bad input refused beside the field, the input kept, nothing changed', async () => {
    session.actor = supervisor;
    const leader = await prisma.user.create({ data: { username: 'zhangsan', displayName: '张先生', role: 'LEADER', passwordHash: 'x' } });
    await prisma.session.create({ data: { id: 'c'.repeat(64), userId: leader.id, expiresAt: new Date('2099-01-01T00:00:00Z') } });
    for (const [displayName, error] of [
      ['   ', '必填'],
      ['张'.repeat(41), '40'],
    ] as const) {
      const r = await accounts.renameUser(leader.id, IDLE, form({ displayName }));
      expect(r).toMatchObject({ status: 'error', errors: { displayName: [expect.stringContaining(error)] }, values: { displayName } });
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: leader.id } })).displayName).toBe('张先生');
    expect(await prisma.auditEvent.count({ where: { action: 'user.renamed' } })).toBe(0);

    expect(await accounts.renameUser(leader.id, IDLE, form({ displayName: ' 张三 ' }))).toMatchObject({ status: 'ok', message: '显示名已改为“张三”。' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: leader.id } })).toMatchObject({ displayName: '张三', version: leader.version });
    expect(await prisma.session.count({ where: { userId: leader.id } })).toBe(1);
    const events = await prisma.auditEvent.findMany({
      where: { action: 'user.renamed' },
      select: { actorId: true, entityId: true, before: true, after: true },
    });
    expect(events.map((e) => [e.actorId, Number(e.entityId), JSON.parse(e.before!), JSON.parse(e.after!)])).toEqual([
      [supervisor.id, leader.id, { displayName: '张先生' }, { displayName: '张三' }],
    ]);
    // The same name again changes nothing and writes no audit row.
    expect(await accounts.renameUser(leader.id, IDLE, form({ displayName: '张三' }))).toMatchObject({ status: 'ok' });
    expect(await prisma.auditEvent.count({ where: { action: 'user.renamed' } })).toBe(1);

    // The plan names 张三（副区长） on task 16: the renamed leader's 驾驶舱 lists it; under the old name it listed none.
    await prisma.task.updateMany({ where: { number: 16, planYear: { year: 2023 } }, data: { leadOfficial: '李四、张三（副区长）' } });
    const { getEvaluatedPlan } = await import('@/lib/data/evaluated-plan');
    const { ledByMe } = await import('@/lib/data/leadership');
    session.actor = await actorOf('zhangsan');
    expect((await ledByMe((await getEvaluatedPlan({ year: '2023' }))!))!.map((r) => r.task.number)).toEqual([16]);
    session.actor = { ...session.actor, displayName: '张先生' };
    expect(await ledByMe((await getEvaluatedPlan({ year: '2023' }))!)).toEqual([]);
    // The office's page names the plan's leaders without an account of their name: 李四 (张三 has one now).
    session.actor = supervisor;
    const { getAccounts } = await import('@/lib/data/accounts');
    expect((await getAccounts())!.officialsWithoutAccount).toEqual(['李四']);
    // The office may rename its own account (audited as any): its row offers this alone.
    expect(await accounts.renameUser(supervisor.id, IDLE, form({ displayName: '区督查室（值班）' }))).toMatchObject({ status: 'ok' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: supervisor.id } })).displayName).toBe('区督查室（值班）');
    expect(await prisma.auditEvent.count({ where: { action: 'user.renamed', entityId: String(supervisor.id), actorId: supervisor.id } })).toBe(1);
    // Nobody but the office renames: a leader (itself included) is refused, nothing changed.
    session.actor = await actorOf('zhangsan');
    expect(await accounts.renameUser(leader.id, IDLE, form({ displayName: '张三丰' }))).toMatchObject({ status: 'error' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: leader.id } })).displayName).toBe('张三');
  });
});

describe('units', () => {
  it('creates and renames a unit; a code or name in use is refused next to its field', async () => {
    session.actor = supervisor;
    expect(await accounts.saveUnit(null, IDLE, form({ code: 'qxj', name: '区气象局' }))).toMatchObject({ status: 'ok' });
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'qxj' } });
    expect(await accounts.saveUnit(null, IDLE, form({ code: 'mzj', name: '区民政局' }))).toMatchObject({
      errors: { code: ['该代码已被使用'], name: ['该名称已被使用'] },
    });
    expect(await accounts.saveUnit(null, IDLE, form({ code: 'Bad Code', name: '甲乙' }))).toMatchObject({
      errors: { code: [expect.stringContaining('代码')] },
    });
    expect(await accounts.saveUnit(u.id, IDLE, form({ code: 'qxj', name: '深圳市盐田区气象局' }))).toMatchObject({ status: 'ok' });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: u.id } })).name).toBe('深圳市盐田区气象局');
    const audits = await prisma.auditEvent.findMany({ where: { entityType: 'Unit' }, select: { action: true } });
    expect(audits.map((a) => a.action)).toEqual(['unit.created', 'unit.renamed']);
  });
});

describe('unit names: full name and aliases', () => {
  it('the office sets a unit\u2019s full name and aliases; an alias another unit holds is refused; the import then matches them', async () => {
    session.actor = supervisor;
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'wjj' } });
    expect(
      await accounts.saveUnit(u.id, IDLE, form({ code: 'wjj', name: '区卫健局', fullName: '深圳市盐田区卫生健康局', aliases: '区卫健委、盐田卫健\n区卫生局' })),
    ).toMatchObject({ status: 'ok' });
    expect(await prisma.unitAlias.findMany({ where: { unitId: u.id }, select: { alias: true }, orderBy: { id: 'asc' } })).toEqual([
      { alias: '区卫健委' },
      { alias: '盐田卫健' },
      { alias: '区卫生局' },
    ]);
    const other = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    const before = await prisma.unitAlias.count();
    expect(await accounts.saveUnit(other.id, IDLE, form({ code: 'mzj', name: '区民政局', aliases: '区卫健委、区卫健局' }))).toMatchObject({
      status: 'error',
      errors: { aliases: [expect.stringContaining('区卫健委、区卫健局')] },
      values: { aliases: '区卫健委、区卫健局' },
    });
    expect(await prisma.unitAlias.count()).toBe(before);
    // Removing one keeps the rest.
    expect(
      await accounts.saveUnit(u.id, IDLE, form({ code: 'wjj', name: '区卫健局', fullName: '深圳市盐田区卫生健康局', aliases: '区卫健委、区卫生局' })),
    ).toMatchObject({ status: 'ok' });
    const { unitDirectory } = await import('@/lib/plan-import/units');
    const { unitLookup } = await import('@/lib/domain/plan-source');
    const lookup = unitLookup(await unitDirectory());
    expect(['区卫健委', '区卫生局', '盐田卫健', '深圳市盐田区卫生健康局'].map(lookup)).toEqual(['区卫健局', '区卫健局', null, '区卫健局']);
  });
});

describe('group-robot webhooks and the inbox', () => {
  it('a unit\u2019s webhook must be an http(s) address; empty means the inbox only', async () => {
    session.actor = supervisor;
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    expect(await accounts.saveUnit(u.id, IDLE, form({ code: 'mzj', name: '区民政局', wecomWebhook: 'qyapi.weixin.qq.com/x' }))).toMatchObject({
      errors: { wecomWebhook: ['请填写以http://或https://开头的群机器人地址'] },
      values: { wecomWebhook: 'qyapi.weixin.qq.com/x' },
    });
    expect(
      await accounts.saveUnit(
        u.id,
        IDLE,
        form({ code: 'mzj', name: '区民政局', wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc', dingtalkWebhook: '' }),
      ),
    ).toMatchObject({ status: 'ok' });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({
      wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      dingtalkWebhook: null,
    });
  });

  it('a 钉钉 robot’s 加签 secret (SEC…) and the messages’ prefix: a secret not so written is refused beside its field; the audit keeps only that one is set', async () => {
    session.actor = supervisor;
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'clh' } });
    const robot = { code: 'clh', name: '区残联', dingtalkWebhook: 'https://oapi.dingtalk.com/robot/send?access_token=abc' };
    const secret = `SEC${'0123456789abcdef'.repeat(4)}`;
    for (const bad of ['0123456789abcdef0123', 'SEC 123', 'SEC12']) {
      expect(await accounts.saveUnit(u.id, IDLE, form({ ...robot, dingtalkSecret: bad, robotPrefix: '【盐田督办】' }))).toMatchObject({
        status: 'error',
        errors: { dingtalkSecret: ['加签密钥以SEC开头，请从钉钉机器人安全设置中完整复制'] },
        values: { dingtalkSecret: bad, robotPrefix: '【盐田督办】' },
      });
    }
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: u.id }, select: { dingtalkSecret: true, robotPrefix: true } })).toEqual({
      dingtalkSecret: null,
      robotPrefix: null,
    });
    expect(await accounts.saveUnit(u.id, IDLE, form({ ...robot, robotPrefix: '【盐田督办】很长'.repeat(6) }))).toMatchObject({
      errors: { robotPrefix: ['不能超过40个字'] },
    });
    expect(await accounts.saveUnit(u.id, IDLE, form({ ...robot, dingtalkSecret: ` ${secret} `, robotPrefix: '【盐田督办】' }))).toMatchObject({ status: 'ok' });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: u.id }, select: { dingtalkSecret: true, robotPrefix: true } })).toEqual({
      dingtalkSecret: secret,
      robotPrefix: '【盐田督办】',
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'unit.renamed', entityId: String(u.id) },
      orderBy: { id: 'desc' },
      select: { after: true },
    });
    expect(audit.after).not.toContain(secret);
    expect(JSON.parse(audit.after!)).toMatchObject({ dingtalkSecret: 'SEC…cdef', robotPrefix: '【盐田督办】' });
  });

  it('the audit keeps no robot credential whole: a webhook’s token keeps its last four characters, before and after', async () => {
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'clh' } });
    const token = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
    const key = '693a91f6-7c2e-4bc4-97a0-0ec25f1a5aaa';
    const robots = {
      code: 'clh',
      name: '区残联',
      dingtalkWebhook: `https://oapi.dingtalk.com/robot/send?access_token=${token}`,
      wecomWebhook: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${key}`,
    };
    expect(await accounts.saveUnit(u.id, IDLE, form(robots))).toMatchObject({ status: 'ok' });
    // The unit keeps the addresses whole: the reminders are sent to them.
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: u.id }, select: { dingtalkWebhook: true, wecomWebhook: true } })).toEqual({
      dingtalkWebhook: robots.dingtalkWebhook,
      wecomWebhook: robots.wecomWebhook,
    });
    expect(await accounts.saveUnit(u.id, IDLE, form({ ...robots, dingtalkWebhook: '' }))).toMatchObject({ status: 'ok' });
    const trail = await prisma.auditEvent.findMany({ where: { action: 'unit.renamed', entityId: String(u.id) }, orderBy: { id: 'desc' }, take: 2 });
    for (const row of trail) {
      expect(`${row.before}${row.after}`).not.toContain(token);
      expect(`${row.before}${row.after}`).not.toContain(key);
    }
    expect(JSON.parse(trail[1]!.after!)).toMatchObject({
      dingtalkWebhook: 'https://oapi.dingtalk.com/robot/send?access_token=…e8f9',
      wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5aaa',
    });
    expect(JSON.parse(trail[0]!.before!)).toMatchObject({ dingtalkWebhook: 'https://oapi.dingtalk.com/robot/send?access_token=…e8f9' });
    expect(JSON.parse(trail[0]!.after!)).toMatchObject({ dingtalkWebhook: null });
  });

  it('a webhook that reaches this machine or the internal network is refused beside its field; the unit keeps its old one', async () => {
    session.actor = supervisor;
    const u = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    for (const url of [
      'http://127.0.0.1:3000/healthz',
      'https://127.0.0.1/',
      'https://0x7f000001/',
      'https://127.1/',
      'https://localhost/healthz',
      'https://169.254.169.254/latest/meta-data/',
      'https://[::1]/',
      'https://10.0.0.8/hook',
      'http://qyapi.weixin.qq.com/x',
    ]) {
      const r = await accounts.saveUnit(u.id, IDLE, form({ code: 'mzj', name: '区民政局', wecomWebhook: url }));
      expect(r, url).toMatchObject({ status: 'error', errors: { wecomWebhook: [expect.stringMatching(/内网|本机|https/)] }, values: { wecomWebhook: url } });
    }
    // A name that resolves to an internal address is refused too (localhost.localdomain → 127.0.0.1 is not needed: *.localhost is refused by name).
    expect(await accounts.saveUnit(u.id, IDLE, form({ code: 'mzj', name: '区民政局', dingtalkWebhook: 'https://robot.localhost/x' }))).toMatchObject({
      errors: { dingtalkWebhook: [expect.stringContaining('本机或内网主机名')] },
    });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: u.id } })).wecomWebhook).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc');
  });

  it('a unit sees its own reminders, the office every unit\u2019s, a leader none; marking read clears the count', async () => {
    const [mzj, clh] = await Promise.all([
      prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } }),
      prisma.unit.findUniqueOrThrow({ where: { code: 'clh' } }),
    ]);
    await prisma.reminder.createMany({
      data: [
        { key: 'k1', day: '2026-11-29', rule: 'OVERDUE', unitId: mzj.id, text: '民政提醒' },
        { key: 'k2', day: '2026-11-29', rule: 'DUE_SOON', unitId: clh.id, text: '残联提醒' },
        { key: 'k3', day: '2026-09-01', rule: 'DUE_SOON', unitId: mzj.id, text: '三个月前' },
      ],
    });
    const inbox = await import('@/lib/data/inbox');
    session.actor = await actorOf('mzj');
    expect((await inbox.getInbox())!.map((r) => r.text)).toEqual(['民政提醒']);
    expect(await inbox.getUnreadCount()).toBe(1);
    const { markRemindersRead } = await import('@/lib/actions/reminders');
    expect(await markRemindersRead(IDLE, form({}))).toMatchObject({ status: 'ok' });
    expect(await inbox.getUnreadCount()).toBe(0);
    expect((await inbox.getInbox())![0]!.read).toBe(true);
    session.actor = supervisor;
    expect((await inbox.getInbox())!.map((r) => r.text).sort()).toEqual(['残联提醒', '民政提醒']);
    expect(await inbox.getUnreadCount()).toBe(2); // read state is per user
    session.actor = await actorOf('lingdao').catch(() => null);
    if (session.actor) expect(await inbox.getInbox()).toBeNull();
  });

  it('why a robot has not taken a message: said to the office, who keeps the robots’ settings, in words it can act on; not to the unit', async () => {
    const mzj = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    await prisma.reminder.create({
      data: {
        key: 'k-robot',
        day: '2026-11-30',
        rule: 'OVERDUE',
        unitId: mzj.id,
        text: '民政机器人',
        deliveries: {
          create: [
            { channel: 'DINGTALK', url: 'https://oapi.dingtalk.com/robot/send?access_token=x', payload: '{}', lastError: 'errcode 310000: sign not match' },
          ],
        },
      },
    });
    const inbox = await import('@/lib/data/inbox');
    const { t } = await import('@/lib/i18n/zh-CN');
    session.actor = supervisor;
    const d = (await inbox.getInbox())!.find((r) => r.text === '民政机器人')!.deliveries[0]!;
    expect(d).toMatchObject({ channel: 'DINGTALK', status: 'PENDING', lastError: 'errcode 310000: sign not match' });
    expect(t.reminders.deliveryError(d.lastError!)).toBe('（钉钉机器人安全设置不符：请在“单位与账号”核对加签密钥，或在消息前缀中加入机器人的关键词）');
    expect(t.reminders.deliveryError('errcode 93000: invalid webhook url')).toBe('（机器人地址无效或机器人已被移除：请在“单位与账号”更新Webhook）');
    expect(t.reminders.deliveryError('network error ECONNREFUSED')).toBe('（暂时无法送达，将自动重试：network error ECONNREFUSED）');
    session.actor = await actorOf('mzj');
    expect((await inbox.getInbox())!.find((r) => r.text === '民政机器人')!.deliveries[0]).toEqual({ channel: 'DINGTALK', status: 'PENDING' });
  });
});
