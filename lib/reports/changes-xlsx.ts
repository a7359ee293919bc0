// 较上期变化 as rows (the CSV) and as an Excel workbook: every task whose status moved between the
// comparison date and the as-of date, graver moves first — the list the 驾驶舱 shows, whole, for the
// 调度会's papers. The two dates are in the header; where a task now stands at 存在风险 or 进度滞后, why.
import { needsAttention } from '@/lib/domain/status';
import { listXlsx } from './list-xlsx';
import type { Comparison } from '@/lib/domain/changes';
import type { OverviewProject } from '@/lib/domain/overview';
import { fmtDate } from '@/lib/i18n/format';
import { describeReason, statusLabel, t } from '@/lib/i18n/zh-CN';

export function changesHeader(since: string, asOf: string): string[] {
  return t.leadership.changes.header(fmtDate(since), fmtDate(asOf));
}

export function changesRows(c: Comparison, projects: readonly Pick<OverviewProject, 'number' | 'numeral' | 'title'>[]): (string | number)[][] {
  const project = new Map(projects.map((p) => [p.number, `${p.numeral}、${p.title}`]));
  return c.changes.map(({ row: { task, status }, from, to, movement }, k) => [
    k + 1,
    t.task.number(task.number),
    project.get(task.projectNumber) ?? '',
    task.content,
    task.units.map((u) => u.name).join('、'),
    statusLabel(from),
    statusLabel(to),
    t.leadership.changes.movement[movement],
    needsAttention(to) ? status.reasons.map(describeReason).join('；') : '',
  ]);
}

const WIDTHS = [6, 8, 24, 44, 20, 12, 12, 10, 48];

export async function changesXlsx(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  return listXlsx(t.leadership.changes.sheet, header, WIDTHS, rows);
}
