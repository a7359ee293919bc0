// The 公文 parts a report is sent with: those frozen in the model when published, else the defaults
// (the office's last published ones, else the built-in ones) with the given 成文日期.
import type { IsoDate } from '@/lib/domain/dates';
import type { Letterhead, ReportModel } from '@/lib/domain/report';
import { t } from '@/lib/i18n/zh-CN';

/** The 附件 every report carries: its appendix table. */
export const appendixName = (model: Pick<ReportModel, 'planTitle' | 'kind' | 'asOf'>): string => t.report.appendixTitle(model.planTitle, model.kind, model.asOf);

/** What the next report starts from of the last one published: its addressee, issuer, 抄送 and 印发机关 (dated anew). */
export type LastLetterhead = Pick<Letterhead, 'addressee' | 'issuer' | 'copyTo' | 'printedBy'>;

/** The 版记 (GB/T 9704 10): its 抄送 line and its 印发 line (印发机关, 印发日期), each only when set; null when neither is. */
export function imprintOf(lh: Letterhead): { copyTo: string | null; printed: { by: string; on: IsoDate } | null } | null {
  const copyTo = lh.copyTo ? t.report.copyToLine(lh.copyTo) : null;
  const printed = lh.printedBy && lh.printedOn ? { by: lh.printedBy, on: lh.printedOn } : null;
  return copyTo || printed ? { copyTo, printed } : null;
}

type AppendixModel = Pick<ReportModel, 'planTitle' | 'kind' | 'asOf' | 'evidence'>;

/** The 附件 the Word file carries: the appendix table, and the 佐证材料清单 when the report lists files. */
const ownAppendices = (model: AppendixModel): string[] =>
  model.evidence?.length ? [appendixName(model), t.report.evidenceListTitle] : [appendixName(model)];

/**
 * The heading of each 附件 the Word file carries, numbered as the 附件说明 numbers it (GB/T 9704: the
 * 附件 and its 序号 at the top of its first page as the 附件说明 has them): found there by its name;
 * one renamed there is taken to be at its own place. "附件" alone when there is one in all.
 */
export function appendixHeadings(model: AppendixModel, attachments: readonly string[]): { table: string; evidence: string | null } {
  const listed = attachments.map((a) => a.trim());
  const own = ownAppendices(model);
  const of = Math.max(listed.length, own.length);
  const [table, evidence = null] = own.map((name, i) => {
    const at = listed.indexOf(name);
    return t.report.appendixNumbered(at >= 0 ? at + 1 : i + 1, of);
  });
  return { table: table!, evidence };
}

/** The default 附件: those the Word file carries. */
export function defaultLetterhead(
  model: AppendixModel,
  signedOn: IsoDate,
  last?: LastLetterhead | null,
): Letterhead {
  return {
    addressee: last?.addressee ?? t.report.addressee,
    issuer: last?.issuer ?? t.report.issuer,
    copyTo: last?.copyTo ?? '',
    ...(last?.printedBy ? { printedBy: last.printedBy, printedOn: signedOn } : {}),
    signedOn,
    attachments: ownAppendices(model),
  };
}

/** What a report is sent with: as published, else the defaults. */
export const letterheadOf = (model: ReportModel, signedOn: IsoDate): Letterhead => model.letterhead ?? defaultLetterhead(model, signedOn);

