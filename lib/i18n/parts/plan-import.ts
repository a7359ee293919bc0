// The catalogue's strings for the plan import: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).

export const planImport = {
  heading: '从Excel、Word或PDF导入年度计划',
  file: '计划表文件（.xlsx、.xls、.docx或.pdf）',
  preview: '上传并预览',
  parsing: '正在读取文件，请稍候…',
  writing: '正在写入，请稍候…',
  uploading: (pct: number) => `正在上传：${pct}%`,
  writingTasks: (written: number, total: number) => `正在写入：${written}/${total}项任务（${Math.floor((written / total) * 100)}%）`,
  progress: '导入进度',
  defaultCategory: '未注明类别的项目记为',
  unknownUnits: '未登记的单位：请为每个名称选择对应单位或新建（选择会被记住，下次导入自动对应）',
  choose: '请选择…',
  createUnit: (name: string) => `新建单位“${name}”`,
  closest: '最接近的单位',
  allUnits: '全部单位',
  mapLabel: (name: string) => `“${name}”对应的单位`,
  collectiveLabel: (name: string) => `“${name}”包括的单位`,
  excludeBlocked: '跳过有问题的行，只导入其余任务',
  fixPrefix: ' —— 处理办法：',
  skipped: (n: number) => `已跳过${n}行（标题、日期、空行、表尾注释等）`,
  yearAssumed: (y: number) => `未写年份的时限（如“9月底前”“年底前”）按${y}年读取。`,
  shiftDates: '日期顺延一年（导入往年的计划表）',
  allSheets: '读取全部计划工作表（如工程类、服务类分表）',
  shifted: (y: number) => `已按往年计划表读取，全部日期顺延一年至${y}年。`,
  suggestShift: (y: number) =>
    `这份表的完成时限都在${y - 1}年，像是往年的计划表。如要作为${y}年计划导入，请勾选上方“日期顺延一年”后重新预览（与“复制往年计划”相同：日期顺延，不带进展）。`,
  crossYear: '跨年度',
  openPlan: (y: number) => `查看${y}年度计划`,
  confirm: '确认导入',
  fileAgain: '再次选择同一Excel文件（确认时核对为预览过的文件）',
  counts: (c: { projects: number; tasks: number; units: number; milestones: number; indicators: number }) =>
    `将创建${c.projects}个项目、${c.tasks}项任务，涉及${c.units}个责任单位、${c.milestones}个计划节点、${c.indicators}项指标。`,
  layout: { appendix: '一览表格式', workbook: '本系统计划表' } satisfies Record<'appendix' | 'workbook', string>,
  hidden: (names: string[]) => `已忽略隐藏工作表：${names.join('、')}`,
  formulas: (n: number) => `含${n}个公式单元格，已读取其保存的计算结果（不重新计算）。`,
  issues: '需要处理的问题',
  noIssues: '没有无法读取的行。',
  cols: ['序号', '任务内容', '责任单位（牵头在前）', '完成时限', '计划节点', '备注'],
  noCategory: '（未注明类别）',
  noDeadline: '（无）',
  /** Under a task's units in the preview, where the table names a 牵头区领导. */
  leadOfficial: (names: string) => `牵头区领导：${names}`,
};

export const planIssueAt = (sheet: string, row: number, text: string) => `${sheet} 第${row}行：${text}`;
