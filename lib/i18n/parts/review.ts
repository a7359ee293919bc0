// The catalogue's strings for the review of an update: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

import { plausibility } from './plausibility';

export const review = {
  heading: '报送审核',
  empty: '没有待审核的报送。',
  submittedBy: (who: string, when: string) => `${who} 于 ${when} 提交`,
  changes: '与上次审核通过的情况对比',
  /** The scrolling region around that table, on a phone (its own words: the caption names 通过, a decision's label). */
  changesRegion: '报送数值对比',
  before: '原值',
  after: '报送值',
  milestonesReached: '报告完成的节点',
  itemsDone: '报告完成的子项',
  problemsRaised: '新增问题',
  problemsResolved: '报告已解决的问题',
  completesTask: '报告本任务已全部完成',
  decision: '审核意见',
  approve: '通过',
  return: '退回修改',
  comment: '意见（退回时必填）',
  submit: '提交审核意见',
  target: '年度目标',
  pctOfTarget: '占目标',
  verified: '已核实：上述标记的数值和日期已与单位核对无误',
  ...plausibility,
  reviewComment: (c: string) => `审核意见：${c}`,
  noticeAnswer: (no: string, reason: string, answer: string) => `督办反馈（${no}，${reason}）：${answer}`,
};
