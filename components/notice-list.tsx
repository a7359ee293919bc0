// 督办件 as one list (a task's, a unit's, the ledger's): number, level, state (overdue said in words),
// who issued it when and to whom, reason and requirement (as typed, line breaks kept), each
// addressed unit's own part (its state and answer), the steps so far — and the buttons of the steps
// this viewer may take now: a unit on its own part, the office on each part (退回/办结) and on the
// notice (催办). The 佐证材料 sent with the notice and with each answer show where they are read:
// under the requirement, under the unit's answer, and in the 办理过程.
import Link from 'next/link';
import type { NoticeView } from '@/lib/data/notices';
import { formKey, noticeAnchor, updateAnchor } from '@/lib/links';
import { restoredIn, type Draft } from '@/lib/actions/form-drafts';
import { PrefillNote } from '@/components/prefill-note';
import { acknowledgeNotice, answerNotice, closeNotice, returnNotice, urgeNotice } from '@/lib/actions/notices';
import { NoticeStepForm } from '@/components/forms/lazy';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';
import { EvidenceList } from '@/components/evidence-list';
import { evidenceLimits } from '@/lib/data/evidence';

type Limits = { files: number; mb: number };

const ACTIONS = { acknowledge: acknowledgeNotice, answer: answerNotice, return: returnNotice, close: closeNotice, urge: urgeNotice };
const c = t.notice;

function StateTag({ status, overdue, testId }: { status: NoticeView['status']; overdue: boolean; testId: string }) {
  const cls = overdue
    ? 'bg-lagging-bg text-lagging'
    : status === 'CLOSED'
      ? 'bg-gray-100 text-gray-700'
      : status === 'ANSWERED'
        ? 'bg-ok-bg text-ok'
        : 'bg-risk-bg text-risk';
  return (
    <span className={`rounded px-1 text-xs ${cls}`} data-testid={testId}>
      {c.state[status]}
      {overdue && ` · ${c.state.OVERDUE}`}
    </span>
  );
}

/** 「（随截至…的进展报送反馈）」: the progress update an answer was given in, in the task's 进展记录. */
function UpdateLink({
  n,
  update,
  taskHref,
  testId,
}: {
  n: NoticeView;
  update: { id: number; asOf: string };
  taskHref?: (taskNumber: number, year: number) => string;
  testId?: string;
}) {
  return (
    <Link href={`${taskHref?.(n.taskNumber, n.year) ?? ''}#${updateAnchor(update.id)}`} className={ui.link} data-testid={testId}>
      {c.answeredInUpdate(update.asOf)}
    </Link>
  );
}

/** One addressed unit's part: its state, its answer, and the buttons for it. */
function PartRow({
  n,
  p,
  limits,
  taskHref,
  draft,
}: {
  n: NoticeView;
  p: NoticeView['parts'][number];
  limits: Limits | null;
  taskHref?: (taskNumber: number, year: number) => string;
  draft: Draft | null;
}) {
  // A step's text typed before the session ended, kept (sent without JavaScript): the form starts with it.
  const prefill = (s: NoticeView['steps'][number]) => restoredIn(draft, formKey.noticeStep(n.id, s, p.unitId));
  return (
    <li className="space-y-1 py-1" data-testid="notice-part" data-unit={p.code} data-status={p.status}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{p.name}</span>
        <StateTag status={p.status} overdue={p.overdue} testId="notice-part-state" />
      </div>
      {p.answer && (
        <p className="text-sm whitespace-pre-line text-gray-800">
          {c.answer(p.answer)}
          {p.answeredInUpdate && <UpdateLink n={n} update={p.answeredInUpdate} taskHref={taskHref} testId="notice-part-update" />}
        </p>
      )}
      <EvidenceList items={p.answerEvidence} />
      <PrefillNote prefill={p.steps.map(prefill).find(Boolean)} />
      {p.steps.length > 0 && (
        <div className="flex flex-wrap items-start gap-3" data-testid="notice-steps">
          {p.steps.map((s) => (
            <NoticeStepForm
              key={s}
              step={s}
              action={ACTIONS[s].bind(null, n.id)}
              id={formKey.noticeStep(n.id, s, p.unitId)}
              prefill={prefill(s)?.values}
              unitId={p.unitId}
              unitName={p.name}
              evidence={s === 'answer' && limits ? { taskId: n.taskId, limits } : undefined}
            />
          ))}
        </div>
      )}
    </li>
  );
}

export function NoticeCard({
  n,
  taskHref,
  limits = null,
  draft = null,
}: {
  n: NoticeView;
  taskHref?: (taskNumber: number, year: number) => string;
  limits?: Limits | null;
  /** A step form's input kept when its session ended (lib/actions/form-drafts.ts), for the form it names. */
  draft?: Draft | null;
}) {
  const prefill = (s: NoticeView['steps'][number]) => restoredIn(draft, formKey.noticeStep(n.id, s));
  return (
    <li id={noticeAnchor(n.id)} className="space-y-1 py-2" data-testid="notice" data-notice={n.id} data-status={n.status} data-level={n.level}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{c.number(n.numberYear, n.number)}</span>
        <span className="rounded border border-gray-300 px-1 text-xs">{c.levels[n.level]}</span>
        <StateTag status={n.status} overdue={n.overdue} testId="notice-state" />
        {taskHref && (
          <Link href={taskHref(n.taskNumber, n.year)} className={ui.link} data-testid="notice-task">
            {t.task.number(n.taskNumber)}：{n.taskContent}
          </Link>
        )}
        <span className="text-xs text-gray-600">
          {c.due(n.dueDate)}
          {n.urgeCount > 0 && ` · ${c.urged(n.urgeCount)}`}
        </span>
        <a href={`/export/notices/${n.id}`} download className={`no-print text-xs ${ui.inlineLink}`} data-testid="notice-slip">
          {t.notice.ledger.slip.link}
        </a>
      </div>
      <p className="text-xs text-gray-600">
        {c.issued(
          n.issuer,
          fmtDateTime(n.issuedAt),
          n.recipients.map((r) => r.name),
        )}
      </p>
      <p className="text-sm whitespace-pre-line">
        <span className="text-gray-600">{c.reason}：</span>
        {n.reason}
      </p>
      <p className="text-sm whitespace-pre-line">
        <span className="text-gray-600">{c.requiredAction}：</span>
        {n.requiredAction}
      </p>
      <EvidenceList items={n.events[0]?.evidence ?? []} />
      <ul className="border-l-2 border-gray-200 pl-3" aria-label={c.parts} data-testid="notice-parts">
        {n.parts.map((p) => (
          <PartRow key={p.unitId} n={n} p={p} limits={limits} taskHref={taskHref} draft={draft} />
        ))}
      </ul>
      {n.events.length > 1 && (
        <details className="text-xs text-gray-700">
          <summary className="cursor-pointer">{c.history}</summary>
          <ol className="mt-1 list-decimal pl-5" data-testid="notice-events">
            {n.events.map((e, i) => (
              <li key={i}>
                {c.event(e.kind, c.eventBy(e.actor, e.unit), fmtDateTime(e.at), e.text)}
                {e.inUpdate && <UpdateLink n={n} update={e.inUpdate} taskHref={taskHref} testId="notice-event-update" />}
                <EvidenceList items={e.evidence} />
              </li>
            ))}
          </ol>
        </details>
      )}
      <PrefillNote prefill={n.steps.map(prefill).find(Boolean)} />
      {n.steps.length > 0 && (
        <div className="flex flex-wrap items-start gap-3" data-testid="notice-steps">
          {n.steps.map((s) => (
            <NoticeStepForm key={s} step={s} action={ACTIONS[s].bind(null, n.id)} id={formKey.noticeStep(n.id, s)} prefill={prefill(s)?.values} />
          ))}
        </div>
      )}
    </li>
  );
}

export async function NoticeList({
  notices,
  taskHref,
  testId,
  draft = null,
}: {
  notices: NoticeView[];
  taskHref?: (taskNumber: number, year: number) => string;
  testId: string;
  /** A step form's input kept when its session ended (lib/actions/form-drafts.ts), for the form it names. */
  draft?: Draft | null;
}) {
  // The limits the answer form's hint states, read only when this viewer may answer one of them.
  const limits = notices.some((n) => n.parts.some((p) => p.steps.includes('answer'))) ? await evidenceLimits() : null;
  return (
    <ul className="divide-y divide-gray-100" data-testid={testId}>
      {notices.map((n) => (
        <NoticeCard key={n.id} n={n} taskHref={taskHref} limits={limits} draft={draft} />
      ))}
    </ul>
  );
}
