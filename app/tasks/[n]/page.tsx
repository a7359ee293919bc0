// Task page: everything about one task, its status with reasons, and its reporting history, composed
// of its parts (./_components), each taking only what it shows.
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { AuditTable } from '@/components/audit-table';
import { IndicatorTable } from '@/components/indicator-table';
import { planTextKind } from '@/lib/domain/plan-years';
import { PageHeader } from '@/components/page-header';
import { PrintTitle } from '@/components/print-title';
import { SectionCard } from '@/components/section-card';
import { one, wholeParam, type SearchParams } from '@/lib/search-params';
import { getTaskDetail } from '@/lib/data/task';
import type { Instruction } from '@/lib/data/instructions';
import { draftFor } from '@/lib/actions/form-drafts';
import { t } from '@/lib/i18n/zh-CN';
import { numberedMetadata } from '@/app/numbered-metadata';
import { ui } from '@/components/ui';
import { instructHref, projectHref, taskHref, viewOf } from '@/lib/links';
import { PublishedBanner } from '@/components/published-banner';
import { chinaDay } from '@/lib/domain/dates';
import { fmtDate } from '@/lib/i18n/format';
import { ItemList } from './_components/item-list';
import { MilestoneSection } from './_components/milestone-section';
import { NoticeSection } from './_components/notice-section';
import { InstructionSection } from './_components/instruction-section';
import { PlanChanges } from './_components/plan-changes';
import { ProblemList } from './_components/problem-list';
import { StatusSummary } from './_components/status-summary';
import { UpdateHistory } from './_components/update-history';

export const generateMetadata = numberedMetadata(t.pageTitle.task);

export default async function TaskPage({ params, searchParams }: { params: Promise<{ n: string }>; searchParams: Promise<SearchParams> }) {
  const [{ n }, sp] = await Promise.all([params, searchParams]);
  const number = Number(n);
  if (!Number.isInteger(number)) notFound();
  const data = await getTaskDetail(number, sp);
  if (!data) notFound();
  const { row, project, asOf, snap, events } = data;
  // A 督办 form of this page sent after its session ended, kept for this reader (lib/actions/form-drafts.ts).
  const draft = data.actor ? await draftFor(data.actor.id, `/tasks/${n}`) : null;
  const { task } = row;
  // 转为督办 from the 督办台账 (?instruction=N): the notice's form filled from that pending instruction of this task.
  const instructionId = wholeParam(sp.instruction);
  const fromInstruction = data.canActOnInstructions
    ? data.instructions?.find((i): i is Instruction => i.id === instructionId && i.state.kind === 'pending' && i.text !== null)
    : undefined;
  return (
    <article className="document space-y-5">
      <PublishedBanner published={data.published} live={taskHref(task.number, { year: snap.year })} note={t.report.ui.taskBannerNote} />
      <PrintTitle plan={snap.title} page={t.pageTitle.task(String(task.number))} asOf={asOf} printedOn={data.today} />
      <PageHeader
        above={
          <Link href={projectHref(project.number, viewOf(data))} className="hover:underline">
            {t.project.number(project.numeral)}：{project.title}
          </Link>
        }
        title={
          <>
            {t.task.number(task.number)}：{task.content}
          </>
        }
      >
        {data.canSubmit && (
          <Link
            href={`/tasks/${task.number}/update?year=${snap.year}`}
            className="no-print rounded bg-blue-800 px-3 py-1.5 text-sm text-white hover:bg-blue-700"
            data-testid="report-link"
          >
            {t.my.report}
          </Link>
        )}
        {data.canInstruct && (
          // A leader reads the task from the top (often on a phone): the instruction form is one tap away.
          <Link
            href={instructHref(task.number, snap.year)}
            className="no-print rounded border border-blue-800 px-3 py-1.5 text-sm text-blue-800 hover:bg-blue-50"
            data-testid="instruct-link"
          >
            {t.instruction.give}
          </Link>
        )}
        <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} published={!!data.published} />
      </PageHeader>
      <StatusSummary row={row} onToday={data.asOfIsToday} />
      <PlanChanges changes={data.planChanges} asOf={asOf} />
      <ItemList row={row} />
      <SectionCard id="ind" title={t.task.indicators}>
        {task.indicators.length === 0 ? <p className={ui.hint}>{t.task.noFigure}</p> : <IndicatorTable rows={row.status.progress.indicators} />}
      </SectionCard>
      <MilestoneSection row={row} asOf={asOf} />
      <ProblemList problems={task.problems} asOf={asOf} />
      {data.instructions && (
        <InstructionSection
          items={data.instructions}
          give={data.canInstruct ? { taskId: task.id } : null}
          canAct={data.canActOnInstructions}
          withdrawer={data.canInstruct && data.actor ? { id: data.actor.id, back: 'li-h' } : null}
          draft={draft}
          open={one(sp.instruct) === '1'}
        />
      )}
      {data.notices && (
        <NoticeSection
          notices={data.notices}
          issue={data.issueForm ? { taskId: task.id, today: data.today, units: task.units, evidence: data.issueForm } : null}
          draft={draft}
          openIssue={one(sp.issue) === '1'}
          fromInstruction={
            fromInstruction && {
              reason: t.instruction.noticeReason(fromInstruction.author, fmtDate(chinaDay(new Date(fromInstruction.at))), fromInstruction.text),
              instruction: String(fromInstruction.id),
            }
          }
        />
      )}
      <SectionCard id="h2" title={t.task.h2[planTextKind(task)]}>
        <p className="text-sm whitespace-pre-line">{task.h2Plan}</p>
        {task.note && (
          <p className="mt-2 text-sm whitespace-pre-line text-gray-700" data-testid="task-note">
            {t.task.note}：{task.note}
          </p>
        )}
      </SectionCard>
      <UpdateHistory
        history={data.history}
        canPublish={data.canPublishEvidence}
        unitId={data.actor?.unitId ?? null}
        published={data.published && { asOf, publishedAt: data.published.publishedAt }}
      />
      {events && (
        <SectionCard id="au" title={t.audit.taskHistory}>
          <AuditTable events={events} ofTask />
        </SectionCard>
      )}
      <p className="no-print text-sm">
        <Link href={`/?year=${snap.year}`} className={ui.link}>
          {t.task.backToOverview}
        </Link>
      </p>
    </article>
  );
}
