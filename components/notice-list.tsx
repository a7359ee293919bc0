// 督办件 as one list (a task's, a unit's, the ledger's): number, level, state (overdue said in words),
// who issued it when and to whom, reason and requirement (as typed, line breaks kept), the answer,
// the steps so far — and the buttons of the steps this viewer may take now.
import Link from 'next/link';
import type { NoticeView } from '@/lib/data/notices';
import { acknowledgeNotice, answerNotice, closeNotice, returnNotice, urgeNotice } from '@/lib/actions/notices';
import { NoticeStepForm } from '@/components/forms/notice-step-form';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

const ACTIONS = { acknowledge: acknowledgeNotice, answer: answerNotice, return: returnNotice, close: closeNotice, urge: urgeNotice };
const c = t.notice;

function StateTag({ n }: { n: NoticeView }) {
  const cls = n.overdue ? 'bg-lagging-bg text-lagging' : n.status === 'CLOSED' ? 'bg-gray-100 text-gray-700' : n.status === 'ANSWERED' ? 'bg-ok-bg text-ok' : 'bg-risk-bg text-risk';
  return (
    <span className={`rounded px-1 text-xs ${cls}`} data-testid="notice-state">
      {c.state[n.status]}{n.overdue && ` · ${c.state.OVERDUE}`}
    </span>
  );
}

export function NoticeCard({ n, taskHref }: { n: NoticeView; taskHref?: (taskNumber: number) => string }) {
  return (
    <li className="space-y-1 py-2" data-testid="notice" data-notice={n.id} data-status={n.status} data-level={n.level}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{c.number(n.year, n.number)}</span>
        <span className="rounded border border-gray-300 px-1 text-xs">{c.levels[n.level]}</span>
        <StateTag n={n} />
        {taskHref && <Link href={taskHref(n.taskNumber)} className="text-blue-800 hover:underline">{t.task.number(n.taskNumber)}</Link>}
        <span className="text-xs text-gray-600">{c.due(n.dueDate)}{n.urgeCount > 0 && ` · ${c.urged(n.urgeCount)}`}</span>
      </div>
      <p className="text-xs text-gray-600">{c.issued(n.issuer, fmtDateTime(n.issuedAt), n.recipients.map((r) => r.name))}</p>
      <p className="text-sm whitespace-pre-line"><span className="text-gray-600">{c.reason}：</span>{n.reason}</p>
      <p className="text-sm whitespace-pre-line"><span className="text-gray-600">{c.requiredAction}：</span>{n.requiredAction}</p>
      {n.answer && <p className="text-sm whitespace-pre-line text-gray-800">{c.answer(n.answer)}</p>}
      {n.events.length > 1 && (
        <details className="text-xs text-gray-700">
          <summary className="cursor-pointer">{c.history}</summary>
          <ol className="mt-1 list-decimal pl-5" data-testid="notice-events">
            {n.events.map((e, i) => <li key={i}>{c.event(e.kind, e.actor, fmtDateTime(e.at), e.text)}</li>)}
          </ol>
        </details>
      )}
      {n.steps.length > 0 && (
        <div className="flex flex-wrap items-start gap-3" data-testid="notice-steps">
          {n.steps.map((s) => <NoticeStepForm key={s} step={s} action={ACTIONS[s].bind(null, n.id)} id={`n${n.id}-${s}`} />)}
        </div>
      )}
    </li>
  );
}

export function NoticeList({ notices, taskHref, testId }: { notices: NoticeView[]; taskHref?: (n: number) => string; testId: string }) {
  return (
    <ul className="divide-y divide-gray-100" data-testid={testId}>
      {notices.map((n) => <NoticeCard key={n.id} n={n} taskHref={taskHref} />)}
    </ul>
  );
}
