// 督办: the notices on the task and, for the office, the form to issue one (with files, if any).
import { NoticeForm } from '@/components/forms/lazy';
import { NoticeList } from '@/components/notice-list';
import { SectionCard } from '@/components/section-card';
import { ui } from '@/components/ui';
import { issueNotice } from '@/lib/actions/notices';
import { t } from '@/lib/i18n/zh-CN';
import type { TaskDetail } from '@/lib/data/task';
import { restoredIn, type Draft } from '@/lib/actions/form-drafts';
import { PrefillNote } from '@/components/prefill-note';
import { formKey } from '@/lib/links';

export function NoticeSection({
  notices,
  issue,
  draft,
  openIssue = false,
  fromInstruction,
}: {
  notices: NonNullable<TaskDetail['notices']>;
  issue: { taskId: number; today: string; units: TaskDetail['row']['task']['units']; evidence: NonNullable<TaskDetail['issueForm']> } | null;
  /** A form of this section sent after its session ended, kept (lib/actions/form-drafts.ts). */
  draft: Draft | null;
  /** Opened from the 督办台账's 滞后未督办 (?issue=1): the form open at once. */
  openIssue?: boolean;
  /** Opened to put a leader's instruction into effect (?instruction=N): the form's fields filled from it. */
  fromInstruction?: Record<string, string>;
}) {
  const prefill = issue ? restoredIn(draft, formKey.notice(issue.taskId)) : undefined;
  return (
    <SectionCard id="nt" title={t.notice.heading}>
      {notices.length === 0 ? (
        <p className={ui.hint}>{t.notice.none}</p>
      ) : (
        <div className="mb-3">
          <NoticeList notices={notices} testId="notices" draft={draft} />
        </div>
      )}
      {issue && (
        // Open when files staged for a notice are waiting (the page was reloaded before it was issued), or what was typed is back.
        <details className="no-print" open={openIssue || issue.evidence.staged.length > 0 || !!prefill || !!fromInstruction}>
          <summary className="cursor-pointer text-sm text-blue-800">{t.notice.issue}</summary>
          <div className="mt-2 max-w-xl space-y-2">
            <PrefillNote prefill={prefill} />
            <NoticeForm
              action={issueNotice.bind(null, issue.taskId)}
              today={issue.today}
              units={issue.units}
              evidence={{ taskId: issue.taskId, ...issue.evidence }}
              prefill={prefill?.values ?? fromInstruction}
            />
          </div>
        </details>
      )}
    </SectionCard>
  );
}
