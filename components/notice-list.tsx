// 督办 notices of one task or one unit: state (overdue said in words), reason, what to do, limit,
// the answer; each links to its task when the list spans several.
import Link from 'next/link';
import { t } from '@/lib/i18n/zh-CN';

export type NoticeItem = { id: number; reason: string; requiredAction: string; dueDate: string; status: 'OPEN' | 'ANSWERED'; overdue: boolean; answer?: string | null; taskNumber?: number };

export function NoticeList({ notices, taskHref, testId }: { notices: NoticeItem[]; taskHref?: (n: number) => string; testId: string }) {
  return (
    <ul className="space-y-1 text-sm" data-testid={testId}>
      {notices.map((n) => (
        <li key={n.id}>
          <span className={`mr-1 rounded px-1 text-xs ${n.overdue ? 'bg-lagging-bg text-lagging' : n.status === 'OPEN' ? 'bg-risk-bg text-risk' : 'bg-gray-100'}`}>{t.notice.state[n.overdue ? 'OVERDUE' : n.status]}</span>
          {n.taskNumber !== undefined && (taskHref ? <Link href={taskHref(n.taskNumber)} className="text-blue-800 hover:underline">{t.task.number(n.taskNumber)}</Link> : t.task.number(n.taskNumber))}
          {n.taskNumber !== undefined && '：'}
          {n.reason} — {n.requiredAction}（{t.notice.due(n.dueDate)}）
          {n.answer && <span className="block text-gray-700">{t.notice.answer(n.answer)}</span>}
        </li>
      ))}
    </ul>
  );
}
