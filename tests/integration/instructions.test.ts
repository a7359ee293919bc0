// 领导批示 through the server actions and the data layer on a real database: a leader instructs on a
// task; bad input is refused beside the field with the input kept and nothing written; the task page,
// the 督办台账's worklist and the unit's 我的任务 show it; the office puts it into effect with a 督办
// notice (转为督办: the notice names it, once) or marks it read (已阅); each step audited.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import type { Actor } from '@/lib/auth/policy';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29' });
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/lib/auth/session', () => ({ getSession: async () => session.actor }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', async () => (await import('../helpers/action-request')).scriptedPost());

let prisma: typeof import('@/lib/prisma').prisma;
let instructions: typeof import('@/lib/actions/instructions');
let notices: typeof import('@/lib/actions/notices');
let m: typeof import('@/lib/i18n/messages').m;
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
  instructions = await import('@/lib/actions/instructions');
  notices = await import('@/lib/actions/notices');
  m = (await import('@/lib/i18n/messages')).m;
  for (const u of await prisma.user.findMany({ select: { id: true, role: true, unitId: true, displayName: true, username: true } })) who[u.username] = u;
});

const task = (n: number) =>
  prisma.task.findFirstOrThrow({ where: { number: n }, select: { id: true, units: { select: { unitId: true }, orderBy: { ord: 'asc' } } } });
const detail = async (n: number) => (await (await import('@/lib/data/task')).getTaskDetail(n, { year: '2023' }))!;
const ledger = async (unit?: string) => (await (await import('@/lib/data/notices')).getNoticeLedger({ year: 2023, unit }))!;
const rows = () => prisma.instruction.findMany({ select: { taskId: true, text: true, noticeId: true, readById: true }, orderBy: { id: 'asc' } });
const WORDS = '请区城管局协调3号地块施工单位尽快退场，10月底前完成明珠道绿廊公园建设。';

describe('领导批示', () => {
  let id = 0;
  it('a leader instructs on task 3: stored with its author, audited; the task page shows it pending to every signed-in reader, to no visitor', async () => {
    const t3 = await task(3);
    session.actor = who.lingdao!;
    expect((await detail(3)).instructions).toEqual([]);
    expect((await detail(3)).canInstruct).toBe(true);
    const r = await instructions.giveInstruction(t3.id, IDLE, form({ text: `  ${WORDS}\n` }));
    expect(r).toEqual({ status: 'ok', message: m.instructionGiven });
    const [i] = await prisma.instruction.findMany({ select: { id: true, taskId: true, authorId: true, text: true } });
    expect(i).toMatchObject({ taskId: t3.id, authorId: who.lingdao!.id, text: WORDS });
    id = i!.id;
    expect(await prisma.auditEvent.count({ where: { action: 'instruction.given', entityId: String(id), taskId: t3.id } })).toBe(1);
    for (const reader of ['lingdao', 'cgj', 'mzj', 'duchashi']) {
      session.actor = who[reader]!;
      const d = await detail(3);
      expect(d.instructions, reader).toMatchObject([{ id, text: WORDS, author: '区领导', state: { kind: 'pending' }, taskNumber: 3 }]);
      expect(d.canInstruct, reader).toBe(reader === 'lingdao');
      expect(d.canActOnInstructions, reader).toBe(reader === 'duchashi');
    }
    session.actor = null;
    expect((await detail(3)).instructions).toBeNull();
  });

  it('bad input: the message beside the field, the input kept, nothing written', async () => {
    const t3 = await task(3);
    session.actor = who.lingdao!;
    const before = await rows();
    expect(await instructions.giveInstruction(t3.id, IDLE, form({ text: '   ' }))).toMatchObject({
      status: 'error',
      errors: { text: [m.instructionEmpty] },
      values: { text: '   ' },
    });
    const long = '批'.repeat(501);
    expect(await instructions.giveInstruction(t3.id, IDLE, form({ text: long }))).toMatchObject({
      status: 'error',
      errors: { text: [m.tooLong(500)] },
      values: { text: long },
    });
    expect(await instructions.giveInstruction(999_999, IDLE, form({ text: WORDS }))).toMatchObject({ status: 'error', message: m.notFound });
    expect(await rows()).toEqual(before);
  });

  it('the 督办台账 lists it as 领导批示待落实 (with the unit filter: 区城管局 yes, 区民政局 no); 我的任务 of the task’s unit shows it', async () => {
    session.actor = who.duchashi!;
    expect((await ledger()).instructions.map((i) => [i.id, i.taskNumber])).toEqual([[id, 3]]);
    expect((await ledger('cgj')).instructions).toHaveLength(1);
    expect((await ledger('mzj')).instructions).toHaveLength(0);
    // The office's menu counts it among what waits on the ledger: 督办台账（1）.
    expect(await (await import('@/lib/data/notices')).getLedgerWaitingCount()).toBe(1);
    session.actor = who.cgj!;
    const my = (await (await import('@/lib/data/my')).getMyTasks({ year: '2023' }))!;
    expect(my.instructions).toMatchObject({ items: [{ text: WORDS }], total: 1 });
    session.actor = who.mzj!;
    expect((await (await import('@/lib/data/my')).getMyTasks({ year: '2023' }))!.instructions).toEqual({ items: [], total: 0 });
  });

  it('转为督办: the notice issued from it names it; it is no longer pending; a second notice from it, or one on another task, is refused and writes nothing', async () => {
    const [t1, t3] = [await task(1), await task(3)];
    session.actor = who.duchashi!;
    const notice = (taskId: number, units: number[]) =>
      notices.issueNotice(
        taskId,
        IDLE,
        form({
          reason: `落实区领导批示：${WORDS}`,
          requiredAction: '10月底前完成',
          dueDate: '2026-12-20',
          instruction: String(id),
          recipients: units.map(String),
        }),
      );
    const count = () => prisma.supervisionNotice.count();
    // Another task's notice cannot put this instruction into effect.
    expect(await notice(t1.id, [t1.units[0]!.unitId])).toMatchObject({ status: 'error', message: m.instructionHandled });
    expect(await count()).toBe(0);
    expect(await notice(t3.id, [t3.units[0]!.unitId])).toMatchObject({ status: 'ok' });
    const n = await prisma.supervisionNotice.findFirstOrThrow({ select: { id: true, numberYear: true, number: true } });
    expect((await rows())[0]).toMatchObject({ noticeId: n.id, readById: null });
    expect(JSON.parse((await prisma.auditEvent.findFirstOrThrow({ where: { action: 'notice.issued' }, select: { after: true } })).after!)).toMatchObject({
      instructionId: id,
    });
    expect((await detail(3)).instructions![0]!.state).toEqual({ kind: 'notice', numberYear: n.numberYear, number: n.number });
    expect((await ledger()).instructions).toEqual([]);
    expect(await (await import('@/lib/data/notices')).getLedgerWaitingCount()).toBe(0); // put into effect: no longer waiting
    // Twice from one instruction: refused, the second notice not written.
    expect(await notice(t3.id, [t3.units[0]!.unitId])).toMatchObject({ status: 'error', message: m.instructionHandled, values: { instruction: String(id) } });
    expect(await count()).toBe(1);
    // And it can no longer be marked read.
    expect(await instructions.markInstructionRead(id, IDLE, form({}))).toMatchObject({ status: 'error', message: m.instructionHandled });
  });

  it('已阅: the office marks a pending one read (audited, off the worklist, says who); again is refused; a leader may not', async () => {
    const t16 = await task(16);
    session.actor = who.lingdao!;
    expect(await instructions.giveInstruction(t16.id, IDLE, form({ text: '关注老年人居家安全设备的使用情况。' }))).toMatchObject({ status: 'ok' });
    const second = (await prisma.instruction.findFirstOrThrow({ where: { taskId: t16.id }, select: { id: true } })).id;
    expect(await instructions.markInstructionRead(second, IDLE, form({}))).toMatchObject({ status: 'error', message: m.forbidden });
    session.actor = who.duchashi!;
    expect((await ledger()).instructions.map((i) => i.id)).toEqual([second]);
    expect(await instructions.markInstructionRead(second, IDLE, form({}))).toEqual({ status: 'ok', message: m.instructionRead });
    expect(await prisma.auditEvent.count({ where: { action: 'instruction.read', entityId: String(second) } })).toBe(1);
    expect((await ledger()).instructions).toEqual([]);
    expect((await detail(16)).instructions![0]!.state).toEqual({ kind: 'read', by: '区督查室' });
    expect(await instructions.markInstructionRead(second, IDLE, form({}))).toMatchObject({ status: 'error', message: m.instructionHandled });
  });

  it('我的批示 on the 驾驶舱: a leader’s own, newest first, with where each stands; nobody else has one', async () => {
    const { myInstructions } = await import('@/lib/data/instructions');
    session.actor = who.lingdao!;
    expect((await myInstructions(null, 2023))!.items.map((i) => [i.taskNumber, i.state.kind])).toEqual([
      [16, 'read'],
      [3, 'notice'],
    ]);
    expect(await myInstructions(null, 2024)).toEqual({ items: [], total: 0 });
    for (const other of ['duchashi', 'cgj']) {
      session.actor = who[other]!;
      expect(await myInstructions(null, 2023), other).toBeNull();
    }
  });

  it('我的批示 and 我的任务 show the newest ten and say how many there are; all of them on asking', async () => {
    const { myInstructions, instructionsForUnit } = await import('@/lib/data/instructions');
    const t3 = await task(3);
    session.actor = who.lingdao!;
    for (let k = 1; k <= 10; k++)
      expect(await instructions.giveInstruction(t3.id, IDLE, form({ text: `第${k}条：请加快推进` }))).toMatchObject({ status: 'ok' });
    const ten = (await myInstructions(null, 2023))!;
    expect(ten.total).toBe(12);
    expect(ten.items.map((i) => i.text)).toEqual(Array.from({ length: 10 }, (_, k) => `第${10 - k}条：请加快推进`));
    const all = (await myInstructions(null, 2023, true))!;
    expect(all).toMatchObject({ total: 12 });
    expect(all.items.slice(-2).map((i) => i.taskNumber)).toEqual([16, 3]);
    // 区城管局 (task 3's unit): its task's eleven, the newest ten shown.
    session.actor = who.cgj!;
    const unitId = who.cgj!.unitId!;
    expect(await instructionsForUnit(null, 2023, unitId)).toMatchObject({ total: 11, items: { length: 10 } });
    expect((await instructionsForUnit(null, 2023, unitId, true)).items).toHaveLength(11);
    const my = (await (await import('@/lib/data/my')).getMyTasks({ year: '2023', instructions: 'all' }))!;
    expect(my.instructions.items).toHaveLength(11);
  });

  it('领导批示台账: every instruction of the year, the oldest first, as CSV and as Excel read back; none for a visitor', async () => {
    const { GET } = await import('@/app/export/instructions/route');
    const n = await prisma.supervisionNotice.findFirstOrThrow({ select: { numberYear: true, number: true } });
    session.actor = null;
    expect((await GET(new Request('http://x/export/instructions?year=2023'))).status).toBe(404);
    session.actor = who.cgj!;
    const res = await GET(new Request('http://x/export/instructions?year=2023'));
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toMatch(/领导批示台账_2023_\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0]).toBe('序号,批示时间,批示领导,任务,任务内容,责任单位,批示内容,落实情况,督办办理状态');
    expect(lines).toHaveLength(1 + 12);
    // The first: put into effect by the notice, which waits on its unit; the second: marked read.
    expect(lines[1]).toMatch(
      new RegExp(`^1,\\d{4}/\\d{1,2}/\\d{1,2} \\d{2}:\\d{2},区领导,任务3,.*,区城管局,${WORDS},已转督办（督办〔${n.numberYear}〕第${n.number}号）,已交办$`),
    );
    expect(lines[2]).toMatch(/^2,.*,区领导,任务16,.*,已阅（区督查室，\d{4}年\d{1,2}月\d{1,2}日）,$/);
    expect(lines[3]).toMatch(/,第1条：请加快推进,待落实,$/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await GET(new Request('http://x/export/instructions?year=2023&format=xlsx'))).arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('领导批示台账');
    expect(ws.rowCount).toBe(13);
    expect(ws.getRow(2).getCell(7).value).toBe(WORDS);
    expect(ws.getRow(2).getCell(8).value).toBe(`已转督办（督办〔${n.numberYear}〕第${n.number}号）`);
    expect(ws.getRow(13).getCell(8).value).toBe('待落实');
  });

  it('撤回批示: a leader withdraws an own pending instruction (off the worklist; 已撤回 on the task page and the units’ lists, its words there for its leader and the office only; on 我的批示 and the 批示台账 with its words; in the audit trail); another leader, the office or a unit may not; one the office acted on stands', async () => {
    const { myInstructions, instructionsForUnit, instructionLedger } = await import('@/lib/data/instructions');
    const t9 = await task(9);
    session.actor = who.lingdao!;
    expect(await instructions.giveInstruction(t9.id, IDLE, form({ text: '误批：应为任务10' }))).toMatchObject({ status: 'ok' });
    const mistaken = (await prisma.instruction.findFirstOrThrow({ where: { taskId: t9.id }, select: { id: true } })).id;
    const total = (await myInstructions(null, 2023))!.total;
    // Nobody else may: another leader, the office, a unit of the task, a visitor.
    const other = await prisma.user.create({ data: { username: 'lingdao2', displayName: '另一位区领导', role: 'LEADER', passwordHash: 'x' } });
    const withdraw = (iid: number, back = 'mine-h') => instructions.withdrawInstruction(iid, back, IDLE, form({}));
    for (const [name, actor] of [
      ['lingdao2', { id: other.id, role: 'LEADER', unitId: null, displayName: other.displayName, username: other.username } as Actor],
      ['duchashi', who.duchashi!],
      ['cgj', who.cgj!],
    ] as const) {
      session.actor = actor;
      expect(await withdraw(mistaken), name).toMatchObject({ status: 'error', message: m.forbidden });
    }
    session.actor = null;
    expect(await withdraw(mistaken)).toMatchObject({ status: 'error', message: m.sessionEnded });
    expect(await prisma.instruction.count({ where: { id: mistaken } })).toBe(1);
    // Its leader may: gone from the task page, 我的批示 and the office's worklist; the words kept in the trail.
    session.actor = who.lingdao!;
    expect(await withdraw(mistaken)).toEqual({ status: 'ok', message: m.instructionWithdrawn });
    expect((await prisma.instruction.findUniqueOrThrow({ where: { id: mistaken }, select: { withdrawnAt: true } })).withdrawnAt).toBeInstanceOf(Date);
    // Once is enough: a second withdrawal says so and writes nothing.
    expect(await withdraw(mistaken)).toMatchObject({ status: 'error', message: m.instructionWithdrawnBefore });
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'instruction.withdrawn', entityId: String(mistaken) },
      select: { actorId: true, taskId: true, before: true },
    });
    expect(event).toMatchObject({ actorId: who.lingdao!.id, taskId: t9.id });
    expect(JSON.parse(event.before!)).toEqual({ text: '误批：应为任务10' });
    // The audit trail names it by its words.
    session.actor = who.duchashi!;
    const trail = (await (await import('@/lib/data/audit')).getAuditEvents({ action: 'instruction.withdrawn' }))!.rows;
    expect(trail.map((e) => [e.entityName, e.task])).toEqual([['误批：应为任务10', { number: 9, year: 2023 }]]);
    // Off the office's worklist; on 我的批示 as 已撤回, the count unchanged.
    session.actor = who.lingdao!;
    const mine = (await myInstructions(null, 2023, true))!;
    expect(mine.total).toBe(total);
    expect(mine.items.find((i) => i.id === mistaken)).toMatchObject({ text: '误批：应为任务10', state: { kind: 'withdrawn' } });
    session.actor = who.duchashi!;
    expect((await ledger()).instructions.map((i) => i.id)).not.toContain(mistaken);
    // On the task page and the unit's 我的任务 as 已撤回: its words for its leader and the office, withheld
    // from the task's unit and another leader (asked of nobody, and not gone without a word).
    const unitUser = Object.values(who).find((u) => u.unitId === t9.units[0]!.unitId)!;
    const otherLeader: Actor = { id: other.id, role: 'LEADER', unitId: null, displayName: other.displayName, username: other.username };
    for (const [reader, words] of [
      [who.lingdao!, '误批：应为任务10'],
      [who.duchashi!, '误批：应为任务10'],
      [unitUser, null],
      [otherLeader, null],
    ] as const) {
      session.actor = reader;
      const d = await detail(9);
      expect(d.instructions, reader.username).toMatchObject([{ id: mistaken, text: words, state: { kind: 'withdrawn' } }]);
      // The task's audit trail names it (given, withdrawn) by its words for the same readers, by its number for the others.
      const named = d.events!.filter((e) => e.entityType === 'Instruction').map((e) => [e.action, e.entityName]);
      expect(named, reader.username).toEqual([
        ['instruction.withdrawn', words],
        ['instruction.given', words],
      ]);
      expect(JSON.stringify(d.events).includes('误批'), reader.username).toBe(words !== null);
    }
    session.actor = unitUser;
    const forUnit = await instructionsForUnit(null, 2023, t9.units[0]!.unitId, true);
    expect(forUnit.items.find((i) => i.id === mistaken)).toMatchObject({ text: null, state: { kind: 'withdrawn' } });
    expect(JSON.stringify(forUnit)).not.toContain('误批');
    // Kept with the snapshot for every reader, withheld per reader: the unit reading first leaves the office its words.
    const { getPlanSnapshot } = await import('@/lib/data/plan');
    const snap = (await getPlanSnapshot(2023))!;
    session.actor = unitUser;
    expect((await instructionsForUnit(snap, 2023, t9.units[0]!.unitId, true)).items.find((i) => i.id === mistaken)!.text).toBeNull();
    session.actor = who.duchashi!;
    expect((await instructionsForUnit(snap, 2023, t9.units[0]!.unitId, true)).items.find((i) => i.id === mistaken)!.text).toBe('误批：应为任务10');
    session.actor = unitUser;
    expect((await instructionsForUnit(snap, 2023, t9.units[0]!.unitId, true)).items.find((i) => i.id === mistaken)!.text).toBeNull();
    // The 批示台账 keeps it, 已撤回 with the day, as the CSV and the Excel say.
    session.actor = who.duchashi!;
    const row = (await instructionLedger(2023))!.find((i) => i.id === mistaken)!;
    expect(row.state).toMatchObject({ kind: 'withdrawn' });
    const { instructionRows } = await import('@/lib/reports/instructions-xlsx');
    expect(instructionRows([row])[0]![7]).toMatch(/^已撤回（2026年\d+月\d+日）$/);
    expect(instructionRows([row])[0]![6]).toBe('误批：应为任务10');
    // A unit's (or another leader's) export of it says it was withdrawn, not its words.
    for (const reader of [unitUser, otherLeader]) {
      session.actor = reader;
      const theirs = (await instructionLedger(2023))!.find((i) => i.id === mistaken)!;
      expect(instructionRows([theirs])[0]!.slice(6, 8), reader.username).toEqual(['该批示已由区领导撤回，无需落实。', expect.stringMatching(/^已撤回（/)]);
    }
    session.actor = who.duchashi!;
    // The office, turning it into a notice meanwhile, is told it is handled; nothing is written.
    const notices0 = await prisma.supervisionNotice.count();
    expect(
      await notices.issueNotice(
        t9.id,
        IDLE,
        form({ reason: '落实批示', requiredAction: '完成', dueDate: '2026-12-20', instruction: String(mistaken), recipients: [String(t9.units[0]!.unitId)] }),
      ),
    ).toMatchObject({ status: 'error', message: m.instructionHandled });
    expect(await prisma.supervisionNotice.count()).toBe(notices0);
    // One the office put into effect (task 3's, by a notice) or marked read (task 16's) stands.
    session.actor = who.lingdao!;
    for (const acted of (
      await prisma.instruction.findMany({ where: { OR: [{ noticeId: { not: null } }, { readById: { not: null } }] }, select: { id: true } })
    ).map((i) => i.id)) {
      expect(await withdraw(acted, 'li-h')).toMatchObject({ status: 'error', message: m.instructionStands });
      expect(await prisma.instruction.count({ where: { id: acted } })).toBe(1);
    }
    expect(await prisma.auditEvent.count({ where: { action: 'instruction.withdrawn' } })).toBe(1);
  });
});
