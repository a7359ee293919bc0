'use server';
// 发布: a supervisor freezes the report of a period — its evaluated data, the plan it was evaluated
// from, both files and their SHA-256 — as an immutable snapshot (a correction is a new snapshot
// naming the one it replaces).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma, writeTransaction } from '@/lib/prisma';
import { audit } from '@/lib/audit';
import { today } from '@/lib/env';
import { dateOf } from '@/lib/domain/dates';
import { getPlanYears } from '@/lib/data/plan';
import { buildLiveReport, lastLetterhead } from '@/lib/data/reports';
import { defaultLetterhead } from '@/lib/reports/letterhead';
import { buildReportFiles } from '@/lib/reports/files';
import type { z } from 'zod';
import { parseLetterhead, parseReportPeriod, publishSchema } from '@/lib/validation/report';
import { m } from '@/lib/i18n/messages';
import { t } from '@/lib/i18n/zh-CN';
import type { ActionState } from './state';
import { runAction, type Values } from './pipeline';

export async function publishReport(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, { right: 'publish_report', schema: publishSchema, work: ({ actor, data, values }) => publish(actor.id, data, values) });
}

async function publish(actorId: number, extra: z.infer<typeof publishSchema>, values: Values): Promise<ActionState> {
  const year = Number(values.year);
  const planYear = (await getPlanYears()).find((y) => y.year === year);
  if (!planYear) return { status: 'error', message: m.fixErrors, errors: { year: [m.notFound] }, values };
  const period = parseReportPeriod(values, year, today());
  if (!period.ok) return { status: 'error', message: m.fixErrors, errors: period.errors, values };
  const replacesId = extra.replaces || null;
  if (replacesId !== null) {
    const replaced = await prisma.reportSnapshot.findUnique({ where: { id: replacesId }, select: { planYear: { select: { year: true } } } });
    if (!replaced || replaced.planYear.year !== year) return { status: 'error', message: m.fixErrors, errors: { replaces: [m.notFound] }, values };
  }

  const live = await buildLiveReport(period.period);
  if (!live) return { status: 'error', message: m.notFound, values };
  // The 公文 parts as the office set them, frozen with the snapshot (lib/validation/report.ts).
  const lh = parseLetterhead(values, defaultLetterhead(live.model, today(), await lastLetterhead()), period.period.asOf, today());
  if (!lh.ok) return { status: 'error', message: m.fixErrors, errors: lh.errors, values };
  live.model.letterhead = lh.letterhead;
  const when = new Date();
  const files = await buildReportFiles(live.model, when);
  const title = t.report.title(year, period.period.kind, period.period.asOf);
  const id = await writeTransaction(async (tx) => {
    const plan = await tx.planYear.findUniqueOrThrow({ where: { year }, select: { id: true } });
    const s = await tx.reportSnapshot.create({
      data: {
        planYearId: plan.id,
        periodKind: period.period.kind,
        asOf: dateOf(period.period.asOf),
        title,
        model: JSON.stringify(live.model),
        plan: JSON.stringify(live.plan),
        docx: new Uint8Array(files.docx),
        docxSha256: files.docxSha256,
        xlsx: new Uint8Array(files.xlsx),
        xlsxSha256: files.xlsxSha256,
        publishedById: actorId,
        publishedAt: when,
        note: extra.note || null,
        replacesId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId,
      action: 'report.published',
      entityType: 'ReportSnapshot',
      entityId: s.id,
      after: {
        title,
        period: period.period,
        letterhead: lh.letterhead,
        docxSha256: files.docxSha256,
        xlsxSha256: files.xlsxSha256,
        replacesId,
        note: extra.note || null,
      },
    });
    return s.id;
  });
  revalidatePath('/reports');
  redirect(`/reports/${id}`);
}
