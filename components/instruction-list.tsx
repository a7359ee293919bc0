// 领导批示 as listed on a task page, the 督办台账's worklist and 我的任务: the words, who gave them and when,
// where each stands (待落实 / 已转督办 with its notice / 已阅 / 已撤回, a withdrawn one's words only for its leader and
// the office) — and, for the office on a pending one, the two
// ways to act on it: 转为督办 (the task's notice form filled from it) and 已阅; for its leader, 撤回 while pending.
import Link from 'next/link';
import type { ListedInstruction, Latest } from '@/lib/data/instructions';
import { ShowAll } from '@/components/show-all';
import { OneStepForm } from '@/components/forms/lazy';
import { markInstructionRead, withdrawInstruction } from '@/lib/actions/instructions';
import { isWithdrawable } from '@/lib/domain/instructions';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { instructionAnchor, instructionNoticeHref, noticeAnchor, taskHref } from '@/lib/links';
import { ui } from '@/components/ui';

function StateMark({ i }: { i: ListedInstruction }) {
  const s = i.state;
  if (s.kind === 'pending') return <span className="rounded border border-risk bg-risk-bg px-1.5 text-xs text-risk">{t.instruction.state.pending}</span>;
  if (s.kind === 'read') return <span className="rounded border border-gray-300 px-1.5 text-xs text-gray-700">{t.instruction.state.read(s.by)}</span>;
  if (s.kind === 'withdrawn')
    return (
      <span className="rounded border border-gray-300 px-1.5 text-xs text-gray-700" data-testid="instruction-withdrawn">
        {t.instruction.state.withdrawn(fmtDateTime(s.at))}
      </span>
    );
  return (
    <Link href={`${taskHref(i.taskNumber, { year: i.year })}#${noticeAnchor(i.noticeId!)}`} className={`text-xs ${ui.link}`}>
      {t.instruction.state.notice(t.notice.number(s.numberYear, s.number))}
    </Link>
  );
}

/** The leader reading a list, and the list's heading to come back to after a withdrawal without JavaScript. */
export type Withdrawer = { id: number; back: 'li-h' | 'mine-h' };

export function InstructionList({
  items,
  showTask = false,
  canAct = false,
  withdrawer = null,
  testId,
}: {
  items: ListedInstruction[];
  showTask?: boolean;
  canAct?: boolean;
  /** A leader reading: their own pending ones may be withdrawn, leading back to `back` without JavaScript. */
  withdrawer?: Withdrawer | null;
  testId: string;
}) {
  return (
    <ul className="space-y-2" data-testid={testId}>
      {items.map((i) => (
        <li key={i.id} id={instructionAnchor(i.id)} className="rounded border border-gray-200 bg-white p-2 text-sm" data-instruction={i.id}>
          {showTask && (
            <p className="mb-1">
              <Link href={taskHref(i.taskNumber, { year: i.year })} className={ui.link}>
                {t.task.number(i.taskNumber)}：{i.taskContent}
              </Link>
            </p>
          )}
          {i.text === null ? (
            <p className="text-gray-600" data-testid="instruction-words-withheld">
              {t.instruction.wordsWithheld}
            </p>
          ) : (
            <p className="whitespace-pre-line">{i.text}</p>
          )}
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-gray-600">
            <span>{t.instruction.by(i.author, fmtDateTime(i.at))}</span>
            <StateMark i={i} />
          </p>
          {withdrawer && isWithdrawable(i, withdrawer.id) && (
            <div className="no-print mt-2">
              <OneStepForm
                action={withdrawInstruction.bind(null, i.id, withdrawer.back)}
                label={t.instruction.withdraw}
                name={t.task.number(i.taskNumber)}
                consequence={t.instruction.withdrawConsequence}
              />
            </div>
          )}
          {canAct && i.state.kind === 'pending' && (
            <div className="no-print mt-2 flex flex-wrap items-center gap-2">
              <Link href={instructionNoticeHref(i.taskNumber, i.year, i.id)} className="rounded bg-blue-800 px-2 py-1 text-sm text-white hover:bg-blue-700">
                {t.instruction.toNotice}
              </Link>
              <OneStepForm action={markInstructionRead.bind(null, i.id)} label={t.instruction.markRead} name={t.task.number(i.taskNumber)} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The newest instructions of a list (我的批示, 我的任务's), or a line saying there are none; all of them a link away. */
export function LatestInstructions({
  latest,
  none,
  testId,
  allHref,
  withdrawer = null,
}: {
  latest: Latest;
  none: string;
  testId: string;
  allHref: string;
  withdrawer?: Withdrawer | null;
}) {
  if (latest.total === 0) return <p className={ui.hint}>{none}</p>;
  return (
    <>
      <InstructionList items={latest.items} showTask withdrawer={withdrawer} testId={testId} />
      <ShowAll
        shown={latest.items.length}
        total={latest.total}
        summary={t.instruction.latestMore(latest.items.length, latest.total)}
        label={t.instruction.latestAll}
        href={allHref}
        testId={`${testId}-more`}
      />
    </>
  );
}
