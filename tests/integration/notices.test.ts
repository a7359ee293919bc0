// The 督办 loop through the server actions on a real database: numbered notices to chosen units,
// 签收 → 反馈 → 退回重办 → 反馈 → 办结, 催办 on an overdue notice, blank answers refused, a unit acting
// only on notices to itself, the ledger and its counts.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
// Forms posted as React posts them when JavaScript runs (the Next-Action header): the action answers with its result.
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let notices: typeof import('@/lib/actions/notices');
const who: Record<string, Actor> = {};
const IDLE = { status: 'idle' as const };
const form = (o: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
};

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  notices = await import('@/lib/actions/notices');
  for (const u of await prisma.user.findMany({ select: { id: true, role: true, unitId: true, displayName: true, username: true } })) who[u.username] = u;
});

const task = (n: number) =>
  prisma.task.findFirstOrThrow({
    where: { number: n },
    select: { id: true, units: { select: { unitId: true, unit: { select: { code: true } } }, orderBy: { ord: 'asc' } } },
  });
const state = (id: number) =>
  prisma.supervisionNotice.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      level: true,
      number: true,
      year: true,
      urgeCount: true,
      recipients: { select: { answer: true } },
      events: { select: { kind: true }, orderBy: { id: 'asc' } },
    },
  });

describe('the 督办 loop', () => {
  let id = 0;
  it("issues 督办〔2026〕第1号 (numbered in the year issued; its task is 2023's) to one of task 1's two units; numbers follow per year", async () => {
    session.actor = who.duchashi!;
    const t1 = await task(1);
    const gw = t1.units.find((u) => u.unit.code !== 'jtj')!;
    const r = await notices.issueNotice(
      t1.id,
      IDLE,
      form({
        reason: '东海道施工招标滞后\n永安路前期工作未完成',
        requiredAction: '8月底前完成招标',
        dueDate: '2026-12-15',
        level: 'DUBAN',
        recipients: [String(gw.unitId)],
      }),
    );
    expect(r).toMatchObject({ status: 'ok' });
    const n = await prisma.supervisionNotice.findFirstOrThrow({
      where: { taskId: t1.id },
      select: { id: true, year: true, numberYear: true, number: true, reason: true, recipients: { select: { unitId: true } } },
    });
    expect(n).toMatchObject({
      year: 2023,
      numberYear: 2026,
      number: 1,
      reason: '东海道施工招标滞后\n永安路前期工作未完成',
      recipients: [{ unitId: gw.unitId }],
    });
    id = n.id;
    const second = await notices.issueNotice(
      t1.id,
      IDLE,
      form({ reason: 'b', requiredAction: 'c', dueDate: '2026-12-31', recipients: t1.units.map((u) => String(u.unitId)) }),
    );
    expect(second.status).toBe('ok');
    expect(
      (await prisma.supervisionNotice.findMany({ where: { numberYear: 2026 }, select: { number: true }, orderBy: { number: 'asc' } })).map((x) => x.number),
    ).toEqual([1, 2]);
  });

  it('refuses a recipient that is not a unit of the task, a past limit, a blank reason — nothing written', async () => {
    session.actor = who.duchashi!;
    const t1 = await task(1);
    const other = await prisma.unit.findUniqueOrThrow({ where: { code: 'mzj' } });
    const before = await prisma.supervisionNotice.count();
    expect(
      await notices.issueNotice(t1.id, IDLE, form({ reason: 'a', requiredAction: 'b', dueDate: '2026-12-31', recipients: [String(other.id)] })),
    ).toMatchObject({ errors: { recipients: ['接收单位须为该任务的责任单位'] } });
    expect(
      await notices.issueNotice(t1.id, IDLE, form({ reason: 'a', requiredAction: 'b', dueDate: '2026-01-01', recipients: [String(t1.units[0]!.unitId)] })),
    ).toMatchObject({ errors: { dueDate: ['限办日期不能早于今天'] } });
    expect(await notices.issueNotice(t1.id, IDLE, form({ reason: ' ', requiredAction: 'b', dueDate: '2026-12-31', recipients: [] }))).toMatchObject({
      errors: { reason: ['此项为必填项'], recipients: ['请至少选择一个接收单位'] },
    });
    // A limit years away (the probe's 9999-12-31) and a level that does not exist (NUKE) are refused, not stored.
    expect(
      await notices.issueNotice(t1.id, IDLE, form({ reason: 'a', requiredAction: 'b', dueDate: '9999-12-31', recipients: [String(t1.units[0]!.unitId)] })),
    ).toMatchObject({ errors: { dueDate: ['限办日期不能晚于今天起一年'] } });
    expect(
      await notices.issueNotice(
        t1.id,
        IDLE,
        form({ reason: 'a', requiredAction: 'b', dueDate: '2026-12-31', level: 'NUKE', recipients: [String(t1.units[0]!.unitId)] }),
      ),
    ).toMatchObject({ errors: { level: ['输入内容无效，请重新选择或填写'] }, values: { level: 'NUKE' } });
    expect(await prisma.supervisionNotice.count()).toBe(before);
  });

  it('only the unit it went to acknowledges and answers; a blank answer is refused', async () => {
    const t1 = await task(1);
    const [jtj, gws] = [t1.units.find((u) => u.unit.code === 'jtj'), t1.units.find((u) => u.unit.code !== 'jtj')!];
    const recipient = Object.values(who).find((u) => u.role === 'UNIT' && u.unitId === gws.unitId)!;
    const notRecipient = Object.values(who).find((u) => u.role === 'UNIT' && u.unitId === jtj?.unitId)!;
    session.actor = notRecipient;
    expect(await notices.acknowledgeNotice(id, IDLE, form({}))).toMatchObject({ status: 'error', message: '您没有权限进行此操作。' });
    session.actor = who.duchashi!;
    expect(await notices.acknowledgeNotice(id, IDLE, form({}))).toMatchObject({ message: '您没有权限进行此操作。' });
    session.actor = recipient;
    expect(await notices.acknowledgeNotice(id, IDLE, form({}))).toMatchObject({ status: 'ok', message: '已签收。' });
    expect(await notices.acknowledgeNotice(id, IDLE, form({}))).toMatchObject({ status: 'error', message: expect.stringContaining('当前状态') });
    expect(await notices.answerNotice(id, IDLE, form({ text: '   ' }))).toMatchObject({ status: 'error', errors: { text: ['请填写反馈内容'] } });
    expect((await state(id)).status).toBe('ACKNOWLEDGED');
    expect(await notices.answerNotice(id, IDLE, form({ text: '已于11月30日完成招标' }))).toMatchObject({ status: 'ok' });
    expect(await state(id)).toMatchObject({ status: 'ANSWERED', recipients: [{ answer: '已于11月30日完成招标' }] });
    // The answer now waits for the office: its menu says so (督办台账（1）); nobody else gets a count.
    const waiting = async () => (await import('@/lib/data/notices')).getLedgerWaitingCount();
    expect(await waiting()).toBeNull();
    session.actor = who.lingdao!;
    expect(await waiting()).toBeNull();
    session.actor = who.duchashi!;
    expect(await waiting()).toBe(1);
  });

  it('the office returns it with a comment, the unit answers again, the office closes it; every step an event and an audit', async () => {
    const t1 = await task(1);
    const recipient = Object.values(who).find((u) => u.role === 'UNIT' && u.unitId === t1.units.find((x) => x.unit.code !== 'jtj')!.unitId)!;
    session.actor = who.duchashi!;
    expect(await notices.returnNotice(id, IDLE, form({ text: '' }))).toMatchObject({ errors: { text: ['退回重办时请填写意见'] } });
    const waiting = async () => (await import('@/lib/data/notices')).getLedgerWaitingCount();
    expect(await notices.returnNotice(id, IDLE, form({ text: '请附中标通知书' }))).toMatchObject({ status: 'ok' });
    expect(await waiting()).toBe(0); // returned: the unit's turn
    session.actor = recipient;
    expect(await notices.answerNotice(id, IDLE, form({ text: '中标通知书已上传' }))).toMatchObject({ status: 'ok' });
    session.actor = who.duchashi!;
    expect(await waiting()).toBe(1);
    expect(await notices.closeNotice(id, IDLE, form({ text: '' }))).toMatchObject({ status: 'ok', message: '已办结。' });
    expect(await waiting()).toBe(0);
    const end = await state(id);
    expect(end.status).toBe('CLOSED');
    expect(end.events.map((e) => e.kind)).toEqual(['ISSUED', 'ACKNOWLEDGED', 'ANSWERED', 'RETURNED', 'ANSWERED', 'CLOSED']);
    const audits = await prisma.auditEvent.findMany({
      where: { entityType: 'SupervisionNotice', entityId: String(id) },
      select: { action: true },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => a.action)).toEqual(['notice.issued', 'notice.acknowledge', 'notice.answer', 'notice.return', 'notice.answer', 'notice.close']);
  });

  it('催办 only once overdue: it raises the level and is recorded', async () => {
    session.actor = who.duchashi!;
    const t16 = await task(16);
    const n = await prisma.supervisionNotice.create({
      data: {
        taskId: t16.id,
        issuedById: who.duchashi!.id,
        reason: '慢',
        requiredAction: '快',
        dueDate: new Date('2026-11-20T00:00:00Z'),
        year: 2023,
        number: 99,
        recipients: { create: { unitId: t16.units[0]!.unitId } },
      },
      select: { id: true },
    });
    const fresh = await prisma.supervisionNotice.create({
      data: {
        taskId: t16.id,
        issuedById: who.duchashi!.id,
        reason: '慢',
        requiredAction: '快',
        dueDate: new Date('2026-11-29T00:00:00Z'),
        year: 2023,
        number: 100,
        recipients: { create: { unitId: t16.units[0]!.unitId } },
      },
      select: { id: true },
    });
    expect(await notices.urgeNotice(fresh.id, IDLE, form({}))).toMatchObject({ status: 'error', message: '该督办件尚未超过限办日期，不能催办。' });
    expect(await notices.urgeNotice(n.id, IDLE, form({ text: '请于3日内反馈' }))).toMatchObject({ status: 'ok' });
    expect(await notices.urgeNotice(n.id, IDLE, form({}))).toMatchObject({ status: 'ok' });
    expect(await state(n.id)).toMatchObject({ status: 'OPEN', level: 'YUETAN', urgeCount: 2, events: [{ kind: 'URGED' }, { kind: 'URGED' }] });
    // Each 催办 reached the unit at once, naming the new level.
    const urged = await prisma.reminder.findMany({
      where: { rule: 'NOTICE_URGED', key: { startsWith: `NOTICE_URGED:notice:${n.id}:` } },
      select: { text: true },
      orderBy: { id: 'asc' },
    });
    expect(urged.map((r) => r.text)).toEqual([expect.stringContaining('督查室催办'), expect.stringContaining('督查室约谈')]);
    // Two 催办 clicks at once (two office staff): one raises the level, the other is told it moved meanwhile.
    const twice = await prisma.supervisionNotice.create({
      data: {
        taskId: t16.id,
        issuedById: who.duchashi!.id,
        reason: '慢',
        requiredAction: '快',
        dueDate: new Date('2026-11-20T00:00:00Z'),
        year: 2023,
        number: 101,
        recipients: { create: { unitId: t16.units[0]!.unitId } },
      },
      select: { id: true },
    });
    const answers = await Promise.all([notices.urgeNotice(twice.id, IDLE, form({})), notices.urgeNotice(twice.id, IDLE, form({}))]);
    expect(answers.map((a) => a.status).sort()).toEqual(['error', 'ok']);
    expect(await state(twice.id)).toMatchObject({ level: 'CUIBAN', urgeCount: 1, events: [{ kind: 'URGED' }] });
    await prisma.supervisionNotice.delete({ where: { id: twice.id } }); // the ledger below counts the others
  });

  it('the ledger: filters and counts per unit; overdue ones named', async () => {
    session.actor = who.lingdao!;
    const { getNoticeLedger } = await import('@/lib/data/notices');
    const all = (await getNoticeLedger({}))!;
    expect(all).toMatchObject({ year: 2023, total: 4, all: 4, page: 1, pages: 1 });
    expect((await getNoticeLedger({ status: 'CLOSED' }))!.notices.map((n) => n.number)).toEqual([1]);
    expect((await getNoticeLedger({ overdue: true }))!.notices.map((n) => n.number)).toEqual([99]);
    expect((await getNoticeLedger({ level: 'YUETAN' }))!.notices).toHaveLength(1);
    const mzj = all.perUnit.find((u) => u.code === 'mzj')!;
    expect(mzj).toMatchObject({ total: 2, open: 2, overdue: 1, closed: 0 });
    expect(all.notices.every((n) => n.steps.length === 0)).toBe(true); // a leader reads; takes no step
    session.actor = null;
    expect(await getNoticeLedger({})).toBeNull();
  });
});

describe('a notice to two units: one part each', () => {
  it('each unit signs and answers its own part; the office sees who never replied, returns one part and closes the other; the notice closes when both are closed', async () => {
    session.actor = who.duchashi!;
    const t1 = await task(1); // 盐田交通运输局 (jtj) and 区工务署 (gws)
    const [jtj, gws] = [t1.units.find((u) => u.unit.code === 'jtj')!.unitId, t1.units.find((u) => u.unit.code === 'gws')!.unitId];
    await prisma.unit.update({ where: { id: gws }, data: { wecomWebhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=gws' } });
    const remindersBefore = await prisma.reminder.count();
    expect(
      await notices.issueNotice(
        t1.id,
        IDLE,
        form({ reason: '东海道招标滞后', requiredAction: '说明原因', dueDate: '2026-12-20', recipients: [String(jtj), String(gws)] }),
      ),
    ).toMatchObject({ status: 'ok' });
    const id = (await prisma.supervisionNotice.findFirstOrThrow({ where: { reason: '东海道招标滞后' }, select: { id: true, number: true } })).id;
    // Announced at once, in the issuing transaction (no remind run): an inbox item per unit, a delivery to the unit with a robot.
    const issued = await prisma.reminder.findMany({
      where: { rule: 'NOTICE_ISSUED', key: { startsWith: `NOTICE_ISSUED:notice:${id}:` } },
      select: { unitId: true, text: true, deliveries: { select: { channel: true, status: true } } },
      orderBy: { unitId: 'asc' },
    });
    expect(await prisma.reminder.count()).toBe(remindersBefore + 2);
    expect(issued.map((r) => r.unitId).sort()).toEqual([jtj, gws].sort());
    expect(issued.find((r) => r.unitId === gws)).toMatchObject({
      text: expect.stringMatching(/^区工务署：收到督办〔2026〕第\d+号（2023年度任务1），限2026年12月20日前办理反馈/),
      deliveries: [{ channel: 'WECOM', status: 'PENDING' }],
    });
    expect(issued.find((r) => r.unitId === jtj)!.deliveries).toEqual([]);
    const parts = async () =>
      Object.fromEntries(
        (await prisma.noticeRecipient.findMany({ where: { noticeId: id }, select: { unit: { select: { code: true } }, status: true, answer: true } })).map(
          (p) => [p.unit.code, [p.status, p.answer]],
        ),
      );

    // Only 盐田交通运输局 answers.
    session.actor = who.jtj!;
    expect(await notices.acknowledgeNotice(id, IDLE, form({}))).toMatchObject({ status: 'ok' });
    expect(await notices.answerNotice(id, IDLE, form({ text: '已完成招标文件编制' }))).toMatchObject({ status: 'ok' });
    expect(await parts()).toEqual({ jtj: ['ANSWERED', '已完成招标文件编制'], gws: ['OPEN', null] });
    expect((await state(id)).status).toBe('OPEN'); // still waiting on 区工务署

    // 区工务署 has not answered: its 我的任务 still shows the notice with its own steps; the ledger says who.
    session.actor = who.gws!;
    const { getMyTasks } = await import('@/lib/data/my');
    const mine = (await getMyTasks({}))!.notices.find((n) => n.id === id)!;
    expect(mine.parts.find((p) => p.code === 'gws')).toMatchObject({ status: 'OPEN', steps: ['acknowledge', 'answer'] });
    expect(mine.parts.find((p) => p.code === 'jtj')).toMatchObject({ status: 'ANSWERED', steps: [] }); // not its part to act on
    // It cannot move the other unit's part: its answer moves its own.
    session.actor = who.jtj!;
    expect(await notices.answerNotice(id, IDLE, form({ text: '再答一次' }))).toMatchObject({ status: 'error', message: expect.stringContaining('状态') });
    session.actor = who.duchashi!;
    const { unitCounts } = await import('@/lib/data/notices');
    const counts = Object.fromEntries((await unitCounts(2023, '2026-11-29')).map((u) => [u.code, u]));
    expect(counts.gws).toMatchObject({ open: expect.any(Number), unsigned: expect.any(Number) });
    expect(counts.gws!.unsigned).toBeGreaterThanOrEqual(1);
    expect(counts.jtj!.answered).toBeGreaterThanOrEqual(1);
    // The ledger as exported (CSV and Excel, read back) says the same per unit: each unit's state and
    // its own answer, not only the latest answer of whichever unit gave one.
    const { GET } = await import('@/app/export/notices/route');
    const number = (await prisma.supervisionNotice.findUniqueOrThrow({ where: { id }, select: { number: true } })).number;
    const perUnit = '盐田交通运输局：已反馈。反馈：已完成招标文件编制\n区工务署：已交办';
    const csvAnswer = await GET(new Request('http://x/export/notices?year=2023'));
    // Named with the plan year, as every other export (a notice's number is of the year it was issued).
    expect(decodeURIComponent(csvAnswer.headers.get('content-disposition')!)).toMatch(/督办台账_2023年度_\d{4}-\d{2}-\d{2}\.csv/);
    const csv = await csvAnswer.text();
    expect(
      csv
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(','),
    ).toContain('各单位办理情况及反馈');
    // The cell holds a line break, so it is quoted.
    expect(csv).toContain(`,"${perUnit}",`);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const xlsxAnswer = await GET(new Request('http://x/export/notices?year=2023&format=xlsx'));
    expect(decodeURIComponent(xlsxAnswer.headers.get('content-disposition')!)).toMatch(/督办台账_2023年度_\d{4}-\d{2}-\d{2}\.xlsx/);
    await wb.xlsx.load(await xlsxAnswer.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('2023年度督办台账');
    const col = (ws.getRow(1).values as unknown[]).indexOf('各单位办理情况及反馈');
    expect(col).toBeGreaterThan(0);
    let cell: unknown = null;
    ws.eachRow((r) => {
      if (r.getCell(1).value === `督办〔2026〕第${number}号`) cell = r.getCell(col).value;
    });
    expect(cell).toBe(perUnit);

    // The office: 退回 needs to know whose part when there are two; it returns 交通运输局's, closes nothing else yet.
    expect(await notices.returnNotice(id, IDLE, form({ text: '请附招标公告' }))).toMatchObject({ status: 'error', message: '请选择要办结或退回的单位。' });
    expect(await notices.closeNotice(id, IDLE, form({ unitId: String(gws) }))).toMatchObject({ status: 'error' }); // gws has not answered
    expect(await notices.returnNotice(id, IDLE, form({ unitId: String(jtj), text: '请附招标公告' }))).toMatchObject({ status: 'ok' });
    // The unit returned learns at once; the other does not.
    expect(
      await prisma.reminder.findMany({
        where: { rule: 'NOTICE_RETURNED', key: { startsWith: `NOTICE_RETURNED:notice:${id}:` } },
        select: { unitId: true, text: true },
      }),
    ).toEqual([{ unitId: jtj, text: expect.stringContaining('请附招标公告') }]);
    expect(await parts()).toMatchObject({ jtj: ['RETURNED', '已完成招标文件编制'], gws: ['OPEN', null] });

    // Both answer; the office closes one part: the notice waits for the other; closing both closes it.
    session.actor = who.jtj!;
    expect(await notices.answerNotice(id, IDLE, form({ text: '招标公告已附' }))).toMatchObject({ status: 'ok' });
    session.actor = who.gws!;
    expect(await notices.answerNotice(id, IDLE, form({ text: '工务署已配合' }))).toMatchObject({ status: 'ok' });
    session.actor = who.duchashi!;
    expect(await notices.closeNotice(id, IDLE, form({ unitId: String(jtj) }))).toMatchObject({ status: 'ok' });
    expect((await state(id)).status).toBe('ANSWERED');
    expect(await notices.closeNotice(id, IDLE, form({ unitId: String(gws) }))).toMatchObject({ status: 'ok' });
    expect((await state(id)).status).toBe('CLOSED');
    expect(await parts()).toEqual({ jtj: ['CLOSED', '招标公告已附'], gws: ['CLOSED', '工务署已配合'] });
    // Every step is an event naming its unit's part.
    const events = await prisma.noticeEvent.findMany({ where: { noticeId: id }, select: { kind: true, unitId: true }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.kind, e.unitId === jtj ? 'jtj' : e.unitId === gws ? 'gws' : null])).toEqual([
      ['ISSUED', null],
      ['ACKNOWLEDGED', 'jtj'],
      ['ANSWERED', 'jtj'],
      ['RETURNED', 'jtj'],
      ['ANSWERED', 'jtj'],
      ['ANSWERED', 'gws'],
      ['CLOSED', 'jtj'],
      ['CLOSED', 'gws'],
    ]);
  });
});

describe('a notice to two units answered inside each unit’s progress update', () => {
  it('each update’s review card shows the answer its unit gave in it, not the other unit’s', async () => {
    const updates = await import('@/lib/actions/updates');
    const { signSeenPending } = await import('@/lib/auth/form-token');
    const { getReviewQueue } = await import('@/lib/data/review');
    const t1 = await task(1);
    session.actor = who.duchashi!;
    const issued = await notices.issueNotice(
      t1.id,
      IDLE,
      form({
        reason: '两单位协同推进滞后',
        requiredAction: '随进展报送反馈',
        dueDate: '2026-12-20',
        level: 'DUBAN',
        recipients: t1.units.map((u) => String(u.unitId)),
      }),
    );
    expect(issued).toMatchObject({ status: 'ok' });
    const id = (await prisma.supervisionNotice.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true } })).id;
    const submit = async (username: string, answer: string) => {
      session.actor = who[username]!;
      const { version } = await prisma.task.findUniqueOrThrow({ where: { id: t1.id }, select: { version: true } });
      const seen =
        (await prisma.progressUpdate.findFirst({ where: { taskId: t1.id, status: 'PENDING' }, orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
      const fd = form({
        asOf: '2023-09-30',
        narrative: `${username}报送`,
        baseVersion: String(version),
        seenPendingId: String(seen),
        seenToken: signSeenPending(t1.id, seen),
        [`notice_${id}`]: answer,
      });
      expect(await updates.submitUpdate(t1.id, IDLE, fd)).toMatchObject({ status: 'ok' });
      return (await prisma.progressUpdate.findFirstOrThrow({ where: { taskId: t1.id }, orderBy: { id: 'desc' }, select: { id: true } })).id;
    };
    const byJtj = await submit('jtj', '交通运输局：招标文件已报审');
    const byGws = await submit('gws', '工务署：施工图已完成');
    session.actor = who.duchashi!;
    const queue = (await getReviewQueue())!;
    const answersOf = (updateId: number) => queue.find((u) => u.id === updateId)!.noticeAnswers.map((a) => a.answer);
    expect(answersOf(byJtj)).toEqual(['交通运输局：招标文件已报审']);
    expect(answersOf(byGws)).toEqual(['工务署：施工图已完成']);
  });
});

describe('滞后未督办 on the ledger', () => {
  const unchased = async () => {
    const { getNoticeLedger } = await import('@/lib/data/notices');
    const u = (await getNoticeLedger({ year: 2023 }))!.unchased!;
    return { asOf: u.asOf, tasks: u.rows.map((r) => r.task.number) };
  };
  it('lists the lagging tasks no notice in progress chases; one issued takes its task off, one closed while the task still lags puts it back', async () => {
    session.actor = who.duchashi!;
    const t3 = await task(3);
    // Task 3 (the 明珠道 park) lags at the year's default date; no notice was ever issued on it.
    await prisma.supervisionNotice.deleteMany({ where: { taskId: t3.id } });
    expect((await unchased()).tasks).toContain(3);
    expect((await unchased()).asOf).toBe('2023-06-30');
    const r = await notices.issueNotice(
      t3.id,
      IDLE,
      form({ reason: '3号地块仍被占用', requiredAction: '协调移交', dueDate: '2026-12-31', level: 'DUBAN', recipients: [String(t3.units[0]!.unitId)] }),
    );
    expect(r).toMatchObject({ status: 'ok' });
    expect((await unchased()).tasks).not.toContain(3);
    // Answered, not yet closed by the office: still chasing.
    const n = await prisma.supervisionNotice.findFirstOrThrow({ where: { taskId: t3.id }, select: { id: true } });
    await prisma.supervisionNotice.update({ where: { id: n.id }, data: { status: 'ANSWERED' } });
    expect((await unchased()).tasks).not.toContain(3);
    await prisma.supervisionNotice.update({ where: { id: n.id }, data: { status: 'CLOSED' } });
    expect((await unchased()).tasks).toContain(3);
    // The ledger's unit filter narrows it: task 3 is 区城管局's (cgj), not 区民政局's.
    const { getNoticeLedger } = await import('@/lib/data/notices');
    const byUnit = async (unit: string) => (await getNoticeLedger({ year: 2023, unit }))!.unchased!.rows.map((r) => r.task.number);
    expect(await byUnit('cgj')).toEqual([3]);
    expect(await byUnit('mzj')).toEqual([]);
    // Every signed-in reader of the ledger sees the list (statuses are public); a visitor gets no ledger.
    session.actor = who.mzj!;
    expect((await unchased()).tasks).toContain(3);
    session.actor = null;
    expect(await getNoticeLedger({})).toBeNull();
  });
});

describe('督办通知单: one notice as a Word document', () => {
  it('the number, the task, both units, the reason and requirement line by line, the due date, the issuer and each part as it stands — read back from the .docx', async () => {
    session.actor = who.duchashi!;
    const t1 = await task(1); // two units: 盐田交通运输局 and 区工务署
    const r = await notices.issueNotice(
      t1.id,
      IDLE,
      form({
        reason: '东海道施工招标滞后\n永安路前期工作未完成',
        requiredAction: '12月底前完成招标',
        dueDate: '2026-12-20',
        level: 'CUIBAN',
        recipients: t1.units.map((u) => String(u.unitId)),
      }),
    );
    expect(r).toMatchObject({ status: 'ok' });
    const n = await prisma.supervisionNotice.findFirstOrThrow({ where: { taskId: t1.id }, orderBy: { id: 'desc' }, select: { id: true, number: true } });
    const jtj = Object.values(who).find((u) => u.role === 'UNIT' && u.unitId === t1.units.find((x) => x.unit.code === 'jtj')!.unitId)!;
    session.actor = jtj;
    expect(await notices.answerNotice(n.id, IDLE, form({ text: '招标文件已报审' }))).toMatchObject({ status: 'ok' });
    // Any signed-in reader of the ledger may take it (a unit not addressed too); a wrong id gets 404, a visitor 401.
    session.actor = who.mzj!;
    const { GET } = await import('@/app/export/notices/[id]/route');
    const get = (id: string) => GET(new Request(`http://x/export/notices/${id}`), { params: Promise.resolve({ id }) });
    const res = await get(String(n.id));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain(`督办通知单_督办〔2026〕第${n.number}号.docx`);
    const mammoth = (await import('mammoth')).default;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value;
    const lines = text.split('\n').filter((l) => l.trim());
    for (const expected of [
      '盐田区重点民生实事督办通知单',
      `督办〔2026〕第${n.number}号`,
      '盐田交通运输局、区工务署',
      '催办',
      '东海道施工招标滞后',
      '永安路前期工作未完成',
      '12月底前完成招标',
      '2026年12月20日前',
      '盐田交通运输局：已反馈',
      '反馈：招标文件已报审',
      '区工务署：已交办',
    ])
      expect(lines, expected).toContain(expected);
    // The task with its plan year: a notice numbered in 2026 may chase a task of another year's plan, and task 1 is in every year.
    expect(lines).toContain('2023年度任务1：实施东海道、永安路、永安北三街、洪安四街等4条道路综合整治工程。');
    expect(text).toContain('2026年11月29日'); // issued on the suite's day (APP_TODAY), in China time
    expect((await get('999999')).status).toBe(404);
    expect((await get('abc')).status).toBe(404);
    session.actor = null;
    expect((await get(String(n.id))).status).toBe(401);
  });
});
