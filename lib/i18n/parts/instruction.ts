// 领导批示: the strings of a leader's instruction on a task (the task page, the 督办台账's worklist, 我的任务),
// composed into `t.instruction` (../zh-CN), in a module of their own so the instruction form carries only these.
export const instruction = {
  heading: '领导批示',
  none: '暂无领导批示。',
  intro: '区领导对本任务的批示，由区督查室转为督办落实。',
  give: '作出批示',
  /** A lagging task's link on the 驾驶舱, beside 查看. */
  short: '批示',
  text: '批示内容',
  textHint: '例如：请区工务署加快推进，9月底前完成施工招标。',
  submit: '提交批示',
  by: (who: string, when: string) => `${who} 于 ${when} 批示`,
  state: {
    pending: '待落实',
    notice: (no: string) => `已转督办（${no}）`,
    read: (who: string) => `已阅（${who}）`,
    withdrawn: (when: string) => `已撤回（${when}）`,
  },
  /** In place of a withdrawn instruction's words, for a reader other than its leader and the office. */
  wordsWithheld: '该批示已由区领导撤回，无需落实。',
  /** The office's worklist on the 督办台账. */
  pendingHeading: (n: number) => `领导批示待落实（${n}条）`,
  pendingIntro: '区领导作出、尚未转为督办或标记已阅的批示：',
  /** Under a long worklist cut to its first entries (the rest a link away). */
  pendingMore: (shown: number, total: number) => `显示等待最久的${shown}条，共${total}条`,
  pendingAll: '显示全部待落实批示',
  toNotice: '转为督办',
  markRead: '已阅（不需督办）',
  /** A leader's own pending instruction: withdrawn (its words kept for its leader, the office and the audit trail). */
  withdraw: '撤回批示',
  withdrawConsequence:
    '撤回后，该批示不再需要落实，也不再列入督办台账的待落实批示；任务页和责任单位的“我的任务”中标为“已撤回”，不再显示原文；“我的批示”和领导批示台账中保留原文并标为“已撤回”，原文记入留痕。',
  /** The reason a notice issued from an instruction starts with (the office may change it). */
  noticeReason: (who: string, date: string, text: string) => `落实${who}批示（${date}）：${text}`,
  /** A leader's own, on the 驾驶舱. */
  mineByLeader: '我的批示',
  mineByLeaderNone: '本年度尚未作出批示。可在上方滞后任务旁或任务页点击“批示”。',
  /** Under 我的批示 and 我的任务's list when it holds more than the newest ten. */
  latestMore: (shown: number, total: number) => `显示最近${shown}条，共${total}条`,
  latestAll: '显示全部批示',
  /** 领导批示台账: every instruction of a plan year, as CSV and Excel (from the 督办台账). */
  ledger: {
    heading: '领导批示台账',
    csv: '导出批示台账CSV',
    xlsx: '导出批示台账Excel',
    file: (year: number, d: string) => `领导批示台账_${year}_${d}.csv`,
    xlsxFile: (year: number, d: string) => `领导批示台账_${year}_${d}.xlsx`,
    csvHeader: ['序号', '批示时间', '批示领导', '任务', '任务内容', '责任单位', '批示内容', '落实情况', '督办办理状态'],
    readOn: (who: string, when: string) => `已阅（${who}，${when}）`,
  },
  /** The unit's 我的任务. */
  mineHeading: '领导批示',
  mineNone: '本单位任务暂无领导批示。',
};
