// What an alert's row shows, worded on the server (the catalogue's sentences stay here): the task, its
// units, its open notices, its reasons. Drawn by components/alert-rows.tsx.
import { wordReasons } from '@/components/reason-list';
import type { TaskRow } from '@/lib/domain/overview';
import { clip } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { AlertRow } from './alert-rows';

/** What an alert's row shows, worded. */
export function alertRows(alerts: TaskRow[], openNotices: Map<number, number>, link: (n: number) => string): AlertRow[] {
  return alerts.map(({ task, status }) => ({
    number: task.number,
    status: status.status,
    title: `${t.task.number(task.number)}：${clip(task.content, 40)}`,
    units: task.units.map((u) => u.name).join('、'),
    notices: openNotices.get(task.number),
    href: link(task.number),
    reasons: wordReasons(status.reasons),
  }));
}
