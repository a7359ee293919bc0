// 领导驾驶舱: the summary for leadership, phone first. The first screen answers "where do we
// stand" in one sentence built from the data, then the status counts; details follow. The page
// composes its parts (./_components); each part takes only the figures it shows.
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { AsOfForm } from '@/components/as-of-form';
import { PrintButton } from '@/components/print-button';
import { PrintTitle } from '@/components/print-title';
import { PlanChangedBanner, PublishedBanner, YearStatusBanner } from '@/components/published-banner';
import { SectionCard } from '@/components/section-card';
import { StatusCounts } from '@/components/status-counts';
import { ui } from '@/components/ui';
import type { SearchParams } from '@/lib/search-params';
import { getLeadership, ledByMe } from '@/lib/data/leadership';
import { t } from '@/lib/i18n/zh-CN';
import { exportLinks, hrefWith, instructHref, publishedQuery, taskHref, viewOf } from '@/lib/links';
import { can } from '@/lib/auth/policy';
import { getSession } from '@/lib/auth/session';
import { myInstructions } from '@/lib/data/instructions';
import { LatestInstructions } from '@/components/instruction-list';
import { LeadershipCharts } from './_components/charts';
import { DueSoon } from './_components/due-soon';
import { EvaluationTable } from './_components/evaluation-table';
import { LaggingList } from './_components/lagging-list';
import { LedList } from './_components/led-list';
import { OfficialTable } from './_components/official-table';
import { ProjectList } from './_components/project-list';
import { UnitTable } from './_components/unit-table';
import { Changes } from './_components/changes';

export const metadata: Metadata = { title: t.pageTitle.leadership };

export default async function LeadershipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const data = await getLeadership(await searchParams);
  if (!data) notFound();
  const { snap, asOf } = data;
  const c = t.leadership;
  // What a "show all" link keeps: the published view, or the year, a chosen date and comparison date.
  const chosenAsOf = data.isDefaultAsOf ? undefined : asOf;
  const here = data.published ? publishedQuery(data.published) : { year: String(snap.year), asOf: chosenAsOf, since: data.comparison?.asked || undefined };
  const link = (n: number) => taskHref(n, viewOf(data));
  // A leader instructs on a lagging task from here (the live plan, not a published view).
  const actor = await getSession();
  const instruct = !data.published && can(actor, 'give_instruction') ? (n: number) => instructHref(n, snap.year) : undefined;
  // A leader's own instructions of the year and where each stands (null for anyone else, and on a published view).
  const mine = data.published ? null : await myInstructions(snap, snap.year, data.mineAll);
  // A leader's own tasks (the plan's 牵头区领导 names the account's name): shown where there are any.
  const led = await ledByMe(data);
  return (
    <div className="space-y-4 print:space-y-2">
      <PublishedBanner published={data.published} live={`/leadership?year=${snap.year}`} />
      <YearStatusBanner status={data.published ? undefined : snap.status} />
      <PlanChangedBanner changed={data.planChanged} year={snap.year} />
      <PrintTitle plan={snap.title} page={c.heading} asOf={asOf} printedOn={data.today} />
      <div className="flex flex-wrap items-end justify-between gap-3 print:hidden">
        <div>
          <h1 className="text-xl font-bold">{c.heading}</h1>
          <p className={ui.hint}>
            {snap.title} · {t.asOf.hint(asOf, data.asOfReason)}
          </p>
        </div>
        <div className="flex items-end gap-2">
          <AsOfForm asOf={asOf} years={data.years} keep={{ year: String(snap.year) }} published={!!data.published} />
          <PrintButton />
        </div>
      </div>
      <p className="rounded border-l-4 border-gray-800 bg-white p-3 text-base font-medium print:p-1.5 print:text-sm" data-testid="headline">
        {c.headline(data.headline)}
      </p>
      <StatusCounts counts={data.counts} testId="lead-counts" />
      <SectionCard id="lag" title={c.lagging} className="print:border-0 print:p-0">
        <LaggingList
          lagging={data.lagging}
          total={data.laggingTotal}
          allHref={`${hrefWith('/leadership', { ...here, lagging: 'all' })}#lag-h`}
          openNotices={data.openNotices}
          link={link}
          instruct={instruct}
        />
      </SectionCard>
      {actor && led && led.length > 0 && <LedList led={led} name={actor.displayName} openNotices={data.openNotices} link={link} instruct={instruct} />}
      {data.comparison && (
        <Changes
          comparison={data.comparison}
          asOf={asOf}
          year={snap.year}
          keep={{ year: String(snap.year), asOf: chosenAsOf }}
          link={link}
          all={data.changesAll}
          allHref={`${hrefWith('/leadership', { ...here, changes: 'all' })}#changes-h`}
        />
      )}
      {mine && (
        <SectionCard id="mine" title={t.instruction.mineByLeader} className="print:hidden">
          <LatestInstructions
            latest={mine}
            none={t.instruction.mineByLeaderNone}
            testId="lead-instructions"
            allHref={`${hrefWith('/leadership', { ...here, mine: 'all' })}#mine-h`}
            withdrawer={actor && { id: actor.id, back: 'mine-h' }}
          />
        </SectionCard>
      )}
      <SectionCard id="proj" title={c.projects} className="print:border-0 print:p-0">
        <ProjectList projects={data.projects} />
      </SectionCard>
      {/* On paper the 驾驶舱 is one A4 page: headline, counts, lagging tasks in full, projects. */}
      <LeadershipCharts counts={data.counts} trend={data.trend} />
      <OfficialTable officials={data.officials} keep={data.published ? publishedQuery(data.published) : { year: String(snap.year), asOf: chosenAsOf }} />
      <SectionCard id="units" title={c.units} className="print:hidden">
        <UnitTable units={data.units} staleDays={snap.settings.staleDays} />
      </SectionCard>
      <EvaluationTable scores={data.evaluation} weights={snap.settings} files={exportLinks('/export/evaluation', { year: String(snap.year), asOf })} />
      <SectionCard id="due" title={c.dueSoon} className="print:hidden">
        <DueSoon
          milestones={data.dueSoon}
          total={data.dueSoonTotal}
          allHref={`${hrefWith('/leadership', { ...here, due: 'all' })}#due-h`}
          onToday={data.asOfIsToday}
        />
      </SectionCard>
    </div>
  );
}
