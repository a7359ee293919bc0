// The zh-CN message catalogue: every user-facing string of the app lives here.
import type { Reason } from '@/lib/domain/status';
import type { ProblemKind } from '@/lib/domain/types';
import { fmtDate, fmtNumber, fmtPct, fmtPts, fmtShortDate } from './format';

export const t = {
  app: {
    title: '盐田区民生实事进度督办看板',
    shortTitle: '民生实事督办',
    skipToContent: '跳到正文',
  },
  nav: { overview: '总览', timeline: '挂图作战', halfYear: '半年对标', leadership: '领导驾驶舱', review: '审核', my: '我的任务', audit: '留痕' },
  status: {
    completed: '已完成',
    lagging: '进度滞后',
    at_risk: '存在风险',
    on_track: '正常推进',
  } as Record<string, string>,
  category: { ENGINEERING: '工程类', SERVICE: '服务类' } as Record<string, string>,
  reportClass: {
    COMPLETED: '已圆满完成',
    GOOD: '顺利推进、完成较好',
    LAGGING: '进度滞后',
    PLANNED: '按计划有序推进',
  } as Record<string, string>,
  problemKind: {
    PRELIMINARY: '前期工作未完成',
    COORDINATION: '协调推进力度不足',
    PUBLICITY: '宣传推广不足',
    OTHER: '其他问题',
  } as Record<ProblemKind, string>,
  asOf: {
    label: '统计截至',
    apply: '查看',
    reset: '恢复默认',
    hint: (d: string) => `状态按${fmtDate(d)}计算`,
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
    search: '搜索',
    searchPlaceholder: '任务内容、项目名称',
    all: '全部',
    apply: '筛选',
    clear: '清除筛选',
    noMatch: '没有符合筛选条件的任务。',
    tasksOf: (n: number) => `${n}项具体任务`,
    shown: (n: number, total: number) => `显示${n}/${total}项任务`,
  },
  task: {
    number: (n: number) => `任务${n}`,
    content: '项目内容',
    units: '责任单位',
    deadline: '完成时限',
    daysLeft: (d: number) => (d >= 0 ? `距完成时限还有${d}天` : `已超过完成时限${-d}天`),
    items: '子项',
    itemDone: (d: string) => `已完成（${fmtDate(d)}）`,
    itemOpen: '未完成',
    indicators: '量化指标',
    indCols: { name: '指标', target: '年度目标', actual: '最新实际', share: '完成比例', expected: '序时应达' },
    milestones: '节点清单',
    milestoneReached: (d: string) => `已完成（${fmtDate(d)}）`,
    milestoneOverdue: (n: number) => `已逾期${n}天`,
    milestoneDue: (d: string) => `计划${fmtDate(d)}前`,
    noMilestones: '报告未列出分月节点。',
    problems: '存在问题',
    noProblems: '无',
    blocking: '阻塞',
    resolved: (d: string) => `已解决（${fmtDate(d)}）`,
    open: '未解决',
    updates: '进展报送记录',
    fromReport: '半年报告',
    h1: '上半年进展情况',
    h2: '下半年任务目标及措施',
    statusReasons: '状态说明',
    onTrackNote: '按计划推进，暂无预警。',
    lastUpdate: '最近报送',
    stale: (n: number) => `已${n}天未报送进展`,
    never: '尚无报送',
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
  progress: {
    label: (actual: number | null, expected: number | null) =>
      actual === null ? '无量化数据' : expected === null ? `完成${fmtPct(actual)}` : `完成${fmtPct(actual)}，序时应达${fmtPct(expected)}`,
    expectedMark: '序时应达',
    partial: (covered: number, total: number) => `（按${total}项中${covered}项有量化数据的任务计）`,
  },
  timeline: {
    heading: '挂图作战',
    intro: '每项任务一行，按月显示计划节点、已完成节点与完成时限。',
    task: '任务',
    month: (m: number) => `${m}月`,
    legendPlanned: '计划节点',
    legendReached: '已完成节点',
    legendOverdue: '逾期未完成节点',
    legendDeadline: '完成时限',
    legendAsOf: '统计日',
  },
  updateStatus: { PENDING: '待审核', APPROVED: '已通过', RETURNED: '已退回' } as Record<string, string>,
  common: {
    notFound: '未找到该记录。',
    loading: '加载中…',
  },
} as const;

export function statusLabel(s: string): string {
  return t.status[s] ?? s;
}

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
      const unit = r.isPercent ? '%' : r.unitOfMeasure;
      return `${r.indicator}实际${fmtNumber(r.actual)}${unit}，序时应达${fmtNumber(Math.round(r.expected * 10) / 10)}${unit}（目标${fmtNumber(r.target)}${unit}），落后${fmtPts(r.gapPts)}`;
    }
    case 'milestone_due_soon':
      return `${r.periodLabel}节点「${stripLabel(r.text)}」将于${fmtShortDate(r.dueDate)}到期（还有${r.daysLeft}天），${
        r.daysSinceUpdate === null ? '尚无进展报送' : `已${r.daysSinceUpdate}天未报送进展`
      }`;
  }
}

/** "8月：完成…" → "完成…" (the period is said separately). */
function stripLabel(text: string): string {
  return text.replace(/^\d+\.\s*/, '').replace(/^[^：，]{1,8}[：，]/, '');
}
