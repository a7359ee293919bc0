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

/** The default 附件: the appendix table, and the 佐证材料清单 when the report lists files. */
export function defaultLetterhead(
  model: Pick<ReportModel, 'planTitle' | 'kind' | 'asOf' | 'evidence'>,
  signedOn: IsoDate,
  last?: LastLetterhead | null,
): Letterhead {
  return {
    addressee: last?.addressee ?? t.report.addressee,
    issuer: last?.issuer ?? t.report.issuer,
    copyTo: last?.copyTo ?? '',
    ...(last?.printedBy ? { printedBy: last.printedBy, printedOn: signedOn } : {}),
    signedOn,
    attachments: model.evidence?.length ? [appendixName(model), t.report.evidenceListTitle] : [appendixName(model)],
  };
}

/** What a report is sent with: as published, else the defaults. */
export const letterheadOf = (model: ReportModel, signedOn: IsoDate): Letterhead => model.letterhead ?? defaultLetterhead(model, signedOn);

