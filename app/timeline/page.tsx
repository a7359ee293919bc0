// War map (挂图作战): every task as a row on a January–December grid, planned vs reached
// milestones, the deadline and the as-of line, coloured and labelled by status.
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { notFound } from 'next/navigation';
import { AsOfForm } from '@/components/as-of-form';
import { StatusBadge } from '@/components/status-badge';
import { ScrollToAsOf } from '@/components/scroll-to-as-of';
import { getEvaluatedPlan, one, type SearchParams } from '@/lib/data/evaluated-plan';
import { OVERVIEW_PAGE_TASKS } from '@/lib/domain/overview';
import { pageRows } from '@/lib/domain/paging';
import { Pager } from '@/components/pager';
import { deadlineMonthIn, milestoneMarks, yearFraction } from '@/lib/domain/timeline';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { taskHref } from '@/lib/links';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { PrintButton } from '@/components/print-button';
import { PrintTitle } from '@/components/print-title';
import { PendingLink } from '@/components/pending-link';

export const metadata: Metadata = { title: t.pageTitle.timeline };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const MARK = {
  reached: { icon: '●', cls: 'text-done', label: t.timeline.legendReached },
  overdue: { icon: '✕', cls: 'text-lagging font-bold', label: t.timeline.legendOverdue },
  planned: { icon: '○', cls: 'text-gray-700', label: t.timeline.legendPlanned },
} as const;
// The task-name column: narrow on phones, wide enough for the whole text on a wall screen.
const NAME_COL = 'var(--name-col)';
const RANGE_BAR = { reached: 'bg-done/40', overdue: 'bg-lagging/40', planned: 'bg-gray-300' } as const;

export default async function TimelinePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const data = await getEvaluatedPlan(sp);
  if (!data) notFound();
  const { snap, asOf, rows } = data;
  const asOfLeft = `calc(${NAME_COL} + (100% - ${NAME_COL}) * ${yearFraction(snap.year, asOf)})`;
  // A large year comes in pages of whole projects, as on the overview.
  const paged = pageRows(rows, OVERVIEW_PAGE_TASKS, Number(one(sp.page) ?? 1), { group: (r) => r.task.projectNumber });
  const rowsWithMarks = paged.items.map((r) => ({
    task: r.task,
    status: r.status,
    marks: milestoneMarks(r.task.milestones, snap.year, asOf),
    deadline: deadlineMonthIn(snap.year, r.task.deadlineMonth),
  }));

  return (
    // On paper: landscape A4, the whole grid on the page's width, names whole, the milestones in words after it.
    <div className="print-landscape space-y-3">
      <PublishedBanner published={data.published} live={`/timeline?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={t.pageTitle.timeline} asOf={asOf} printedOn={data.today} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-bold">{t.timeline.heading}</h1>
          <p className={ui.hint}>
            {t.timeline.intro} {t.asOf.hint(asOf, data.asOfReason)}
          </p>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} />
          <PrintButton />
        </div>
      </div>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-700" aria-label={t.legend}>
        {Object.values(MARK).map((m) => (
          <li key={m.label}>
            <span aria-hidden="true" className={m.cls}>
              {m.icon}
            </span>{' '}
            {m.label}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="font-bold">
            ▼
          </span>{' '}
          {t.timeline.legendDeadline}
        </li>
        <li>
          <span aria-hidden="true" className="inline-block h-3 w-0.5 bg-blue-600 align-middle" /> {t.timeline.legendAsOf}（{fmtDate(asOf)}）
        </li>
      </ul>
      <ScrollToAsOf className="overflow-x-auto rounded border border-gray-200 bg-white print:overflow-visible">
        <div
          className="relative min-w-[48rem] [--name-col:9.5rem] xl:[--name-col:22rem] print:min-w-0 print:[--name-col:24rem]"
          role="table"
          aria-label={t.timeline.heading}
        >
          {/* The month headers' look is the .tl-head classes, a task row's the .tl-row ones (app/globals.css). */}
          <div className="tl-grid tl-head border-b border-gray-200 text-xs text-gray-600" role="row">
            <div className="sticky left-0 z-10 bg-white p-1.5" role="columnheader">
              {t.timeline.task}
            </div>
            {MONTHS.map((m) => (
              <div key={m} role="columnheader">
                {t.timeline.month(m)}
              </div>
            ))}
          </div>
          {rowsWithMarks.map(({ task, status, marks, deadline }) => {
            return (
              <div key={task.number} className="tl-grid tl-row" role="row" data-testid="timeline-row" data-task={task.number} data-status={status.status}>
                <div role="rowheader">
                  <PendingLink href={taskHref(task.number, { year: snap.year, asOf: data.isDefaultAsOf ? undefined : asOf })} title={task.content}>
                    {task.number}. <span>{task.content}</span>
                  </PendingLink>
                  <StatusBadge status={status.status} />
                </div>
                {marks
                  .filter((k) => k.fromMonth < k.month)
                  .map((k) => (
                    // A period such as 7-9月 runs from its first month to its due month.
                    <div
                      key={`bar-${k.key}`}
                      aria-hidden="true"
                      className={RANGE_BAR[k.state]}
                      style={{ gridColumn: `${k.fromMonth + 1} / ${k.month + 2}` }}
                      data-range={k.key}
                    />
                  ))}
                {MONTHS.map((m) => (
                  <div key={m} role="cell">
                    {marks
                      .filter((k) => k.month === m)
                      .map((k) => (
                        <span key={k.key} className={MARK[k.state].cls} title={`${k.text}（${MARK[k.state].label}）`} data-mark={k.state}>
                          <span aria-hidden="true">{MARK[k.state].icon}</span>
                          <span className="sr-only">
                            {k.label}：{MARK[k.state].label}
                          </span>
                        </span>
                      ))}
                    {deadline === m && (
                      // A deadline month such as 2023.12 is due on its last day: drawn at the end of the month.
                      <span className="ml-auto font-bold" title={t.timeline.legendDeadline} data-mark="deadline">
                        <span aria-hidden="true">▼</span>
                        <span className="sr-only">{t.timeline.legendDeadline}</span>
                      </span>
                    )}
                  </div>
                ))}
              </div>
            );
          })}
          <div
            className="pointer-events-none absolute top-0 bottom-0 w-0.5 bg-blue-600"
            style={{ left: asOfLeft }}
            aria-hidden="true"
            data-testid="as-of-line"
          />
        </div>
      </ScrollToAsOf>
      <Pager
        pathname="/timeline"
        query={{ year: String(snap.year), asOf: data.isDefaultAsOf ? undefined : asOf }}
        page={paged.page}
        pages={paged.pages}
        total={paged.total}
        summary={t.overview.pageSummary(paged.page, paged.pages, paged.total)}
      />
      <MilestoneList rows={rowsWithMarks} />
    </div>
  );
}

/** The same plan as text, readable without hovering: for phones, keyboards and screen readers. */
function MilestoneList({ rows }: { rows: { task: { number: number }; marks: ReturnType<typeof milestoneMarks> }[] }) {
  return (
    // A chart-table: opened before printing, its summary replaced on paper by a heading.
    <details className={`chart-table ${ui.card}`} data-testid="timeline-list">
      <summary className="cursor-pointer text-sm font-semibold">{t.timeline.list}</summary>
      <h2 className="hidden text-sm font-semibold print:block">{t.timeline.list}</h2>
      <ol className="mt-2 space-y-2 text-sm">
        {rows
          .filter((r) => r.marks.length > 0)
          .map(({ task, marks }) => (
            <li key={task.number}>
              <span className="font-medium">{t.task.number(task.number)}</span>
              <ul className="ml-4 list-disc">
                {marks.map((k) => (
                  <li key={k.key} data-mark-text={k.state}>
                    <span className={MARK[k.state].cls}>{MARK[k.state].label}</span> · {fmtDate(k.dueDate)} · {k.text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
      </ol>
    </details>
  );
}
