// The 督办台账's strings (screen, CSV and Excel): composed into `t.notice.ledger` (../zh-CN), in a module
// of their own so the notice forms, which the browser loads, do not carry them.
import { notice } from './notice';

export const noticeLedger = {
  printPlan: (year: number) => `${year}年度十件民生实事督办`,
  nav: '督办台账',
  heading: '督办台账',
  intro: '全部督办件的办理情况：按状态、单位、等级和是否逾期筛选；各单位统计；可导出CSV或Excel。',
  filters: '筛选',
  year: '年度',
  count: (year: number, shown: number, all: number) => `${year}年度督办件（符合条件${shown}件，共${all}件）`,
  pages: '分页',
  status: '状态',
  unit: '接收单位',
  level: '等级',
  overdue: '只看逾期',
  apply: '筛选',
  all: '全部',
  perUnit: '各单位督办件',
  perUnitNone: '本年度还没有督办件。',
  unitColumns: ['单位', '督办件', '待办理', '未签收', '已逾期', '已反馈待审', '已办结'],
  columns: ['编号', '任务', '等级', '状态', '接收单位', '交办', '限办日期', '最近进展'],
  none: '没有符合条件的督办件。',
  csv: '导出CSV',
  file: (d: string) => `督办台账_${d}.csv`,
  xlsxFile: (d: string) => `督办台账_${d}.xlsx`,
  xlsx: '导出Excel',
  csvHeader: [
    '编号',
    '任务编号',
    '任务内容',
    '等级',
    '状态',
    '是否逾期',
    '接收单位',
    '交办人',
    '交办日期',
    '限办日期',
    '督办事由',
    '整改要求',
    '各单位办理情况及反馈',
    '催办次数',
  ],
  /** One addressed unit's line in the ledger's 各单位办理情况及反馈 cell. */
  part: (unit: string, state: string, overdue: boolean, answer: string | null, inUpdateAsOf: string | null) =>
    `${unit}：${state}${overdue ? `·${notice.state.OVERDUE}` : ''}${answer ? `。反馈：${answer}${inUpdateAsOf ? notice.answeredInUpdate(inUpdateAsOf) : ''}` : ''}`,
  yes: '是',
};
