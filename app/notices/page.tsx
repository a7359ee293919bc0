// 督办台账: every 督办件 with its state, filters (status, unit, level, overdue), counts per unit, CSV.
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { FilterSelect } from '@/components/filter-select';
import { NoticeList } from '@/components/notice-list';
import { PageHeader } from '@/components/page-header';
import { PrintTitle } from '@/components/print-title';
import { SectionCard } from '@/components/section-card';
import { requireActor } from '@/lib/auth/session';
import { draftFor } from '@/lib/actions/form-drafts';
import { can } from '@/lib/auth/policy';
import { getNoticeLedger } from '@/lib/data/notices';
import { one, type SearchParams } from '@/lib/search-params';
import { parseLedgerFilters } from '@/lib/validation/notices';
import { NOTICE_LEVELS, NOTICE_STATUSES } from '@/lib/domain/notices';
import { issueNoticeHref, taskHref } from '@/lib/links';
import { alertRows } from '@/components/alert-words';
import { AlertRows } from '@/components/alert-rows';
import { fmtDate } from '@/lib/i18n/format';
import { alertsShown } from '@/lib/domain/overview';
import { ShowAll } from '@/components/show-all';
import type { Actor } from '@/lib/auth/policy';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';
import { InstructionList } from '@/components/instruction-list';

export const metadata: Metadata = { title: t.pageTitle.notices };

const c = t.notice.ledger;
type Data = NonNullable<Awaited<ReturnType<typeof getNoticeLedger>>>;

function Filters({ data, f }: { data: Data; f: ReturnType<typeof parseLedgerFilters> }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2 rounded border border-gray-200 bg-white p-3" aria-label={c.filters}>
      <FilterSelect
        label={c.year}
        name="year"
        value={String(data.year)}
        allowAll={false}
        options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <FilterSelect label={c.status} name="status" value={f.status} options={NOTICE_STATUSES.map((s) => ({ value: s, label: t.notice.state[s] }))} />
      <FilterSelect label={c.unit} name="unit" value={f.unit} options={data.units.map((u) => ({ value: u.code, label: u.name }))} />
      <FilterSelect label={c.level} name="level" value={f.level} options={NOTICE_LEVELS.map((l) => ({ value: l, label: t.notice.levels[l] }))} />
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" name="overdue" value="1" defaultChecked={f.overdue} /> {c.overdue}
      </label>
      <button type="submit" className={ui.button}>
        {c.apply}
      </button>
    </form>
  );
}

/** Notices of other plan years not closed yet (last year's, in January): each year's ledger, linked. */
function OtherYearsOpen({ years }: { years: Data['otherYearsOpen'] }) {
  if (years.length === 0) return null;
  return (
    <p role="note" className="rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="other-years-open">
      {c.otherYearsOpen}
      {years.map((y, i) => (
        <span key={y.year}>
          {i > 0 && '、'}
          <Link href={`/notices?year=${y.year}`} className={ui.link}>
            {c.otherYearOpen(y.year, y.open)}
          </Link>
        </span>
      ))}
    </p>
  );
}

/**
 * 滞后未督办: the year's lagging tasks that no notice in progress chases, with their reasons — and, for
 * the office, the step to issue one (the task's 督办 form, open). A worklist for the screen: the printed
 * ledger is the notices. A large year's list shows its first 20, the rest a link away.
 */
function Unchased({
  unchased,
  year,
  actor,
  all,
  allHref,
}: {
  unchased: NonNullable<Data['unchased']>;
  year: number;
  actor: Actor;
  all: boolean;
  allHref: string;
}) {
  const asOf = fmtDate(unchased.asOf);
  if (unchased.rows.length === 0)
    return (
      <p className={`no-print ${ui.hint}`} data-testid="unchased-none">
        {c.unchasedNone(asOf)}
      </p>
    );
  const issue = can(actor, 'issue_notice');
  const { shown, total } = alertsShown(unchased.rows, all);
  const rows = alertRows(shown, new Map(), (n) => taskHref(n, { year })).map((r) =>
    issue ? { ...r, action: { href: issueNoticeHref(r.number, year), label: t.notice.issue } } : r,
  );
  return (
    <SectionCard id="unchased" title={c.unchased(total, asOf)} className="no-print">
      <p className={ui.hint}>{c.unchasedIntro}</p>
      <div data-testid="unchased">
        <AlertRows rows={rows} />
      </div>
      <ShowAll shown={rows.length} total={total} summary={c.unchasedMore(rows.length, total)} label={c.unchasedAll} href={allHref} testId="unchased-more" />
    </SectionCard>
  );
}

/**
 * 领导批示待落实: what leaders asked that no notice has put into effect and the office has not marked read; its
 * steps for the office. The 20 longest waiting, the rest a link away (as 滞后未督办).
 */
function PendingInstructions({ items, actor, all, allHref }: { items: Data['instructions']; actor: Actor; all: boolean; allHref: string }) {
  if (items.length === 0) return null;
  const { shown, total } = alertsShown(items, all);
  return (
    <SectionCard id="instructions" title={t.instruction.pendingHeading(total)} className="no-print">
      <p className={`mb-2 ${ui.hint}`}>{t.instruction.pendingIntro}</p>
      <InstructionList items={shown} showTask canAct={can(actor, 'issue_notice')} testId="instructions-pending" />
      <ShowAll
        shown={shown.length}
        total={total}
        summary={t.instruction.pendingMore(shown.length, total)}
        label={t.instruction.pendingAll}
        href={allHref}
        testId="instructions-more"
      />
    </SectionCard>
  );
}

function PerUnit({ perUnit }: { perUnit: Data['perUnit'] }) {
  return (
    <SectionCard id="per-unit" title={c.perUnit}>
      {perUnit.length === 0 ? (
        <p className={ui.hint} data-testid="notice-units-none">
          {c.noneThisYear}
        </p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-label={c.perUnit} tabIndex={0}>
          <table className="w-full text-sm" data-testid="notice-units">
            <TableHead columns={c.unitColumns} />
            <tbody>
              {perUnit.map((u) => (
                <tr key={u.code} className="border-t border-gray-100" data-unit={u.code}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {u.name}
                  </th>
                  <td className={ui.cell}>{u.total}</td>
                  <td className={ui.cell}>{u.open}</td>
                  <td className={ui.cell}>{u.unsigned}</td>
                  <td className={`py-1 pr-2 ${u.overdue ? 'font-medium text-lagging' : ''}`}>{u.overdue}</td>
                  <td className={ui.cell}>{u.answered}</td>
                  <td className={ui.cell}>{u.closed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SectionCard>
  );
}

export default async function NoticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('/notices');
  if (!can(actor, 'view_pending')) forbidden();
  const sp = await searchParams;
  const f = parseLedgerFilters(sp);
  const [data, draft] = await Promise.all([getNoticeLedger(f), draftFor(actor.id, '/notices')]);
  if (!data) notFound();
  const keep = Object.entries({ year: String(data.year), status: one(sp.status), unit: one(sp.unit), level: one(sp.level), overdue: one(sp.overdue) }).filter(
    (e): e is [string, string] => !!e[1],
  );
  const query = new URLSearchParams(keep);
  const pageHref = (p: number) => `/notices?${new URLSearchParams([...keep, ['page', String(p)]])}`;
  return (
    <div className="space-y-4">
      <PrintTitle plan={t.notice.ledger.printPlan(data.year)} page={c.heading} printedOn={data.today} />
      <PageHeader title={c.heading} subtitle={c.intro}>
        <a href={`/export/notices?${query}`} className={`no-print ${ui.secondary}`} download>
          {c.csv}
        </a>
        <a href={`/export/notices?${query}&format=xlsx`} className={`no-print ${ui.secondary}`} download>
          {c.xlsx}
        </a>
        {/* 领导批示台账: every instruction of the year and where it stands, pending or not. */}
        <a href={`/export/instructions?year=${data.year}`} className={`no-print ${ui.secondary}`} download>
          {t.instruction.ledger.csv}
        </a>
        <a href={`/export/instructions?year=${data.year}&format=xlsx`} className={`no-print ${ui.secondary}`} download>
          {t.instruction.ledger.xlsx}
        </a>
      </PageHeader>
      <Filters data={data} f={f} />
      <OtherYearsOpen years={data.otherYearsOpen} />
      <PendingInstructions
        items={data.instructions}
        actor={actor}
        all={one(sp.instructions) === 'all'}
        allHref={`/notices?${new URLSearchParams([...keep, ['instructions', 'all']])}#instructions-h`}
      />
      {data.unchased && (
        <Unchased
          unchased={data.unchased}
          year={data.year}
          actor={actor}
          all={one(sp.unchased) === 'all'}
          allHref={`/notices?${new URLSearchParams([...keep, ['unchased', 'all']])}#unchased-h`}
        />
      )}
      <SectionCard id="ledger" title={c.count(data.year, data.total, data.all)}>
        {data.notices.length === 0 ? (
          <p className={ui.hint}>{data.all === 0 ? c.noneThisYear : c.none}</p>
        ) : (
          <NoticeList notices={data.notices} taskHref={(n, year) => taskHref(n, { year })} testId="ledger" draft={draft} />
        )}
        {data.pages > 1 && (
          <nav aria-label={c.pages} className="mt-2 flex flex-wrap gap-2 text-sm">
            {Array.from({ length: data.pages }, (_, i) => i + 1).map((p) =>
              p === data.page ? (
                <span key={p} aria-current="page" className="font-semibold">
                  {p}
                </span>
              ) : (
                <Link key={p} href={pageHref(p)} className={ui.link}>
                  {p}
                </Link>
              ),
            )}
          </nav>
        )}
      </SectionCard>
      <PerUnit perUnit={data.perUnit} />
    </div>
  );
}
