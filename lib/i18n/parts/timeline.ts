// The catalogue's strings for the war map (挂图作战): part of `t` (../zh-CN composes them), in a module
// of their own so its rows, drawn by a client component, carry these strings only (the catalogue
// stays one: every string is reachable as t.…).
export const timeline = {
  heading: '挂图作战',
  intro: '每项任务一行，按月显示计划节点、已完成节点与完成时限。',
  task: '任务',
  month: (m: number) => `${m}月`,
  legendPlanned: '计划节点',
  legendReached: '已完成节点',
  legendOverdue: '逾期未完成节点',
  legendDeadline: '完成时限',
  legendAsOf: '统计日',
  list: '节点明细（文字版）',
};
