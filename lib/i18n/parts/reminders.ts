// The catalogue's strings for reminders: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

export const reminders = {
  nav: (n: number) => (n ? `提醒（${n}）` : '提醒'),
  heading: '提醒',
  intro:
    '系统每天按规则生成的提醒：临近提醒（节点、完成时限、督办限办日期前几天）、到期催办（已逾期仍未完成）、未报送（超过规定天数未报送进展）。配置了企业微信或钉钉群机器人的单位同时推送到群里。',
  none: '暂无提醒。',
  markRead: '全部标为已读',
  marked: '已全部标为已读。',
  unread: '未读',
  rule: {
    DUE_SOON: '临近提醒',
    OVERDUE: '到期催办',
    NOT_REPORTED: '未报送',
    NOTICE_ISSUED: '新督办件',
    NOTICE_URGED: '催办',
    NOTICE_RETURNED: '督办退回重办',
    UPDATE_RETURNED: '报送被退回',
  } satisfies Record<'DUE_SOON' | 'OVERDUE' | 'NOT_REPORTED' | import('@/lib/reminders/announce').AnnounceRule, string>,
  /** What puts work on a unit, announced at once; `task` names its plan year (t.task.inYear). */
  announce: {
    issued: (unit: string, no: string, task: string, due: string) => `${unit}：收到${no}（${task}），限${due}前办理反馈，请及时签收。`,
    urged: (unit: string, no: string, task: string, level: string) => `${unit}：${no}（${task}）已逾期，督查室${level}，请立即办理反馈。`,
    returned: (unit: string, no: string, task: string, comment: string) => `${unit}：${no}（${task}）的反馈被退回重办：${comment}`,
    updateReturned: (unit: string, task: string, asOf: string, comment: string) => `${unit}：${task}截至${asOf}的报送被退回：${comment}，请修改后重新报送。`,
  },
  prefix: '【民生实事督办提醒】',
  delivery: { PENDING: '待推送', SENT: '已推送', FAILED: '推送失败' } as Record<string, string>,
  channel: { WECOM: '企业微信', DINGTALK: '钉钉' } as Record<string, string>,
  /** `task`: the task with its plan year (t.task.inYear) — several years may be active at once. */
  text: (unit: string, task: string, what: string) => `${unit}：${task}${what}`,
  milestone: (rule: 'DUE_SOON' | 'OVERDUE', label: string, text: string, due: string) =>
    rule === 'DUE_SOON' ? `的${label}节点「${text}」将于${due}到期，请按期完成。` : `的${label}节点「${text}」已于${due}到期仍未完成，请抓紧推进并报送进展。`,
  deadline: (rule: 'DUE_SOON' | 'OVERDUE', due: string) =>
    rule === 'DUE_SOON' ? `将于${due}到达完成时限，请确保按期完成。` : `已超过完成时限（${due}），仍未完成，请抓紧推进。`,
  notice: (rule: 'DUE_SOON' | 'OVERDUE', no: string, due: string) =>
    rule === 'DUE_SOON' ? `的${no}限${due}前办理，请按期反馈。` : `的${no}已超过限办日期（${due}），请立即办理反馈。`,
  report: (last: string | null, days: number) => `已${days}天未报送进展${last ? `（上次：${last}）` : ''}，请及时报送。`,
};
