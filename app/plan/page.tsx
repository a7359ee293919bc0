// 年度计划管理: every plan year with its status; create one (empty or a copy), import one from Excel,
// move it along 草稿 → 执行中 → 已归档, export it as the plan workbook. Supervisors only.
import { one, type SearchParams } from '@/lib/search-params';
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { SavedNote } from '@/components/saved-note';
import { CreateYearForm, YearStatusForm } from '@/components/forms/create-year-form';
import { createPlanYear, setPlanYearStatus } from '@/lib/actions/plan';
import { getPlanOffice, type PlanYearRow } from '@/lib/data/plan-admin';
import { nextStatus } from '@/lib/domain/plan-years';
import { t } from '@/lib/i18n/zh-CN';
import { m } from '@/lib/i18n/messages';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';
import { cardColumns } from '@/components/card-table';

export const metadata: Metadata = { title: t.pageTitle.plan };

const c = t.plan;

/** What a year's row says after the redirect of a change saved without JavaScript: a draft was just created, any other year moved on. */
const savedNote = (y: PlanYearRow) => (y.status === 'DRAFT' ? m.yearCreated(y.year) : m.statusChanged);

function YearTable({ years, saved }: { years: PlanYearRow[]; saved?: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={c.years} tabIndex={0}>
      {/* On a phone each year is a card (.years in app/globals.css): the year and its name, its status and counts, its actions. */}
      <table className="cards years w-full text-sm" data-testid="plan-years" style={cardColumns(c.columns.map((h, i) => (i >= 2 && i <= 4 ? h : null)))}>
        <TableHead columns={c.columns} />
        <tbody>
          {years.map((y) => {
            const next = nextStatus(y.status);
            return (
              <tr key={y.year} id={`year-${y.year}`} className="border-t border-gray-100 align-top" data-year={y.year} data-status={y.status}>
                <th scope="row" className="py-1 pr-2 text-left">
                  {y.year}
                </th>
                <td className={`${ui.cell} min-w-40`}>{y.title}</td>
                <td className={ui.nameCell} data-testid="year-status">
                  {c.status[y.status]}
                </td>
                <td className={ui.cell}>{y.projects}</td>
                <td className={ui.cell}>{y.tasks}</td>
                <td className="space-x-2 py-1 pr-2 whitespace-nowrap">
                  <Link href={`/plan/${y.year}`} className={ui.link}>
                    {t.plan.edit.heading(y.year)}
                  </Link>
                  <Link href={`/?year=${y.year}`} className={ui.link}>
                    {c.view}
                  </Link>
                  <a href={`/export/plan/${y.year}`} className={ui.link} download>
                    {c.exportPlan}
                  </a>
                  {next && next !== 'DRAFT' && <YearStatusForm action={setPlanYearStatus.bind(null, y.year)} to={next} />}
                  {saved === `year-${y.year}` && <SavedNote text={savedNote(y)} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export default async function PlanPage({
  searchParams,
}: {
  /** `saved`: the year created or moved on without JavaScript, whose row says so (lib/actions/without-script.ts). */
  searchParams: Promise<SearchParams>;
}) {
  const saved = one((await searchParams).saved);
  const office = await getPlanOffice('/plan');
  if (!office) forbidden();
  const { years, suggested } = office;
  return (
    <div className="space-y-4">
      <PageHeader title={c.heading} subtitle={c.intro}>
        <Link href="/plan/import" className={ui.button}>
          {c.importLink}
        </Link>
        <a href="/export/plan/template" className={ui.secondary} download>
          {c.template}
        </a>
      </PageHeader>
      <SectionCard id="years" title={c.years}>
        <YearTable years={years} saved={saved} />
      </SectionCard>
      <SectionCard id="create" title={c.create}>
        <CreateYearForm action={createPlanYear} years={years.map((y) => y.year)} suggested={suggested} />
      </SectionCard>
    </div>
  );
}
