// 报告: the report of a period — preview, the Word draft and the Excel 一览表 to download, publication
// as a frozen snapshot — and the list of what was published. Supervisors publish; leaders read.
import { forbidden } from 'next/navigation';
import Link from 'next/link';
import { PageHeader } from '@/components/page-header';
import { ReportPreview } from '@/components/report-preview';
import { SectionCard } from '@/components/section-card';
import { FieldError, inputCls } from '@/components/forms/field';
import { PublishForm } from '@/components/forms/publish-form';
import { publishReport } from '@/lib/actions/reports';
import { requireActor } from '@/lib/auth/session';
import type { SearchParams } from '@/lib/search-params';
import { getReportsPage, type SnapshotSummary } from '@/lib/data/reports';
import { PERIOD_KINDS } from '@/lib/domain/periods';
import type { ReportPeriod } from '@/lib/validation/report';
import { fmtDate, fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';

export const metadata: Metadata = { title: t.pageTitle.reports };

const u = t.report.ui;
type Page = Extract<Awaited<ReturnType<typeof getReportsPage>>, { allowed: true; input: unknown }>;

function PeriodPicker({ year, years, input, errors }: Pick<Page, 'year' | 'years' | 'input' | 'errors'>) {
  return (
    <form method="get" className="no-print flex flex-wrap items-start gap-3 rounded border border-gray-200 bg-white p-3" aria-label={u.picker}>
      <div>
        <label htmlFor="year" className={ui.label}>{u.year}</label>
        <select id="year" name="year" defaultValue={year} className={inputCls}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="period" className={ui.label}>{u.period}</label>
        <select id="period" name="period" defaultValue={input.period} className={inputCls} aria-invalid={!!errors.period} aria-describedby="period-error">
          {PERIOD_KINDS.map((k) => <option key={k} value={k}>{u.periods[k]}</option>)}
        </select>
        <FieldError id="period" errors={errors.period} />
      </div>
      <div>
        <label htmlFor="asOf" className={ui.label}>{u.asOf}</label>
        <input id="asOf" name="asOf" type="date" defaultValue={input.asOf} className={inputCls} aria-invalid={!!errors.asOf} aria-describedby="asOf-error" />
        <FieldError id="asOf" errors={errors.asOf} />
      </div>
      <button type="submit" className="mt-4 rounded bg-gray-800 px-3 py-1.5 text-sm text-white hover:bg-gray-700">{u.show}</button>
    </form>
  );
}

const fileHref = (p: ReportPeriod, format: 'docx' | 'xlsx') =>
  `/export/report/${format}?${new URLSearchParams({ year: String(p.year), period: p.kind, ...(p.kind === 'DATE' ? { asOf: p.asOf } : {}) })}`;

function Downloads({ period }: { period: ReportPeriod }) {
  return (
    <div className="flex flex-wrap gap-2" data-testid="report-downloads">
      <a href={fileHref(period, 'docx')} className={ui.secondary} download>{u.docx}</a>
      <a href={fileHref(period, 'xlsx')} className={ui.secondary} download>{u.xlsx}</a>
    </div>
  );
}

function Relation({ s }: { s: SnapshotSummary }) {
  return (
    <>
      {s.replacesId && <span className="block">{u.replacesOf(s.replacesId)}</span>}
      {s.replacedBy.length > 0 && <span className="block text-risk">{u.replacedBy(s.replacedBy)}</span>}
    </>
  );
}

function SnapshotList({ snapshots }: { snapshots: SnapshotSummary[] }) {
  if (snapshots.length === 0) return <p className={ui.hint}>{u.noneYet}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={u.published} tabIndex={0}>
      <table className="w-full text-sm" data-testid="snapshots">
        <thead>
          <tr className="text-left text-xs text-gray-600">{u.columns.map((c) => <th key={c} scope="col" className={ui.cell}>{c}</th>)}</tr>
        </thead>
        <tbody>
          {snapshots.map((s) => (
            <tr key={s.id} className="border-t border-gray-100 align-top" data-snapshot={s.id}>
              <td className="py-1 pr-2 whitespace-nowrap">{u.number(s.id)}</td>
              <td className={ui.cell}><Link href={`/reports/${s.id}`} className={ui.link}>{s.title}</Link></td>
              <td className="py-1 pr-2 whitespace-nowrap">{fmtDate(s.asOf)}</td>
              <td className="py-1 pr-2 whitespace-nowrap">{fmtDateTime(s.publishedAt)}</td>
              <td className={ui.cell}>{s.publishedBy}</td>
              <td className="py-1 pr-2 whitespace-nowrap">
                <a href={`/reports/${s.id}/file/docx`} className={ui.link} download>.docx</a>{' · '}
                <a href={`/reports/${s.id}/file/xlsx`} className={ui.link} download>.xlsx</a>
              </td>
              <td className="py-1 pr-2 text-xs"><Relation s={s} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireActor('/reports');
  const data = await getReportsPage(await searchParams);
  if (!data.allowed) forbidden();
  if (data.year === null || !('input' in data)) return <p>{t.common.notFound}</p>;
  const { period, model } = data;
  return (
    <div className="space-y-4">
      <PageHeader title={t.report.heading} subtitle={t.report.intro} />
      <PeriodPicker year={data.year} years={data.years} input={data.input} errors={data.errors} />
      {period && model && (
        <>
          <SectionCard id="downloads" title={u.downloads}>
            <Downloads period={period} />
          </SectionCard>
          {data.canPublish && (
            <SectionCard id="publish" title={u.publish}>
              <PublishForm
                action={publishReport}
                period={{ year: period.year, kind: period.kind, asOf: period.asOf }}
                periodLabel={t.report.yearPeriod(period.year, period.kind, period.asOf)}
                letterhead={data.letterhead!}
                today={data.today}
                earlier={data.snapshots.filter((s) => s.year === period.year).map((s) => ({ id: s.id, label: `${u.number(s.id)} ${s.title}（${fmtDate(s.asOf)}）` }))}
              />
            </SectionCard>
          )}
          <SectionCard id="preview" title={u.preview}>
            <p className="mb-2 text-xs text-gray-600">{u.previewNote}</p>
            <ReportPreview model={model} letterhead={data.letterhead!} />
          </SectionCard>
        </>
      )}
      <SectionCard id="published" title={u.published}>
        <SnapshotList snapshots={data.snapshots} />
      </SectionCard>
    </div>
  );
}
