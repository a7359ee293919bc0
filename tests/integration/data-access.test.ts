// Every function under lib/data/ called through a real session of each role (a signed token in the
// request's cookie naming a stored session row), with a stale token (password changed since), an
// inactive account's token and a forged one: each non-public function checks the caller itself, so
// a page that forgot to would still leak nothing. A new export without an entry here fails.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { migrateAndSeed, tempDatabaseEnv } from '@/tests/helpers/db';
import { sessionTokens, UNTRUSTED } from '@/tests/helpers/sessions';

const file = tempDatabaseEnv({ APP_TODAY: '2026-11-29', APP_MODE: 'demo' });

const jar = vi.hoisted(() => {
  const store = new Map<string, string>();
  return {
    store,
    api: {
      get: (k: string) => (store.has(k) ? { value: store.get(k)! } : undefined),
      set: (k: string, v: string) => void store.set(k, v),
      delete: (k: string) => void store.delete(k),
    },
  };
});
vi.mock('next/headers', () => ({ cookies: async () => jar.api, headers: async () => new Headers({ 'x-msd-client-address': '127.0.0.1' }) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
class Redirect extends Error {}
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));

type Prisma = typeof import('@/lib/prisma').prisma;
let prisma: Prisma;
const modules: Record<string, Record<string, unknown>> = {};
let tokens: Record<string, string> = {};
let cookieName = '';
const ids = {
  task16: 0,
  pendingUpdate: 0,
  reviewedUpdate: 0,
  pendingNarrative: '尚未审核的报送（仅登录可见）',
  snapshot: 0,
  snapshotWithEvidence: 0,
  draftYear: 2041,
  notice: 0,
  evidence: 0,
  mzjUnit: 0,
};

const as = (who: string | null) => {
  jar.store.clear();
  if (who) jar.store.set(cookieName, tokens[who]!);
};

beforeAll(async () => {
  await migrateAndSeed(file, { demoUsers: true });
  prisma = (await import('@/lib/prisma')).prisma;
  const { readdirSync } = await import('node:fs');
  for (const f of readdirSync('lib/data').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    modules[f.replace(/\.ts$/, '')] = await import(`@/lib/data/${f.replace(/\.ts$/, '')}`);
  }
  ({ cookieName, tokens } = await sessionTokens(prisma));

  // What only some may see: a pending update and an open notice on task 16 (区民政局's), a reminder
  // for 区民政局, a draft plan year, a published report.
  const mzj = await prisma.user.findUniqueOrThrow({ where: { username: 'mzj' }, select: { id: true, unitId: true } });
  const office_ = await prisma.user.findUniqueOrThrow({ where: { username: 'duchashi' }, select: { id: true } });
  const t16 = await prisma.task.findFirstOrThrow({ where: { number: 16, planYear: { year: 2023 } }, select: { id: true } });
  ids.task16 = t16.id;
  const pending = await prisma.progressUpdate.create({
    data: { taskId: t16.id, asOf: new Date('2023-09-30T00:00:00Z'), narrative: ids.pendingNarrative, status: 'PENDING', submittedById: mzj.id },
  });
  ids.pendingUpdate = pending.id;
  // An update the office returned: what the queue says after a decision posted without JavaScript.
  ids.reviewedUpdate = (
    await prisma.progressUpdate.create({
      data: {
        taskId: t16.id,
        asOf: new Date('2023-08-31T00:00:00Z'),
        narrative: '已退回的报送',
        status: 'RETURNED',
        submittedById: mzj.id,
        reviewedById: office_.id,
        reviewedAt: new Date(),
        reviewComment: '请补充',
      },
    })
  ).id;
  // Its evidence (a PDF in the file store), not marked public.
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
  const sha256 = await (await import('@/lib/files/store')).fileStore().put(pdf);
  ids.evidence = (
    await prisma.evidence.create({
      data: {
        taskId: t16.id,
        updateId: pending.id,
        uploadedById: mzj.id,
        unitId: mzj.unitId,
        caption: '验收单',
        fileName: 'a.pdf',
        mime: 'application/pdf',
        kind: 'pdf',
        size: pdf.length,
        sha256,
      },
    })
  ).id;
  ids.notice = (
    await prisma.supervisionNotice.create({
      data: {
        taskId: t16.id,
        issuedById: office_.id,
        reason: '测试',
        requiredAction: '测试',
        dueDate: new Date('2027-01-31T00:00:00Z'),
        status: 'OPEN',
        year: 2023,
        number: 1,
        recipients: { create: { unitId: mzj.unitId! } },
      },
      select: { id: true },
    })
  ).id;
  ids.mzjUnit = mzj.unitId!;
  const leader = await prisma.user.findUniqueOrThrow({ where: { username: 'lingdao' }, select: { id: true } });
  await prisma.instruction.create({ data: { taskId: t16.id, authorId: leader.id, text: '请加快安装（领导批示，仅登录可见）' } });
  // The plan names the demo leader (区领导) as task 16's 牵头区领导: the 驾驶舱's 我牵头的任务 lists it for them.
  await prisma.task.update({ where: { id: t16.id }, data: { leadOfficial: '区领导' } });
  await prisma.reminder.create({ data: { key: 'DATA-ACCESS', day: '2026-11-29', rule: 'OVERDUE', unitId: mzj.unitId!, text: '测试提醒' } });
  await prisma.planYear.create({ data: { year: ids.draftYear, title: '草稿年度', status: 'DRAFT' } });
  as('duchashi');
  const { publishReport } = await import('@/lib/actions/reports');
  const fd = new FormData();
  fd.append('year', '2023');
  fd.append('period', 'H1');
  await expect(publishReport({ status: 'idle' }, fd)).rejects.toThrow(Redirect);
  ids.snapshot = (await prisma.reportSnapshot.findFirstOrThrow({ select: { id: true } })).id;
  // A snapshot that lists the PDF among its frozen 佐证材料 (as one published after approving it would).
  const { id: firstId, ...published } = await prisma.reportSnapshot.findUniqueOrThrow({ where: { id: ids.snapshot } });
  const frozen = {
    taskNumber: 16,
    updateAsOf: '2023-06-30',
    caption: '验收单',
    fileName: 'a.pdf',
    kind: 'pdf',
    mime: 'application/pdf',
    size: pdf.length,
    sha256,
  };
  const model = { ...JSON.parse(published.model), evidence: [{ ...frozen, screenSha256: null, thumbSha256: null, public: false }] };
  ids.snapshotWithEvidence = (
    await prisma.reportSnapshot.create({ data: { ...published, model: JSON.stringify(model), replacesId: firstId, note: '附佐证材料' } })
  ).id;
});

const SIGNED_IN = ['mzj', 'clh', 'lingdao', 'duchashi'];
const CALLERS = [null, ...SIGNED_IN, ...UNTRUSTED];

type Fn = (...a: unknown[]) => Promise<unknown>;
const fn = (mod: string, name: string) => modules[mod]![name] as Fn;

/**
 * `sees`: whether the result holds what the entry protects; `who`: the callers that must see it.
 * 'public' — for everybody by design; 'helper' — takes the caller or a transaction from a function
 * that checked it, never called by a page on its own.
 */
type Entry = { who: string[]; call: () => Promise<unknown>; sees: (r: unknown) => boolean } | 'public' | 'helper';
const notNull = (r: unknown) => r !== null && r !== undefined;
const anyOf = (r: unknown) => notNull(r) && (r as unknown[]).length > 0;
const planOf = async () => (await fn('evaluated-plan', 'getEvaluatedPlan')({ year: '2023' }))!;

const DATA: Record<string, Entry> = {
  'accounts.getAccounts': { who: ['duchashi'], call: () => fn('accounts', 'getAccounts')(), sees: notNull },
  'audit.getAuditEvents': { who: ['duchashi'], call: () => fn('audit', 'getAuditEvents')({}), sees: notNull },
  'audit.getTaskAudit': { who: SIGNED_IN, call: () => fn('audit', 'getTaskAudit')(ids.task16), sees: notNull },
  // 佐证材料 of a pending update: the office, leaders and the task's unit; another unit and visitors not.
  'evidence.getEvidenceFile': { who: ['mzj', 'lingdao', 'duchashi'], call: () => fn('evidence', 'getEvidenceFile')(ids.evidence, 'original'), sees: notNull },
  'evidence.visibleEvidence': 'helper',
  // The picker's hint: limits from the settings, public as the settings are.
  'evidence.evidenceLimits': 'public',
  // The update form's picker: the files the given user staged — called by getUpdatePage with the signed-in caller, after its right to the form.
  'evidence.evidenceForm': 'helper',
  // A published report's frozen files: its readers (the office and leaders).
  'evidence.getReportEvidenceFile': {
    who: ['lingdao', 'duchashi'],
    call: () => fn('evidence', 'getReportEvidenceFile')(ids.snapshotWithEvidence, 0, 'original'),
    sees: notNull,
  },
  'evaluation.getEvaluation': { who: SIGNED_IN, call: async () => fn('evaluation', 'getEvaluation')(await planOf()), sees: notNull },
  // The dashboards' CSV: approved figures only, the same for everybody (one truth).
  'exports.tasksList': 'public',
  'exports.halfYearList': 'public',
  'exports.listResponse': 'helper',
  'exports.listRoute': 'helper',
  'exports.evaluationList': { who: SIGNED_IN, call: () => fn('exports', 'evaluationList')({ year: '2023' }), sees: notNull },
  // 较上期变化 as a file: the 驾驶舱's comparison, approved figures only, for every reader of the 驾驶舱.
  'exports.changesExport': 'public',
  'exports.csvResponse': 'helper',
  'freeze.deepFreeze': 'helper',
  'freeze.keptWith': 'helper',
  'half-year.getHalfYear': 'public',
  'half-year.halfYearTable': 'public',
  // Thresholds, weights and limits: shown on public screens (the evaluation's weights, the form's limits).
  'plan.getSettings': 'public',
  'health.getHealth': 'public',
  'inbox.inboxWhere': 'helper',
  'inbox.getUnreadCount': { who: ['mzj', 'duchashi'], call: () => fn('inbox', 'getUnreadCount')(), sees: (r) => (r as number) > 0 },
  'inbox.getInbox': { who: ['mzj', 'duchashi'], call: () => fn('inbox', 'getInbox')(), sees: (r) => notNull(r) && JSON.stringify(r).includes('测试提醒') },
  // Public charts; the unit scores (结果考评) and open-notice counts only for signed-in users.
  // The 驾驶舱's 较上期变化 of a plan its caller evaluated for its reader.
  'leadership.comparisonOf': 'helper',
  // 我牵头的任务: a leader's own worklist — leaders alone (the office and units have none, as a visitor).
  'leadership.ledByMe': { who: ['lingdao'], call: async () => fn('leadership', 'ledByMe')(await planOf()), sees: anyOf },
  'leadership.getLeadership': {
    who: SIGNED_IN,
    // The scores come as a promise (streamed by the page): awaited here, as the page's part does.
    call: async () => {
      const l = (await fn('leadership', 'getLeadership')({ year: '2023' })) as { evaluation: Promise<unknown> } | null;
      return l && { ...l, evaluation: await l.evaluation };
    },
    sees: (r) => {
      const l = r as { evaluation: unknown; openNotices: Map<number, number> };
      return l.evaluation !== null || l.openNotices.size > 0;
    },
  },
  'my.getMyTasks': { who: ['mzj', 'clh'], call: () => fn('my', 'getMyTasks')({}), sees: notNull },
  'notices.toNoticeView': 'helper',
  'notices.noticesWhere': 'helper',
  'notices.noticeRowsWhere': 'helper',
  'notices.ledgerWhere': 'helper',
  'notices.unitCounts': 'helper',
  'notices.getLedgerWaitingCount': { who: ['duchashi'], call: () => fn('notices', 'getLedgerWaitingCount')(), sees: (r) => typeof r === 'number' },
  'notices.getNoticeLedger': { who: SIGNED_IN, call: () => fn('notices', 'getNoticeLedger')({ year: 2023 }), sees: notNull },
  'notices.getNotice': { who: SIGNED_IN, call: () => fn('notices', 'getNotice')(ids.notice), sees: notNull },
  // 领导批示 (a pending one on task 16): every signed-in reader, never a visitor.
  'instructions.instructionsOfTask': { who: SIGNED_IN, call: () => fn('instructions', 'instructionsOfTask')(ids.task16, null), sees: anyOf },
  'instructions.pendingInstructionsOf': { who: SIGNED_IN, call: () => fn('instructions', 'pendingInstructionsOf')(null, 2023), sees: anyOf },
  // A leader's own (the 驾驶舱's 我的批示): leaders alone.
  'instructions.instructionLedger': { who: SIGNED_IN, call: () => fn('instructions', 'instructionLedger')(2023), sees: anyOf },
  'instructions.myInstructions': {
    who: ['lingdao'],
    call: () => fn('instructions', 'myInstructions')(null, 2023),
    sees: (r) => notNull(r) && anyOf((r as { items: unknown[] }).items),
  },
  'instructions.instructionsForUnit': {
    who: SIGNED_IN,
    call: async () => fn('instructions', 'instructionsForUnit')(null, 2023, ids.mzjUnit),
    sees: (r) => anyOf((r as { items: unknown[] }).items),
  },
  'evaluated-plan.parseFilters': 'helper',
  'evaluated-plan.getEvaluatedPlan': {
    // A published snapshot (?snapshot=N) is for those who read reports; the live plan is public.
    who: ['lingdao', 'duchashi'],
    call: () => fn('evaluated-plan', 'getEvaluatedPlan')({ snapshot: String(ids.snapshot) }),
    sees: notNull,
  },
  'evaluated-plan.getOpenNoticeCounts': {
    who: SIGNED_IN,
    call: () => fn('evaluated-plan', 'getOpenNoticeCounts')([ids.task16], new Map([[ids.task16, 16]])),
    sees: (r) => (r as Map<number, number>).size > 0,
  },
  'evaluated-plan.openNoticesOf': 'helper',
  'overview.getOverview': {
    who: SIGNED_IN,
    call: () => fn('overview', 'getOverview')({ year: '2023' }),
    sees: (r) => (r as { openNotices: Map<number, number> }).openNotices.size > 0,
  },
  // The /plan pages' loader: sign-in first (a redirect), then getPlanAdmin's own check (above).
  'plan-admin.getPlanOffice': 'helper',
  'plan-admin.getPlanAdmin': { who: ['duchashi'], call: () => fn('plan-admin', 'getPlanAdmin')(), sees: notNull },
  'plan-admin.getPlanYearEdit': { who: ['duchashi'], call: () => fn('plan-admin', 'getPlanYearEdit')(2023), sees: notNull },
  'plan-admin.getTaskEdit': { who: ['duchashi'], call: () => fn('plan-admin', 'getTaskEdit')(2023, 16), sees: notNull },
  'plan.getPlanYears': {
    who: ['duchashi'],
    call: () => fn('plan', 'getPlanYears')(),
    sees: (r) => (r as { year: number }[]).some((y) => y.year === ids.draftYear),
  },
  'plan.forgetPlanSnapshots': 'helper',
  'plan.getPlanSnapshot': { who: ['duchashi'], call: () => fn('plan', 'getPlanSnapshot')(ids.draftYear), sees: notNull },
  'plan.resolveYear': { who: ['duchashi'], call: () => fn('plan', 'resolveYear')(String(ids.draftYear)), sees: (r) => r === ids.draftYear },
  'plan.resolveAsOf': 'helper',
  'plan.getPublishedPlan': { who: ['lingdao', 'duchashi'], call: () => fn('plan', 'getPublishedPlan')(ids.snapshot), sees: notNull },
  'reports.buildLiveReport': {
    who: ['lingdao', 'duchashi'],
    call: () => fn('reports', 'buildLiveReport')({ year: 2023, kind: 'H1', asOf: '2023-06-30' }),
    sees: notNull,
  },
  'reports.listSnapshots': { who: ['lingdao', 'duchashi'], call: () => fn('reports', 'listSnapshots')(), sees: anyOf },
  'reports.getSnapshot': { who: ['lingdao', 'duchashi'], call: () => fn('reports', 'getSnapshot')(ids.snapshot), sees: notNull },
  'reports.getSnapshotFile': { who: ['lingdao', 'duchashi'], call: () => fn('reports', 'getSnapshotFile')(ids.snapshot, 'xlsx'), sees: notNull },
  'reports.lastLetterhead': { who: ['lingdao', 'duchashi'], call: () => fn('reports', 'lastLetterhead')(), sees: notNull },
  'reports.getReportsPage': {
    who: ['lingdao', 'duchashi'],
    call: () => fn('reports', 'getReportsPage')({ year: '2023' }),
    sees: (r) => (r as { allowed: boolean }).allowed,
  },
  // What a review decision without JavaScript is sent on to: only the reviewer who took it sees it.
  'review.getReviewedUpdate': { who: ['duchashi'], call: () => fn('review', 'getReviewedUpdate')(String(ids.reviewedUpdate)), sees: notNull },
  'review.getPendingCount': { who: ['duchashi'], call: () => fn('review', 'getPendingCount')(), sees: notNull },
  'review.getReviewQueue': { who: ['duchashi'], call: () => fn('review', 'getReviewQueue')(), sees: notNull },
  'review.needsVerification': 'helper',
  'approved.lastApprovedValues': 'helper',
  'task.getTaskHistory': {
    who: SIGNED_IN,
    call: () => fn('task', 'getTaskHistory')(ids.task16),
    sees: (r) => JSON.stringify(r).includes(ids.pendingNarrative),
  },
  'task.getTaskDetail': {
    who: SIGNED_IN,
    call: () => fn('task', 'getTaskDetail')(16, { year: '2023' }),
    sees: (r) => {
      const d = r as { history: unknown; events: unknown; notices: unknown; instructions: unknown };
      return JSON.stringify(d.history).includes(ids.pendingNarrative) || d.events !== null || d.notices !== null || d.instructions !== null;
    },
  },
  'task.getProjectDetail': 'public',
  // The form carries the returned update, the review comment and the pending-update token.
  'update-context.getUpdatePage': {
    who: ['mzj', 'duchashi'],
    call: () => fn('update-context', 'getUpdatePage')('2023', 16),
    sees: (r) => (r as { allowed: boolean }).allowed,
  },
  // What a submission without JavaScript is sent on to: only the one who submitted it sees it.
  'update-context.getSubmittedUpdate': {
    who: ['mzj'],
    call: () => fn('update-context', 'getSubmittedUpdate')('2023', 16, ids.pendingUpdate),
    sees: notNull,
  },
  'update-context.loadUpdateContext': 'helper',
  'update-context.loadSubmitContext': 'helper',
  'update-context.loadSubmitRules': 'helper',
  'reports.reportFor': 'helper',
  // A reader as the withdrawn-words rule asks (who, and whether they keep the record): reads nothing.
  'instructions.instructionReader': 'helper',
};

describe('every data function checks its caller (real sessions)', () => {
  it('every exported function of lib/data has an entry', () => {
    const exported = Object.entries(modules).flatMap(([mod, exports]) =>
      Object.entries(exports)
        .filter(([, v]) => typeof v === 'function')
        .map(([name]) => `${mod}.${name}`),
    );
    expect(exported.sort()).toEqual(Object.keys(DATA).sort());
  });

  for (const [name, entry] of Object.entries(DATA)) {
    if (typeof entry === 'string') continue;
    it(`${name}: only ${entry.who.join(', ')} see it`, async () => {
      const seen: string[] = [];
      for (const who of CALLERS) {
        as(who);
        if (entry.sees(await entry.call())) seen.push(who ?? 'anonymous');
      }
      expect(seen).toEqual(entry.who);
    });
  }

  it('the public screens never show the pending update or the open notice to a visitor', async () => {
    as(null);
    const pages = await Promise.all([
      fn('overview', 'getOverview')({ year: '2023' }),
      fn('half-year', 'getHalfYear')({ year: '2023' }),
      fn('half-year', 'halfYearTable')({ year: '2023' }),
      fn('task', 'getProjectDetail')(9, { year: '2023' }),
      fn('exports', 'tasksList')({ year: '2023' }),
      fn('exports', 'halfYearList')({ year: '2023' }),
      fn('exports', 'changesExport')({ year: '2023', asOf: '2023-12-31', since: '2023-01-01' }),
      fn('task', 'getTaskDetail')(16, { year: '2023' }),
    ]);
    for (const p of pages) expect(p).not.toBeNull();
    const text = JSON.stringify(pages, (_k, v) => (v instanceof Map ? [...v] : v));
    expect(text).not.toContain(ids.pendingNarrative);
    expect(text).not.toContain('督办〔2023〕');
    expect(text).not.toContain('领导批示，仅登录可见');
  });
});
