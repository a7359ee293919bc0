// The catalogue's strings for the two-step confirmation: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

export const confirm = {
  yes: (label: string) => `确认${label.replace(/（.*）$/, '').replace(/^确认/, '')}`,
  no: '取消',
  close: '办结后该单位的这部分督办即告完成，不能撤回。',
  return: '退回后该单位须重新办理并反馈。',
  publish: (period: string, asOf: string) => `将发布“${period}”报告（统计截至${asOf}）：状态、原因、数值和两个文件将被冻结，不能修改或删除。`,
  remove: '删除后不能恢复（留痕记录保留）。',
};
