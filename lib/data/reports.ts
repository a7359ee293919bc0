// Reports of a period: the report model evaluated from the live plan (preview, downloads,
// publication), and published snapshots — frozen models with their stored files.
import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can, type Actor } from '@/lib/auth/policy';
import { toIsoDate } from '@/lib/domain/dates';
import { evaluate } from '@/lib/domain/overview';
import { buildReport, type ReportModel } from '@/lib/domain/report';
import { defaultLetterhead, type LastLetterhead } from '@/lib/reports/letterhead';
import { defaultReportPeriod, type PeriodKind } from '@/lib/domain/periods';
import { today } from '@/lib/env';
import { parseReportPeriod, type PeriodResult, type ReportPeriod } from '@/lib/validation/report';
import { one, type SearchParams } from '@/lib/search-params';
import { getPlanSnapshot, getPlanYears, resolveAsOf, resolveYear, type PlanSnapshot } from './plan';

/** The report of a period from the plan as it stands (approved data only); null without that year or for a caller without reports. */
export async function buildLiveReport(period: ReportPeriod): Promise<{ model: ReportModel; plan: PlanSnapshot } | null> {
  return reportFor(await getSession(), period);
}

/** The same for a caller given explicitly (command-line tools such as the benchmark run outside a request). */
export async function reportFor(actor: Actor | null, period: ReportPeriod): Promise<{ model: ReportModel; plan: PlanSnapshot } | null> {
  if (!can(actor, 'view_reports')) return null;
  const snap = await getPlanSnapshot(period.year);
  if (!snap) return null;
  const approvedOfYear = { status: 'APPROVED', task: { planYear: { year: period.year } } } as const;
  const [narratives, evidence] = await Promise.all([
    prisma.progressUpdate.findMany({
      where: approvedOfYear,
      select: { asOf: true, narrative: true, nextSteps: true, task: { select: { number: true } } },
      orderBy: { id: 'asc' }, // on one date the later approval wins
    }),
    // Report readers (office, leaders) may see every update's files: the list is frozen with a publication.
    prisma.evidence.findMany({
      where: { update: approvedOfYear },
      select: {
        caption: true, fileName: true, kind: true, mime: true, size: true, sha256: true, screenSha256: true, thumbSha256: true, public: true,
        task: { select: { number: true } },
        update: { select: { asOf: true } },
      },
      orderBy: { id: 'asc' },
    }),
  ]);
  const model = buildReport({
    year: snap.year,
    planTitle: snap.title,
    kind: period.kind,
    asOf: period.asOf,
    projects: snap.projects,
    rows: evaluate(snap.tasks, period.asOf, snap.settings),
    narratives: narratives.map((n) => ({ taskNumber: n.task.number, asOf: toIsoDate(n.asOf), narrative: n.narrative, nextSteps: n.nextSteps })),
    evidence: evidence.map(({ task, update, ...e }) => ({ ...e, taskNumber: task.number, updateAsOf: toIsoDate(update!.asOf) })),
  });
  return { model, plan: snap };
}

export type SnapshotSummary = {
  id: number;
  year: number;
  kind: PeriodKind;
  asOf: string;
  title: string;
  publishedAt: string;
  publishedBy: string;
  docxSha256: string;
  xlsxSha256: string;
  note: string | null;
  replacesId: number | null;
  replacedBy: number[];
};

const summarySelect = {
  id: true, periodKind: true, asOf: true, title: true, publishedAt: true, docxSha256: true, xlsxSha256: true, note: true, replacesId: true,
  planYear: { select: { year: true } },
  publishedBy: { select: { displayName: true } },
  replacedBy: { select: { id: true } },
} as const;

type SummaryRow = {
  id: number; periodKind: string; asOf: Date; title: string; publishedAt: Date; docxSha256: string; xlsxSha256: string; note: string | null;
  replacesId: number | null; planYear: { year: number }; publishedBy: { displayName: string }; replacedBy: { id: number }[];
};
const toSummary = (r: SummaryRow): SnapshotSummary => ({
  id: r.id, year: r.planYear.year, kind: r.periodKind as PeriodKind, asOf: toIsoDate(r.asOf), title: r.title,
  publishedAt: r.publishedAt.toISOString(), publishedBy: r.publishedBy.displayName, docxSha256: r.docxSha256, xlsxSha256: r.xlsxSha256,
  note: r.note, replacesId: r.replacesId, replacedBy: r.replacedBy.map((x) => x.id),
});

/** Published snapshots, newest first (readers of reports only). */
export async function listSnapshots(): Promise<SnapshotSummary[] | null> {
  if (!can(await getSession(), 'view_reports')) return null;
  const rows = await prisma.reportSnapshot.findMany({ select: summarySelect, orderBy: { id: 'desc' } });
  return rows.map(toSummary);
}

/** The 公文 parts of the latest published report that has them: the defaults of the next one. */
export async function lastLetterhead(): Promise<LastLetterhead | null> {
  if (!can(await getSession(), 'view_reports')) return null;
  const rows = await prisma.reportSnapshot.findMany({ select: { model: true }, orderBy: { id: 'desc' }, take: 5 });
  for (const r of rows) {
    const lh = (JSON.parse(r.model) as ReportModel).letterhead;
    if (lh) return { addressee: lh.addressee, issuer: lh.issuer, copyTo: lh.copyTo, printedBy: lh.printedBy };
  }
  return null;
}

/** One published snapshot with its frozen model; null when absent or not allowed. */
export const getSnapshot = cache(async (id: number): Promise<(SnapshotSummary & { model: ReportModel }) | null> => {
  if (!can(await getSession(), 'view_reports')) return null;
  const row = await prisma.reportSnapshot.findUnique({ where: { id }, select: { ...summarySelect, model: true } });
  return row ? { ...toSummary(row), model: JSON.parse(row.model) as ReportModel } : null;
});

/** A snapshot's stored file, byte for byte as published, with what names it. */
export async function getSnapshotFile(id: number, format: 'docx' | 'xlsx'): Promise<{ bytes: Uint8Array; sha256: string; year: number; kind: PeriodKind; asOf: string } | null> {
  if (!can(await getSession(), 'view_reports')) return null;
  const row = await prisma.reportSnapshot.findUnique({
    where: { id },
    select: { docx: format === 'docx', xlsx: format === 'xlsx', docxSha256: true, xlsxSha256: true, periodKind: true, asOf: true, planYear: { select: { year: true } } },
  });
  const bytes = row && (format === 'docx' ? row.docx : row.xlsx);
  if (!row || !bytes) return null;
  return { bytes, sha256: format === 'docx' ? row.docxSha256 : row.xlsxSha256, year: row.planYear.year, kind: row.periodKind as PeriodKind, asOf: toIsoDate(row.asOf) };
}

/**
 * Everything /reports shows: the period asked for (or the default period of the year, as on the
 * half-year view), its errors, the live report of a valid period, and the published snapshots.
 */
export async function getReportsPage(sp: SearchParams) {
  const actor = await getSession();
  if (!can(actor, 'view_reports')) return { allowed: false as const };
  const year = await resolveYear(one(sp.year));
  const years = (await getPlanYears()).map((y) => y.year);
  if (year === null) return { allowed: true as const, years, year: null };
  const input = { period: one(sp.period), asOf: one(sp.asOf) };
  let result: PeriodResult;
  if (input.period) result = parseReportPeriod(input, year, today());
  else {
    const snap = (await getPlanSnapshot(year))!;
    const p = defaultReportPeriod(year, { defaultAsOf: resolveAsOf(undefined, snap).defaultAsOf, today: today() });
    result = { ok: true, period: { year, kind: p.kind, asOf: p.asOf } };
  }
  const [live, snapshots, last] = await Promise.all([result.ok ? buildLiveReport(result.period) : null, listSnapshots(), lastLetterhead()]);
  return {
    allowed: true as const,
    canPublish: can(actor, 'publish_report'),
    years,
    year,
    input: result.ok ? { period: result.period.kind, asOf: result.period.kind === 'DATE' ? result.period.asOf : (input.asOf ?? '') } : { period: input.period ?? '', asOf: input.asOf ?? '' },
    errors: result.ok ? {} : result.errors,
    period: result.ok ? result.period : null,
    model: live?.model ?? null,
    /** The 公文 parts the draft is shown and downloaded with, and the publish form starts from. */
    letterhead: live ? defaultLetterhead(live.model, today(), last) : null,
    today: today(),
    snapshots: snapshots ?? [],
  };
}
