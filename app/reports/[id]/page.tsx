// A published report (发布版本): exactly what was published — the frozen report, its files with
// their SHA-256, what it corrects or was corrected by — and links to the dashboards as published.
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { ReportPreview } from '@/components/report-preview';
import { chinaDay } from '@/lib/domain/dates';
import { defaultLetterhead } from '@/lib/reports/letterhead';
import { SectionCard } from '@/components/section-card';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getSnapshot } from '@/lib/data/reports';
import { fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { EvidenceTable } from './_components/evidence-table';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const p = await params;
  return { title: t.pageTitle.report(p.id) };
}

const u = t.report.ui;

function Files({ id, docxSha256, xlsxSha256 }: { id: number; docxSha256: string; xlsxSha256: string }) {
  return (
    <ul className="space-y-1 text-sm" data-testid="snapshot-files">
      {([['docx', u.docx, docxSha256], ['xlsx', u.xlsx, xlsxSha256]] as const).map(([format, label, sha]) => (
        <li key={format}>
          <a href={`/reports/${id}/file/${format}`} className={ui.inlineLink} download>{label}</a>
          <span className="ml-2 font-mono text-xs break-all text-gray-600">{u.sha} {sha}</span>
        </li>
      ))}
    </ul>
  );
}

function AsPublished({ id, year }: { id: number; year: number }) {
  const q = `?year=${year}&snapshot=${id}`;
  return (
    <p className="text-sm" data-testid="as-published-links">
      {u.asPublished}
      {[['/', t.nav.overview], ['/half-year', t.nav.halfYear], ['/leadership', t.nav.leadership], ['/timeline', t.nav.timeline]].map(([href, label]) => (
        <Link key={href} href={`${href}${q}`} className="ml-2 text-blue-800 hover:underline">{label}</Link>
      ))}
    </p>
  );
}

export default async function SnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const actor = await requireActor(`/reports/${raw}`);
  if (!can(actor, 'view_reports')) forbidden();
  const id = Number(raw);
  const s = Number.isInteger(id) && id > 0 ? await getSnapshot(id) : null;
  if (!s) notFound();
  return (
    <div className="space-y-4">
      <PageHeader title={s.title} above={<Link href="/reports" className={ui.link}>{t.report.heading}</Link>} />
      <p role="status" className="rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="published-banner">
        {u.banner(s.id, fmtDateTime(s.publishedAt), s.publishedBy)}
        {s.replacesId && s.note && <span className="block">{u.correctionNote(s.replacesId, s.note)}</span>}
        {s.replacedBy.length > 0 && <span className="block font-medium">{u.replacedBy(s.replacedBy)}</span>}
      </p>
      <SectionCard id="files" title={u.downloads}>
        <Files id={s.id} docxSha256={s.docxSha256} xlsxSha256={s.xlsxSha256} />
        <AsPublished id={s.id} year={s.year} />
      </SectionCard>
      {/* Snapshots published before 佐证材料 existed froze no list: nothing to show, not "none". */}
      {s.model.evidence && (
        <SectionCard id="evidence" title={u.evidence}>
          <EvidenceTable snapshotId={s.id} items={s.model.evidence} />
        </SectionCard>
      )}
      <SectionCard id="preview" title={u.preview}>
        {/* Published before the 公文 parts were frozen: the built-in ones, dated the day of publication (as its file says). */}
        <ReportPreview model={s.model} letterhead={defaultLetterhead(s.model, chinaDay(new Date(s.publishedAt)))} />
      </SectionCard>
    </div>
  );
}
