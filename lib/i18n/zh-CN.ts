// The zh-CN message catalogue: every user-facing string of the app lives here.
import type { Reason, Status } from '@/lib/domain/status';
import type { Mark } from '@/lib/domain/half-year';
import type { PeriodKind } from '@/lib/domain/periods';
import type { Accrual, Category, Direction, ProblemKind, Role } from '@/lib/domain/types';
import { displayExpected } from '@/lib/domain/numbers';
import { DUE_WINDOW_DAYS } from '@/lib/domain/milestones';
import { digitYears } from '@/lib/domain/time-wording';
import { deliveryProblem } from '@/lib/domain/reminders';
import type { FigureFlag, UpdateFlag } from '@/lib/domain/plausibility';
import type { Headline } from '@/lib/domain/leadership';
import type { Movement, SinceError, SinceShortcut } from '@/lib/domain/changes';
import type { IssueKind } from '@/lib/domain/plan-import';
import type { SkipReason } from '@/lib/domain/plan-table';
import { common, print } from './client-strings';
import { accounts, password, role } from './parts/accounts';
import { auth } from './parts/auth';
import { category } from './parts/category';
import { confirm } from './parts/confirm';
import { evidence } from './parts/evidence';
import { instruction } from './parts/instruction';
import { notice as noticeParts } from './parts/notice';
import { noticeLedger } from './parts/notice-ledger';
import { reminders } from './parts/reminders';
import { review } from './parts/review';
import { form, problemKind } from './parts/update-form';
import { planCreate } from './parts/plan-create';
import { planEdit } from './parts/plan-edit';
import { planImport, planIssueAt } from './parts/plan-import';
import { reportUi } from './parts/report-ui';
import { progress, status, taskRow } from './parts/task-status';
import { timeline } from './parts/timeline';
import { clip, fmtDate, fmtMonth, fmtNumber, fmtPct, fmtPts, fmtShortDate, plain, displayUnit } from './format';

// The status words live in a part (client components draw task lists with them); read here as before.
export { statusLabel, type NextPoint } from './parts/task-status';

type ReportClass = 'COMPLETED' | 'GOOD' | 'LAGGING' | 'PLANNED';
type UpdateStatus = 'PENDING' | 'APPROVED' | 'RETURNED';

const CN_ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/** Why a delivery has not gone through, in words the office can act on (`deliveryProblem` reads the robot's answer). */
const deliveryError = (error: string, retried = true) =>
  `（${
    {
      security: '钉钉机器人安全设置不符：请在“单位与账号”核对加签密钥，或在消息前缀中加入机器人的关键词',
      address: '机器人地址无效或机器人已被移除：请在“单位与账号”更新Webhook',
      unreachable: `${retried ? '暂时无法送达，将自动重试' : '暂时无法送达'}：${error}`,
      other: error,
    }[deliveryProblem(error)]
  }）`;

export const t = {
  app: {
    title: '盐田区民生实事进度督办看板',
    shortTitle: '民生实事督办',
    skipToContent: '跳到正文',
  },
  nav: {
    reviewCount: (n: number) => `审核（${n}）`,
    reports: '报告',
    plan: '计划管理',
    accounts: '单位与账号',
    notices: '督办台账',
    /** For the office: answers to close or return and 领导批示 to act on, waiting on the ledger. */
    noticesCount: (n: number) => `督办台账（${n}）`,
    overview: '总览',
    timeline: '挂图作战',
    halfYear: '半年对标',
    leadership: '领导驾驶舱',
    review: '审核',
    my: '我的任务',
    audit: '留痕',
  },
  print,
  printTitle: (asOf: string | null, printedOn: string) => `${asOf ? `统计截至${asOf} · ` : ''}打印日期${printedOn}`,
  nav_label: '主导航',
  /** Each page's <title> (tabs, history and screen readers tell pages apart by it). */
  pageTitle: {
    overview: '总览',
    signedIn: '已重新登录',
    timeline: '挂图作战',
    halfYear: '半年对标',
    leadership: '领导驾驶舱',
    my: '我的任务',
    review: '审核',
    audit: '留痕',
    reports: '报告',
    report: (id: string) => `发布的报告 第${id}号`,
    notices: '督办台账',
    inbox: '提醒',
    plan: '计划管理',
    planYear: (y: string) => `${y}年度计划`,
    planTask: (y: string, n: string) => `${y}年度计划 任务${n}`,
    planImport: '从Excel、Word或PDF导入年度计划',
    accounts: '单位与账号',
    password: '修改密码',
    login: '登录',
    task: (n: string) => `任务${n}`,
    taskUpdate: (n: string) => `报送进展 任务${n}`,
    project: (n: string) => `项目${n}`,
  },
  chart: {
    table: '表格',
    target: '目标',
    label: (title: string, summary: string) => `${title}：${summary}`,
    percentSummary: (n: number, below: number) => `${n}项指标，其中${below}项低于序时应达`,
    trendSummary: (date: string, actual: string, expected: string) => `截至${date}，实际完成${actual}，序时应达${expected}`,
    noData: '暂无数据',
  },
  legend: '图例',
  asOfShort: (d: string) => `（截至${d}）`,
  status,
  category,
  reportClass: {
    COMPLETED: '已圆满完成',
    GOOD: '顺利推进、完成较好',
    LAGGING: '进度滞后',
    PLANNED: '按计划有序推进',
  } satisfies Record<ReportClass, string>,
  problemKind,
  asOf: {
    label: '统计截至',
    year: '年度',
    apply: '查看',
    /** Under the date on a published report's view: the report's date is fixed. */
    leavesPublished: '已发布版本的统计日期固定；选择其他日期将查看该日的实时数据。',
    hint: (d: string, reason: 'today' | 'latest_report' | 'not_started' | 'chosen' = 'chosen') =>
      reason === 'today'
        ? `状态按今天（${fmtDate(d)}）计算`
        : reason === 'latest_report'
          ? `状态按最近一次审核通过的报送日期${fmtDate(d)}计算`
          : reason === 'not_started'
            ? `本年度未开始报送（尚无审核通过的进展报送），状态按${fmtDate(d)}计算`
            : `状态按${fmtDate(d)}计算`,
    /** A year in the year switch: 2024（未开始报送） while it has no approved report. */
    yearOption: (year: number, notStarted: boolean) => (notStarted ? `${year}（未开始报送）` : String(year)),
  },
  overview: {
    heading: '十件民生实事总览',
    counts: '任务状态统计',
    alerts: '滞后预警',
    noAlerts: '当前没有滞后或存在风险的任务。',
    projects: '项目进度',
    units: '责任单位情况',
    unitCols: { unit: '责任单位', tasks: '任务数', lagging: '滞后', atRisk: '风险', lastUpdate: '最近报送' },
    filters: '筛选',
    filterStatus: '状态',
    filterUnit: '责任单位',
    filterCategory: '类别',
    filterOfficial: '牵头区领导',
    search: '搜索',
    searchPlaceholder: '任务内容、项目名称、牵头区领导',
    all: '全部',
    apply: '筛选',
    clear: '清除筛选',
    noMatch: '没有符合筛选条件的任务。',
    shown: (n: number, total: number) => `显示${n}/${total}项任务`,
    alertsMore: (shown: number, total: number) => `显示最紧要的${shown}项，共${total}项`,
    alertsAll: '显示全部预警',
    pageSummary: (page: number, pages: number, tasks: number) => `第${page}页，共${pages}页（${tasks}项任务）`,
  },
  task: {
    ...taskRow,
    content: '项目内容',
    units: '责任单位',
    leadOfficial: '牵头区领导',
    planBeyondDeadline: (labels: string[], deadline: string) =>
      `注意：计划节点（${labels.join('、')}）晚于完成时限${deadline}，以报告原文为准，完成时限过后按未完成预警。`,
    items: '子项',
    itemDone: (d: string) => `已完成（${fmtDate(d)}）`,
    itemOpen: '未完成',
    indicators: '量化指标',
    indCols: { name: '指标', target: '年度目标', actual: '最新实际', share: '完成比例', expected: '序时应达' },
    milestones: '节点清单',
    milestoneReached: (d: string) => `已完成（${fmtDate(d)}）`,
    milestoneOverdue: (n: number) => `已逾期${n}天`,
    seeStatusReasons: '原因见上方“状态说明”',
    milestoneDue: (d: string) => `计划${fmtDate(d)}前`,
    noMilestones: { report: '报告未列出分月节点。', plan: '计划未列出分月节点。' } satisfies Record<'report' | 'plan', string>,
    problems: '存在问题',
    noProblems: '无',
    blocking: '阻塞',
    resolved: (d: string) => `已解决（${fmtDate(d)}）`,
    open: '未解决',
    updates: '进展报送记录',
    fromReport: '半年报告',
    /** An update that answered a 督办 notice (its number links to the notice on the page). */
    answeredNotice: '含督办反馈：',
    /** On a task page seen as published: an approved update that stands outside that report (lib/domain/report.ts). */
    outsidePublished: {
      approved_after: () => '发布后审核通过，未计入发布版',
      dated_after: (asOf: string) => `截至日期晚于发布版的统计截至日期（${fmtDate(asOf)}）`,
    },
    h1: '上半年进展情况',
    h2: { report: '下半年任务目标及措施', plan: '工作计划' } satisfies Record<'report' | 'plan', string>,
    note: '备注',
    statusReasons: '状态说明',
    onTrackNote: '按计划推进，暂无预警。',
    lastUpdate: '最近报送',
    noFigure: '无量化数据',
    notMentioned: '未提及',
    noTarget: '无目标值',
    notJudged: '不按时间考核',
    reportClass: '半年报告评价',
    project: '所属项目',
    backToOverview: '返回总览',
  },
  project: {
    number: (numeral: string) => `项目${numeral}`,
    tasks: '具体任务',
  },
  progress,
  timeline,
  updateStatus: { PENDING: '待审核', APPROVED: '已通过', RETURNED: '已退回' } satisfies Record<UpdateStatus, string>,
  role,
  auth: {
    ...auth,
    /** On the sign-in page (a server component), when the browser's session has ended. */
    sessionEnded: '登录已失效（长时间未操作、超过有效期或已在别处退出），请重新登录。',
    /** The same, after a form sent without JavaScript was kept as a draft (lib/actions/form-drafts.ts). */
    draftKept: '登录已失效，刚才填写的内容已暂存。重新登录后回到原页面，内容将恢复（所选文件需重新选择）。',
    /** Where a sign-in opened from a form (在新窗口登录) lands: the form and its input are in the other window. */
    resumed: {
      heading: '已重新登录',
      body: '请回到原来的窗口，再次提交刚才填写的内容（内容仍在那个窗口中）。本窗口可以关闭。',
      stay: '或在本窗口继续：',
    },
  },
  my: {
    heading: '我的任务',
    dueSoon: `近${DUE_WINDOW_DAYS}天到期节点`,
    noDueSoon: `近${DUE_WINDOW_DAYS}天内没有到期节点。`,
    notices: '督办通知',
    noNotices: '没有待办的督办通知。',
    tasks: '本单位任务',
    report: '报送进展',
    pending: '有待审核的报送',
    returned: '有被退回的报送',
  },
  // The page's heading and refusal, said by the page (a server component): kept out of the form's part,
  // which the browser loads.
  form: {
    ...form,
    heading: (n: number) => `报送进展：任务${n}`,
    cannotEdit: '只有本任务的责任单位可以报送进展。',
    /** Over the update form filled with a draft kept when its session ended (sent without JavaScript). */
    draftRestored: '登录失效前填写的内容已恢复，请核对后提交。',
    /** Above a returned update handed back to fix: composed by the page, shown by the form. */
    returned: (comment: string) => `上次报送已被退回${comment ? `（审核意见：${comment}）` : ''}。表单中是退回的内容，请修改后重新提交。`,
    /** A notice the form answers, by its number as the inbox names it (composed by the page; the form's label and its error summary). */
    noticeField: (no: string, reason: string) => `${no} ${reason}`,
    /** A reached step's date field, named by its step (each field its own accessible name; the error summary's link). */
    stepDate: (step: string) => `完成日期（${clip(step, 12)}）`,
  },
  review: {
    ...review,
    // The review page's marks (a server component): those the update form shows, and the rest.
    flags: {
      ...review.flags,
      decrease: '低于上次审核通过的数值',
      milestone_before_last_update: '节点完成日期早于上次审核通过的报送',
      as_of_before_last_update: '截至日期早于上次审核通过的报送',
    } satisfies Record<FigureFlag | UpdateFlag, string>,
    // The queue's line after a decision (server-rendered: not in the form's module).
    /** `task`: the task with its plan year (t.task.inYear) — the queue holds every active year's updates. */
    reviewed: (task: string, approved: boolean) => `${task}的报送${approved ? '已审核通过' : '已退回单位修改'}。`,
    viewTask: '查看任务',
  },
  notice: { ...noticeParts, ledger: noticeLedger },
  instruction,
  audit: {
    heading: '操作留痕',
    taskHistory: '操作记录',
    empty: '没有符合条件的记录。',
    /** A task's own 操作记录 before anything was done to it (no filter to match). */
    noHistory: '暂无操作记录。',
    cols: { at: '时间（北京时间）', actor: '操作人', action: '操作', entity: '对象', task: '任务' },
    entity: {
      SupervisionNotice: '督办通知',
      ReportSnapshot: '发布报告',
      PlanYear: '年度计划',
      Unit: '责任单位',
      Milestone: '计划节点',
      Indicator: '指标',
      TaskItem: '分项',
      ProgressUpdate: '进展报送',
      Problem: '问题',
      User: '用户',
      Task: '任务',
      Setting: '设置',
      Project: '项目',
      Evidence: '佐证材料',
      Instruction: '领导批示',
    },
    filterAction: '操作类型',
    filterTask: '任务编号',
    filterActor: '操作人',
    system: '系统',
    actions: {
      login: '登录',
      'login.failed': '登录失败',
      logout: '退出',
      'update.submitted': '提交进展',
      'update.approved': '审核通过',
      'update.returned': '退回修改',
      'notice.issued': '发出督办',
      'instruction.given': '领导批示',
      'instruction.read': '批示已阅',
      'instruction.withdrawn': '撤回批示',
      'notice.answered': '随进展报送反馈督办',
      'notice.acknowledge': '签收督办',
      'notice.answer': '反馈督办',
      'notice.return': '退回重办',
      'notice.close': '督办办结',
      'notice.urge': '催办',
      'problem.raised': '新增问题',
      'problem.resolved': '问题解决',
      'user.created': '创建用户',
      'user.password': '重置密码',
      'user.deactivated': '停用用户',
      'user.renamed': '修改显示名',
      'user.sessions_ended': '结束会话',
      'report.published': '发布报告',
      'plan.created': '新建年度',
      'plan.imported': '导入年度计划',
      'plan.status': '变更年度状态',
      'plan.task_edited': '修改任务计划',
      'plan.milestone_edited': '修改计划节点',
      'plan.milestone_added': '新增计划节点',
      'plan.milestone_removed': '删除计划节点',
      'plan.indicator_edited': '修改指标',
      'plan.project_edited': '修改项目',
      'plan.project_added': '新增项目',
      'plan.project_removed': '删除项目',
      'plan.task_added': '新增任务',
      'plan.task_removed': '删除任务',
      'plan.item_added': '新增分项',
      'plan.item_edited': '修改分项',
      'plan.item_removed': '删除分项',
      'plan.indicator_added': '新增指标',
      'plan.indicator_removed': '删除指标',
      'unit.created': '新建单位',
      'unit.renamed': '修改单位',
      'unit.robot_tested': '发送群机器人测试消息',
      'user.password_changed': '修改密码',
      'reminders.read': '提醒标为已读',
      'evidence.uploaded': '上传佐证材料',
      'evidence.viewed': '查看佐证材料原件',
      'evidence.published': '公开佐证材料',
      'evidence.withdrawn': '取消公开佐证材料',
      'evidence.removed': '移除佐证材料',
    },
    /** An action's name on the 留痕 screen (a row older than its name in the catalogue: as recorded). */
    actionLabel: (action: string): string => (t.audit.actions as Record<string, string>)[action] ?? action,
    limited: (n: number) => `每页${n}条，最新的在前`,
    filterYear: '计划年度',
    pages: '留痕分页',
    older: '更早的记录',
    newest: '回到最新',
  },
  halfYear: {
    heading: { H1: '上半年完成情况与年度目标对比', FY: '全年完成情况与年度目标对比', DATE: '完成情况与年度目标对比' } satisfies Record<PeriodKind, string>,
    period: { H1: '上半年', FY: '全年', DATE: '任意日期' } satisfies Record<PeriodKind, string>,
    periodLabel: '统计期间',
    /** Under the period choice on a published report's view: the report's period is fixed. */
    leavesPublished: '已发布版本的统计期间固定；选择其他期间或日期将查看实时数据。',
    title: (year: number, period: PeriodKind) => `${year}年${t.halfYear.heading[period]}`,
    /** A date's half is named too: 下半年（统计截至2023年8月31日）. */
    intro: (period: 'H1' | 'FY' | 'DATE', date: string, half: 'H1' | 'FY') =>
      `${period === 'DATE' ? (half === 'H1' ? '上半年' : '下半年') : `${t.halfYear.period[period]}`}（统计截至${date}）各项量化指标与年度目标对比。每行先列任务状态（与各页面一致），再列该数值自身的对比标记。`,
    taskStatus: '任务状态',
    figureMark: '数值',
    planCol: { H1: '下半年计划', FY: '下一步计划', DATE: '下一步计划' } satisfies Record<PeriodKind, string>,
    approx: '（约数）',
    nextMilestone: (label: string, text: string) => `下一节点：${text.startsWith(label) ? text : `${label}：${text}`}`,
    chart: '各指标完成年度目标比例与序时应达',
    actualSeries: '实际完成（占年度目标）',
    expectedSeries: '序时应达',
    cols: {
      task: '任务',
      indicator: '指标',
      target: '年度目标',
      actual: '实际完成',
      pct: '完成比例',
      expected: '序时应达',
      variance: '偏差',
      plan: '下半年计划',
      mark: '状态',
    },
    direction: { AT_LEAST: '≥', EXACTLY: '=' } satisfies Record<Direction, string>,
    marks: {
      ahead: '数值超前',
      on_pace: '数值持平',
      behind: '数值落后',
      before_plan: '未到计划节点',
      mismatch: '口径不一',
      approx: '约数，不作判断',
      not_reported: '未提及',
      not_judged: '不按时间考核',
      no_indicator: '无量化指标',
    } satisfies Record<Mark, string>,
    sort: '排序',
    sortProject: '按项目',
    sortVariance: '按偏差（最落后在前）',
    avgPercent: (mean: string, n: number) => `形象进度类指标平均完成${mean}（${n}项）`,
    avgCounts: (mean: string, n: number) => `数量类指标平均完成年度目标${mean}（${n}项，超额按100%计）`,
    notReported: (n: number) => `${n}项指标报告未提及实际数值，不计入平均`,
    noneYet: '无',
    noIndicatorText: '报告未列出量化指标',
  },
  leadership: {
    heading: '领导驾驶舱',
    headline: (h: Headline) => {
      const parts = [
        h.counts.lagging ? `${h.counts.lagging}项滞后` : null,
        h.counts.at_risk ? `${h.counts.at_risk}项存在风险` : null,
        h.counts.on_track ? `${h.counts.on_track}项正常推进` : null,
        h.counts.completed ? `${h.counts.completed}项已完成` : null,
      ].filter(Boolean);
      const o = h.overall;
      const progress =
        o.actualPct === null
          ? '暂无量化进度数据'
          : `${o.covered}项有量化数据的任务平均完成${fmtPct(o.actualPct)}` +
            (o.paired ? `；其中${o.paired.n}项已到计划节点：完成${fmtPct(o.paired.actualPct)}，序时应达${fmtPct(o.paired.expectedPct)}` : '');
      return `${h.tasks}项任务：${parts.join('、')}。${progress}。`;
    },
    rateDefinition: (staleDays: number) => `按时报送率：在办（未完成）任务中，最近${staleDays}天内有审核通过报送的任务所占比例；没有在办任务的单位不计算。`,
    noOpenTasks: '无在办任务',
    laggingDays: (n: number) => `逾期${n}天`,
    open: '查看',
    donut: '任务状态分布',
    projects: '各项目任务状态',
    lagging: '滞后任务',
    noLagging: '没有滞后任务。',
    laggingMore: (shown: number, total: number) => `显示逾期最久的${shown}项，共${total}项滞后`,
    laggingAll: '显示全部滞后任务',
    officials: '区领导牵头任务',
    officialCols: ['牵头区领导', '任务', '滞后', '风险', '正常', '已完成'],
    officialsIntro: '按年度计划“牵头区领导”统计；一项任务由多位区领导牵头的，分别计入。点击姓名查看其牵头的任务。',
    led: {
      heading: (n: number) => `我牵头的任务（${n}项）`,
      intro: (name: string) => `年度计划中“牵头区领导”写有“${name}”的任务，进度滞后、存在风险的在前。`,
    },
    units: '责任单位报送情况',
    unitCols: { unit: '责任单位', tasks: '任务', lagging: '滞后', overdue: '逾期节点', days: '距上次报送（天）', rate: '按时报送率' },
    dueSoon: `近${DUE_WINDOW_DAYS}天到期节点`,
    noDueSoon: `近${DUE_WINDOW_DAYS}天内没有到期节点。`,
    dueSoonMore: (shown: number, total: number) => `显示最先到期的${shown}个，共${total}个`,
    dueSoonAll: '显示全部到期节点',
    changes: {
      heading: '较上期变化',
      since: '对比日期',
      apply: '比较',
      shortcuts: '常用对比',
      shortcut: { week: '一周前', month: '上月末', year: '年初' } satisfies Record<SinceShortcut, string>,
      intro: '与对比日期相比，任务状态的变化（两端均按当日的审核通过数据计算，即统计截至设为该日时各页面显示的状态）。默认对比一周前。',
      summary: (since: string, asOf: string, c: Record<Movement, number>, unchanged: number, reported: number, tasks: number) => {
        const moved = [
          c.worse ? `${c.worse}项状态变差` : null,
          c.reopened ? `${c.reopened}项由已完成改为未完成` : null,
          c.completed ? `${c.completed}项新完成` : null,
          c.better ? `${c.better}项状态好转` : null,
        ].filter(Boolean);
        const head = moved.length ? `${moved.join('、')}，${unchanged}项状态未变` : `${tasks}项任务状态均未变化`;
        return `${since}至${asOf}：${head}；期间${reported}项任务有新的进展报送（审核通过）。`;
      },
      movement: { worse: '变差', reopened: '改为未完成', completed: '新完成', better: '好转' } satisfies Record<Movement, string>,
      fromTo: (from: string, to: string) => `由“${from}”变为“${to}”`,
      error: (year: number) =>
        ({
          invalid: '请填写有效日期，如2023-06-23',
          not_before: '对比日期须早于统计截至日期',
          before_year: `对比日期须在${year}年内`,
        }) satisfies Record<SinceError, string>,
      none: '统计截至日期为年度第一天，没有可对比的更早日期。',
      more: (shown: number, total: number) => `显示变化最大的${shown}项，共${total}项`,
      all: '显示全部状态变化',
      csv: '导出变化CSV',
      xlsx: '导出变化Excel',
      sheet: '较上期变化',
      file: (year: number, since: string, asOf: string, ext: 'csv' | 'xlsx') => `民生实事较上期变化_${year}_${since}至${asOf}.${ext}`,
      header: (since: string, asOf: string) => ['序号', '任务', '所属项目', '任务内容', '责任单位', `${since}状态`, `${asOf}状态`, '变化', '当前原因'],
    },
    trend: '总体完成进度变化',
    trendActual: '已到计划节点任务：实际完成',
    trendExpected: '已到计划节点任务：序时应达',
    date: '日期',
    count: '任务数',
    status: '状态',
    daysLeft: (n: number, onToday = true) => (n === 0 ? (onToday ? '今日到期' : '统计日当天到期') : `还有${n}天`),
  },
  export: {
    csv: '导出CSV',
    /** The overview's export where a filter is set: the tasks listed, not the year's. */
    csvShown: (n: number) => `导出所列${n}项CSV`,
    /** What a file's name adds: the published report it was read from, and that it holds a filtered list. */
    fileMarks: (published: number | null, filtered: boolean) => `${published ? `（发布版第${published}号）` : ''}${filtered ? '（筛选）' : ''}`,
    xlsx: '导出Excel',
    xlsxShown: (n: number) => `导出所列${n}项Excel`,
    /** Without extension: the same name for the CSV and the Excel file. */
    tasksFile: (year: number, asOf: string, marks = '') => `民生实事任务进度_${year}_截至${asOf}${marks}`,
    halfYearFile: (year: number, asOf: string, marks = '') => `民生实事指标对标_${year}_截至${asOf}${marks}`,
    tasksSheet: '任务进度',
    halfYearSheet: '指标对标',
    tasksHeader: [
      '任务编号',
      '项目',
      '类别',
      '项目内容',
      '责任单位',
      '完成时限',
      '距完成时限天数',
      '状态',
      '完成进度(%)',
      '序时应达(%)',
      '未到计划节点',
      '最近报送',
      '状态说明',
      // Last, after the columns offices' sheets already read by position.
      '牵头区领导',
    ],
    halfYearHeader: [
      '任务编号',
      '任务状态',
      '状态说明',
      '指标',
      '方向',
      '年度目标',
      '计量单位',
      '实际完成',
      '约数',
      '数据日期',
      '完成比例(%)',
      '序时应达(%)',
      '偏差(个百分点)',
      '数值标记',
    ],
  },
  report: {
    nav: '报告',
    heading: '进展报告与一览表',
    intro:
      '选择统计期间，先预览报告，再下载Word报告（草稿，可在Word中修改）或Excel一览表。发布后，该期间的数据和文件即被冻结，此后的审核和计划调整不会改变已发布版本。',
    issuer: '深圳市盐田区人民政府',
    /** 主送机关 of the half-year and annual report (the default; the office sets it when publishing). */
    addressee: '区人大常委会',
    addresseeLine: (addressee: string) => `${addressee}：`,
    /** 附件说明: one name after "附件："; several numbered, each further one on its own line — each line its lead and its name. */
    attachmentParts: (names: string[]) =>
      names.length === 1 ? [{ lead: '附件：', name: names[0]! }] : names.map((name, i) => ({ lead: `${i === 0 ? '附件：' : '　　　'}${i + 1}. `, name })),
    attachmentLines: (names: string[]) => t.report.attachmentParts(names).map((p) => p.lead + p.name),
    copyToLine: (copyTo: string) => `抄送：${copyTo.replace(/[。．.]$/, '')}。`,
    /** The 版记's 印发日期, after the 印发机关 on the same line (GB/T 9704 10.2.2). */
    printedOnLine: (date: string) => `${date}印发`,
    problemGroup: (i: number, kind: ProblemKind, text: string, tasks: number[], blocking: boolean) =>
      `（${CN_ORDINALS[i] ?? i + 1}）${t.problemKind[kind]}${blocking ? '（阻塞）' : ''}：${text.replace(/^如/, '')}（${tasks.map((n) => `任务${n}`).join('、')}）`,
    periodName: (kind: PeriodKind, asOf: string) => (kind === 'DATE' ? `截至${fmtDate(asOf)}` : t.halfYear.period[kind]),
    /** The period with its year, as the publish confirmation says it: 2023年上半年. */
    yearPeriod: (year: number, kind: PeriodKind, asOf: string) => `${year}年${t.report.periodName(kind, asOf)}`,
    title: (year: number, kind: PeriodKind, asOf: string) => `关于${year}年重点民生实事项目${t.report.periodName(kind, asOf)}进展情况的报告`,
    opening: (year: number, o: { engineering: number; service: number; tasks: number }, asOf: string) =>
      `${year}年区十件重点民生实事项目共${o.engineering}个工程类项目和${o.service}个服务类项目，包括${o.tasks}项具体任务。现将截至${fmtDate(asOf)}的进展情况报告如下。`,
    sections: { overall: '一、总体情况', projects: '二、各项目进展', problems: '三、存在问题', next: '四、下一步工作' },
    statusLine: (total: number, parts: { status: Status; numbers: number[] }[], asOf: string) =>
      `截至${fmtDate(asOf)}，${total}项具体任务中：` +
      parts
        .filter((p) => p.numbers.length > 0)
        .map((p) => `${t.status[p.status]}${p.numbers.length}项（${p.numbers.map((n) => `任务${n}`).join('、')}）`)
        .join('；') +
      '。',
    projectHeading: (i: number, title: string, category: Category) => `（${CN_ORDINALS[i] ?? i + 1}）${title}（${t.category[category]}）`,
    taskLine: (n: number, content: string) => `${n}. ${content}`,
    /** A task's line under its title: units, the plan's 牵头区领导 where it names them, deadline, status. */
    taskMeta: (task: { units: string[]; leadOfficial?: string; deadlineMonth: string; status: Status }) =>
      `责任单位：${task.units.join('、')}；${task.leadOfficial ? `牵头区领导：${task.leadOfficial}；` : ''}完成时限：${fmtMonth(task.deadlineMonth)}；状态：${t.status[task.status]}。`,
    progressAsOf: (d: string) => `进展情况${t.asOfShort(fmtDate(d))}：`,
    noProgress: '进展情况：未提及（截至统计日期无审核通过的报送）。',
    figuresLead: '主要指标：',
    figure: (f: {
      name: string;
      unitOfMeasure: string;
      isPercent: boolean;
      target: number | null;
      actual: number | null;
      approx: boolean;
      mismatch: boolean;
      pctOfTarget: number | null;
    }) => {
      const u = displayUnit(f);
      const target = f.target === null ? '无年度目标' : `目标${plain(f.target)}${u}`;
      const actual = f.actual === null ? '完成数未提及' : `完成${f.approx ? '约' : ''}${plain(f.actual)}${u}`;
      const pct = f.pctOfTarget === null || f.isPercent ? '' : `（完成目标的${fmtPct(f.pctOfTarget)}）`;
      return `${f.name}：${target}，${actual}${pct}${f.mismatch ? '（口径不一）' : ''}`;
    },
    attentionLead: '进度滞后和存在风险的任务：',
    attentionLine: (task: number, status: Status, reasons: string[]) => `任务${task}（${t.status[status]}）：${reasons.join('；')}。`,
    noProblems: '截至统计日期，无未解决的问题，无进度滞后或存在风险的任务。',
    nextMilestones: (task: number, steps: string[]) => `任务${task}：${steps.join('；')}。`,
    /** `writtenOn`: the date of the update that stated them, where before the report's date (writtenBefore). */
    nextSteps: (task: number, writtenOn: string | null = null) => `任务${task}责任单位计划${writtenOn ? t.asOfShort(fmtDate(writtenOn)) : ''}：`,
    /** An appendix cell written before the report's date: that date on its first line (writtenBefore). */
    datedCell: (text: string, writtenOn: string | null) => (writtenOn ? `${t.asOfShort(fmtDate(writtenOn))}\n${text}` : text),
    noNext: '各项任务无后续计划节点。',
    closing: '特此报告。',
    /** The heading of the n-th appendix (附件 alone when there is one). */
    appendixNumbered: (n: number, of: number) => (of > 1 ? `附件${n}` : '附件'),
    evidenceListTitle: '佐证材料清单',
    evidenceSheet: '佐证材料',
    evidenceColumns: ['序号', '任务序号', '材料说明', '文件名', '类型', '大小', '报送截至', 'SHA-256校验码'],
    evidenceLead: '以下佐证材料随所引用的进展报送经审核通过，按文件内容的SHA-256校验码保存，报告发布后文件不变。',
    fileSize: (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`),
    appendixTitle: (planTitle: string, kind: PeriodKind, asOf: string) =>
      kind === 'DATE' ? `${planTitle}进展情况一览表（截至${fmtDate(asOf)}）` : `${planTitle}${t.halfYear.period[kind]}完成情况一览表`,
    columns: (year: number, kind: PeriodKind) => [
      '序号',
      '项目名称',
      '项目内容',
      kind === 'H1' ? '上半年进展情况' : kind === 'FY' ? '全年完成情况' : '进展情况',
      kind === 'H1' ? `${year}年下半年任务目标及措施` : '下一步计划',
      '责任单位',
      '完成时限',
    ],
    extraColumns: ['任务状态', '完成进度(%)', '序时应达(%)', '偏差(个百分点)', '状态说明'],
    /** The 一览表's column (Excel and Word) after 责任单位 where the plan names any task's 牵头区领导. */
    leadOfficialColumn: '牵头区领导',
    indicatorSheet: '指标',
    tableSheet: '一览表',
    indicatorColumns: ['序号', '项目名称', '指标', '计量单位', '年度目标', '实际完成', '约数', '数据日期', '完成比例(%)', '口径不一', '说明'],
    notMentioned: '未提及',
    noPlan: '/',
    yes: '是',
    no: '否',
    xlsxFooter: '&C第 &P 页，共 &N 页',
    deadline: (yearMonth: string) => {
      const [y, m] = yearMonth.split('-').map(Number);
      return `${y}.${m}`;
    },
    files: (year: number, kind: PeriodKind, asOf: string) => `${year}年重点民生实事${t.report.periodName(kind, asOf)}进展情况`,
    pageNumber: { before: '— ', after: ' —' },
    draftSuffix: '（草稿）',
    ui: reportUi,
    publishedSuffix: (id: number) => `（发布版第${id}号）`,
  },
  plan: {
    nav: '计划管理',
    heading: '年度计划管理',
    intro:
      '每年的十件民生实事计划在这里建立：新建空白年度、复制往年计划（日期顺延，不带进展），或从Excel一览表导入；草稿仅督查室可见，启用后各单位才能报送进展，归档后只读。',
    status: { DRAFT: '草稿', ACTIVE: '执行中', ARCHIVED: '已归档' } satisfies Record<'DRAFT' | 'ACTIVE' | 'ARCHIVED', string>,
    banner: { DRAFT: '该年度计划为草稿，仅区督查室可见；启用后各单位方可报送进展。', ARCHIVED: '该年度计划已归档，只读。' } satisfies Record<
      'DRAFT' | 'ARCHIVED',
      string
    >,
    ...planCreate,
    years: '年度计划',
    columns: ['年度', '名称', '状态', '项目', '任务', '操作'],
    create: '新建年度',
    importLink: '从Excel、Word或PDF导入',
    exportPlan: '导出计划表（.xlsx）',
    template: '下载空白模板（.xlsx）',
    templateFile: '民生实事计划表_模板.xlsx',
    templateGuide: {
      sheet: '填写说明',
      unitSheet: '单位列表',
      title: '民生实事计划表填写说明',
      lines: [
        '1. 在“任务”表中每行填写一项具体任务；“指标”“节点”“子项”表按需填写，用“任务序号”对应任务。',
        '2. 序号：任务的编号（1、2、3…）；项目编号：所属民生实事项目的编号（1对应“一”）；同一项目的各任务填写相同的项目编号和项目名称。',
        '3. 类别：从下拉列表选择“工程类”或“服务类”。',
        '4. 责任单位：可从下拉列表选择；多个单位用“、”分隔，牵头单位写在最前面。系统按全称、简称和别名对应单位，未登记的名称在导入预览中逐个确认。',
        '5. 完成时限：写作“2025.12”“2025年9月底前”“9月底前”“年底前”“上半年”“三季度”等；未写年份的按导入年度计算；下一年度的月份按跨年度任务导入。',
        '6. 工作计划：可按“4月底前：……；8月底前：……”或“1.……；2.……”分步书写，系统会拆成计划节点。',
        '7. 牵头区领导：可留空；多位用“、”分隔，只写姓名（职务可写在括号内，如“张三（副区长）”）。区领导账号的显示名与此处姓名相同时，其“领导驾驶舱”列出“我牵头的任务”。',
        '8. 也可直接导入本单位原有的任务分解表或一览表（标题、填报单位、两行表头、表尾注释均可保留）。',
      ],
      exampleTitle: '示例（请在“任务”表中填写，本页内容不会被导入）：',
      example: [
        [
          1,
          1,
          '关爱老年人',
          '服务类',
          '为高龄独居老人安装智能监测设备300户',
          '区民政局、区卫健局',
          '2025.12',
          '6月底前：完成100户；9月底前：完成200户；年底前：完成300户',
          '',
          '张三',
        ],
        [2, 1, '关爱老年人', '服务类', '新建长者食堂3家', '区民政局', '9月底前', '1.3月底前完成选址；2.8月底前完成建设', '跨街道统筹', '张三、李四'],
      ] as (string | number)[][],
      categoryTitle: '类别',
      categoryError: '请选择“工程类”或“服务类”。',
      unitTitle: '责任单位',
      unitError: '不在已登记单位列表中。多个单位请用“、”分隔；未登记的名称导入时会提示确认。',
      deadlineTitle: '完成时限',
      deadlinePrompt: '如 2025.12、9月底前、年底前、三季度',
    },
    planFile: (y: number) => `民生实事计划表_${y}.xlsx`,
    view: '查看看板',
    // The import page's introduction, said by the page (a server component): kept out of the form's part,
    // which the browser loads.
    import: {
      ...planImport,
      /** A Word document's table without a title paragraph before it, named by its place (表格1, 表格2…). */
      wordTable: '表格',
      // Where an unknown unit's name is written (composed here: the form shows the text it is given), sheet by sheet when the plan is read from several.
      unitRows: (rows: number[], sheets?: { sheet: string; rows: number[] }[]) =>
        `（${sheets ? sheets.map((s) => `${s.sheet} 第${s.rows.join('、')}行`).join('；') : `第${rows.join('、')}行`}）`,
      // A task's indicators as the preview lists them under its content (composed here: the form shows the text it is given).
      figures: (list: { name: string; target: number | null; unitOfMeasure: string; isPercent: boolean; direction: Direction; accrual: Accrual }[]) =>
        list.length === 0
          ? ''
          : `指标：${list
              .map((i) => {
                const target =
                  i.target === null ? '' : `${i.direction === 'AT_LEAST' ? '不少于' : ''}${fmtNumber(i.target)}${i.isPercent ? '%' : i.unitOfMeasure}`;
                return `${i.name}${target}（${planEdit.accruals[i.accrual]}）`;
              })
              .join('；')}`,
      figuresProposed: (n: number) =>
        `各任务下“指标：”所列${n}项是从任务内容（表中有“年度目标”等目标列时，从该列）中读出的建议（数字和量词，如“新增学位540个”“招聘会20场以上”；金额、范围和年份不读；计划节点写到100%的形象进度也列出）。计划节点写有同一量词的数字时按计划节点计算，否则完成时一次达到。导入后为草稿：请在计划管理中核对或删除，再启用年度。`,
      intro:
        '支持两种表格：① 各地常用的任务分解表、一览表（表头可在标题和填报日期之下，可为两行，如“责任单位”下分“牵头单位”“配合单位”；序号可写项目序号“一、二”，或分两级（“1、1.1”，或项目行“一、教育”下列任务“1、2”“（一）、（二）”；分三级时，如“一、工程类项目”下列项目“（一）学前教育”、再列任务“1、2”，第一级为分类，不作为项目）；进度安排可按季度或月份分列（如“进度安排”下分“第一季度”至“第四季度”，每格一个节点）；合并单元格、一个单元格多个单位、“9月底前”“年底前”“上半年”“三季度”“国庆前”“中秋节前”“2025年春节前”等时限写法均可（未写年份的“春节前”以及“年前”“年中”含义不一，导入时会提示改写）；“注：”等表尾自动跳过）；② 本系统导出的计划表。可为.xlsx或.xls（Excel 97–2003；业务系统“导出Excel”生成的网页格式、XML表格、CSV文本（.xls或.csv）也可直接导入），也可为印发通知所附的Word文档（.docx，读取其中的表格；.doc请先另存为.docx）或PDF文件（读取带表格线的表格，表格跨页时连为一张；扫描件无法读取）。在Excel中隐藏（含筛选隐藏）的行和列不导入，预览中会列出。先预览，确认后才写入。文件不超过5MB。',
    },
    issue: {
      unknown_unit: (v?: string) => `责任单位“${v}”尚未登记`,
      bad_deadline: (v?: string) => (v ? `完成时限“${v}”无法识别` : '缺少完成时限'),
      deadline_year: (v?: string) => `完成时限“${v}”早于导入的年度（或晚于下一年）`,
      ambiguous_deadline: (v?: string) => `完成时限“${v}”是数字格式，无法区分1月和10月`,
      festival_deadline: (v?: string) => `完成时限“${v}”未写年份，无法确定是哪一年的春节`,
      eve_deadline: (v?: string) => `完成时限“${v}”既可指年底前，也可指春节前，无法确定`,
      year_before_deadline: (v?: string) => `完成时限“${v}”既可指该年年底前，也可指该年到来之前（上一年年底前），无法确定`,
      mid_year_deadline: (v?: string) => `完成时限“${v}”未写明月份（“年中”可指6月底，也可指7月底）`,
      empty_task: (v?: string) => (v ? `第${v}项缺少任务内容` : '这一行没有任务内容'),
      duplicate_number: (v?: string) => `序号${v}重复`,
      no_units: () => '缺少责任单位',
      no_header: () => '未找到表头',
      bad_number: (v?: string) => `序号“${v}”不是正整数`,
      bad_category: (v?: string) => `类别“${v}”无法识别`,
      unknown_task: (v?: string) => `任务序号${v}在“任务”表中不存在`,
      cross_year: (v?: string) => `完成时限“${v}”在下一年度（跨年度任务，将照此导入）`,
      too_long: (v?: string) => `“${v ?? ''}”超过系统允许的长度`,
      bad_target: (v?: string) => `数值“${v ?? ''}”不是有效的目标值`,
      other_sheet: (v?: string) => `这张表也是计划表（${v}项任务），本次未读取`,
      hidden_rows: (v?: string) => `从这一行起有${v}行在Excel中被隐藏（或被筛选隐藏），未导入`,
      hidden_columns: (v?: string) => `以下列在Excel中被隐藏，未读取：${v}`,
      hidden_columns_read: (v?: string) => `以下列在Excel中被隐藏，但缺少它们无法识别表格，已照常读取：${v}`,
      // A column named by its letter alone has no header.
      columns_not_read: (v?: string) =>
        `以下列不是本系统计划的字段，未导入：${(v ?? '')
          .split('、')
          .map((c) => (/^[A-Z]+$/.test(c) ? `${c}列（无表头）` : c))
          .join('、')}`,
      untitled_project: (v?: string) => `表中没有第${v ?? ''}个项目的名称，将暂以“未命名项目”导入`,
    } satisfies Record<IssueKind, (v?: string) => string>,
    /** What to do about each message, with examples in the chosen year. */
    fix: {
      unknown_unit: () => '在下方“未登记的单位”中选择对应单位或新建',
      bad_deadline: (_v: string | undefined, y: number) => `改为“${y}.12”“${y}年9月底前”“9月底前”“年底前”或“三季度”等写法`,
      deadline_year: (_v: string | undefined, y: number) => `改为${y}年内的时限（如“${y}年12月底前”）；跨年度任务可写下一年的月份`,
      ambiguous_deadline: (_v: string | undefined, y: number) => `把单元格改为文本“${y}.10”或写作“${y}年10月”`,
      festival_deadline: (_v: string | undefined, y: number) => `写明年份，如“${y}年春节前”，或跨年度的“${y + 1}年春节前”；也可写具体日期`,
      eve_deadline: (_v: string | undefined, y: number) => `改为“年底前”（${y}年12月31日），或写明“${y + 1}年春节前”；也可写具体日期`,
      // The two readings of the cell's year (二〇二六年前 too), or of the plan year when the cell names none.
      year_before_deadline: (v: string | undefined, y: number) => {
        const year = Number(/(\d{4})年/u.exec(digitYears((v ?? '').normalize('NFKC')))?.[1] ?? y);
        return `写明“${year}年底前”或“${year - 1}年底前”；也可写具体月份或日期`;
      },
      mid_year_deadline: () => '改为“6月底前”“7月底前”或“上半年”；也可写具体日期',
      empty_task: () => '填写任务内容，或删除这一行',
      duplicate_number: () => '修改序号，使每项任务的序号不同（或清空序号，由系统按顺序编号）',
      no_units: () => '填写责任单位（牵头单位在前）',
      no_header: () => '表头需含“任务/项目内容”“责任单位”等列名',
      bad_number: (v: string | undefined) => `把“${v ?? ''}”改为正整数，或清空由系统编号`,
      bad_category: () => '写作“工程类”或“服务类”，或留空',
      unknown_task: () => '改为“任务”表中存在的序号',
      cross_year: () => '确认无误则无需处理',
      too_long: () => '缩短这一单元格（单位名称不超过40字，项目名称200字，任务内容1000字，备注500字）',
      bad_target: () => '填写不小于0的十进制数（计数单位如户、人、场须为整数），不超过10亿',
      other_sheet: () => '如这张表同属本年度计划，请勾选上方“读取全部计划工作表”后重新预览；如是往年或其他材料则无需处理',
      hidden_rows: () => '如这些行也是本年度的任务，请在Excel中取消隐藏（或清除筛选）后重新预览；是筛掉的其他地区、往年或作废的行则无需处理',
      hidden_columns: () => '如这些列也属于本表（如责任单位、完成时限），请在Excel中取消隐藏后重新预览；是市级单位、往年时限或内部备注等则无需处理',
      hidden_columns_read: () => '请核对这些列读出的内容；如不应导入，请在Excel中删除这些列后重新预览',
      columns_not_read: () =>
        '计划导入任务内容、责任单位、牵头区领导、完成时限、进度安排、目标和备注；进展情况由责任单位报送。如某列应作为其中之一，请把列名改为常用写法（如“责任单位”“完成时限”“备注”）后重新预览；如需保留其他内容（如投资额），可把该列并入“备注”列',
      untitled_project: () => '在表中填写项目名称（如序号列的“一、教育”或“项目名称”列）后重新预览，或导入后在计划管理中修改',
    } satisfies Record<IssueKind, (v: string | undefined, year: number) => string>,
    skipped: {
      before_header: '表头之前的标题或说明',
      blank: '空行',
      title_band: '标题或分类行',
      footer: '表尾注释或落款',
      repeated_header: '重复的表头',
      hidden: '在Excel中隐藏（或被筛选隐藏）的行',
    } satisfies Record<SkipReason, string>,
    issueAt: planIssueAt,
    edit: {
      ...planEdit,
      change: (at: string, action: string, reason: { kind: 'TARGET' | 'PLAN'; text: string } | null) =>
        `${at} ${t.audit.actionLabel(action)}${reason ? `（${planEdit.reasonKinds[reason.kind]}：${reason.text}）` : ''}`,
    },
  },
  accounts,
  password,
  confirm,
  reminders: {
    ...reminders,
    // 发送测试消息 on the accounts screen: the message, and what each robot said (composed on the server).
    testText: (unit: string) => `${unit}：这是一条测试消息，群机器人已可接收督办提醒。`,
    testResult: (channel: string, error: string | null) =>
      `${reminders.channel[channel] ?? channel}${error === null ? '：测试消息已送达' : `：发送失败${deliveryError(error, false)}`}`,
    // Why a delivery has not gone through, as the inbox says it (server-rendered: not in the mark-read form's part).
    deliveryError,
  },
  evaluation: {
    heading: '结果考评',
    intro: (w: Record<string, number>) =>
      `各责任单位得分为以下各项得分的加权平均（权重：按时报送${w.reports}、节点按期${w.milestones}、任务不滞后${w.lagging}、督办按期${w.notices}、报送一次通过${w.returned}）；没有可统计内容的项目不计入，其余权重按比例计算。`,
    parts: { reports: '按时报送', milestones: '节点按期', lagging: '任务不滞后', notices: '督办按期', returned: '报送一次通过' } satisfies Record<
      'reports' | 'milestones' | 'lagging' | 'notices' | 'returned',
      string
    >,
    cols: ['排名', '单位', '得分'],
    part: (pct: number | null, good: number, total: number) => (pct === null ? '不计' : `${Math.round(pct)}（${good}/${total}）`),
    noScore: '无可考评内容',
    csv: '导出考评CSV',
    xlsx: '导出考评Excel',
    /** Without extension: the same name for the CSV and the Excel file. */
    file: (year: number, asOf: string) => `民生实事结果考评_${year}_截至${asOf}`,
    sheet: '结果考评',
    csvHeader: [
      '排名',
      '单位',
      '得分',
      '按时报送(%)',
      '按时报送(项/总数)',
      '节点按期(%)',
      '节点按期(个/总数)',
      '任务不滞后(%)',
      '任务不滞后(项/总数)',
      '督办按期(%)',
      '督办按期(件/总数)',
      '报送一次通过(%)',
      '报送一次通过(次/总数)',
    ],
  },
  // The 佐证材料 strings only server components say (lists, review card, report) are kept out of the
  // part the upload forms load in the browser.
  evidence: {
    ...evidence,
    none: '未附佐证材料',
    download: (caption: string) => `下载：${caption}`,
    /** Read before a file tile's kind and caption (下载：PDF 签到表). */
    downloadPrefix: '下载：',
    publicMark: '已公开',
    makePublic: '公开',
    withdraw: '取消公开',
    noEvidenceJump: (names: string) => `数值变化较大，但未附佐证材料：${names}。可退回要求补充。`,
  },
  pager: {
    label: '分页',
    prev: '上一页',
    next: '下一页',
    summary: (page: number, pages: number, rows: number) => `第${page}页，共${pages}页（${rows}行；导出CSV含全部）`,
  },
  common,
} as const;

/** A status reason as a sentence a supervisor can act on. */
export function describeReason(r: Reason): string {
  switch (r.kind) {
    case 'blocking_problem':
      return `${r.text.replace(/^如/, '')}（${t.problemKind[r.problemKind]}，阻塞问题，未解决）`;
    case 'open_problem':
      return `${r.text.replace(/^如/, '')}（${t.problemKind[r.problemKind]}，未解决）`;
    case 'milestone_overdue':
      return `${r.periodLabel}节点「${stripLabel(r.text)}」已逾期${r.daysOverdue}天未完成`;
    case 'deadline_passed':
      return `已超过完成时限（${fmtDate(r.deadline)}）${r.daysOver}天，任务仍未完成`;
    case 'behind': {
      const unit = displayUnit(r);
      return `${r.indicator}实际${fmtNumber(r.actual)}${unit}，序时应达${fmtNumber(displayExpected(r.expected, r.unitOfMeasure, r.isPercent))}${unit}（目标${fmtNumber(r.target)}${unit}），落后${fmtPts(r.gapPts)}`;
    }
    case 'milestone_due_soon':
      return `${r.periodLabel}节点「${stripLabel(r.text)}」将于${fmtShortDate(r.dueDate)}到期（还有${r.daysLeft}天），${
        r.daysSinceUpdate === null ? '尚无进展报送' : `已${r.daysSinceUpdate}天未报送进展`
      }`;
  }
}

/** Who did it: "区督查室 张三", "区民政局 李四", or 系统. */
export function describeActor(a: { name: string; role: Role; unit: string | null } | null): string {
  if (!a) return t.audit.system;
  return t.auth.signedInAs(a.name, a.unit ?? t.role[a.role]);
}

/** What it was done to: "督办通知 #2 → 2023年度任务1", "用户 张三". */
export function describeEntity(e: { entityType: string; entityId: string; entityName: string | null; task: { number: number; year: number } | null }): string {
  const kind = (t.audit.entity as Record<string, string>)[e.entityType] ?? e.entityType;
  const what = e.entityName ? `${kind} ${e.entityName}` : `${kind} #${e.entityId}`;
  return e.task ? `${what} → ${t.task.inYear(e.task.year, e.task.number)}` : what;
}

/** "8月：完成…" → "完成…" (the period is said separately). */
function stripLabel(text: string): string {
  return text.replace(/^\d+\.\s*/, '').replace(/^[^：，]{1,8}[：，]/, '');
}
