// The progress report as a Word draft (.docx), laid out as an official document (GB/T 9704-2012):
// A4, margins 37/35/28/26 mm, title 2号 方正小标宋简体, body 3号 仿宋_GB2312 on a fixed 28 pt line,
// headings 黑体 then 楷体_GB2312, page numbers "— 1 —" (odd pages right, even left), and the appendix table in a landscape
// section with the project cell merged over its tasks. Plain styles and real tables, so the
// office can edit it in Word.
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Tab, TabStopType, Table, TableCell,
  SectionType, TableRow, TextRun, VerticalAlign, VerticalAlignSection, WidthType, type IBorderOptions, type ISectionOptions,
} from 'docx';
import { nameParts } from '@/lib/domain/officials';
import { appendixRows, nextWork, writtenBefore, type Letterhead, type ReportEvidence, type ReportModel } from '@/lib/domain/report';
import { chinaDay } from '@/lib/domain/dates';
import { appendixHeadings, imprintOf, letterheadOf } from './letterhead';
import { displayWidth } from './cell-text';
import type { Status } from '@/lib/domain/status';
import { describeReason, t } from '@/lib/i18n/zh-CN';
import { fmtDate } from '@/lib/i18n/format';

/** Font names as Chinese government templates name them; Word substitutes its 宋体/仿宋/黑体/楷体 where a font is missing. */
export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', pageNumber: '宋体' } as const;
/** Sizes in half-points: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, table text 小四 = 12 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const A4 = { width: 11906, height: 16838 }; // Word's A4 in twips
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt: 22 lines of 28 characters per page
const INDENT = { firstLine: SIZES.body * 20 }; // two characters of 3号

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
export const run = (text: string, name: string = FONTS.body, size: number = SIZES.body, bold = false) => new TextRun({ text, font: font(name), size, bold });

/** One character of 3号 in twips; an ASCII letter or digit is half of one. */
const CHAR = SIZES.body * 10;
/** How wide a line is in characters of its size: full-width (Chinese, full-width punctuation) 1, the rest ½ — half the Excel measure. */
const widthInChars = (text: string) => displayWidth(text) / 2;
/** A line that introduces what follows (a heading, a task's title, "进展情况：") stays on the page of what it introduces. */
const KEEP = { keepNext: true, keepLines: true } as const;

const body = (text: string) => new Paragraph({ children: [run(text)], spacing: LINE, indent: INDENT, alignment: AlignmentType.JUSTIFIED });
const lead = (text: string) => new Paragraph({ children: [run(text)], spacing: LINE, indent: INDENT, alignment: AlignmentType.JUSTIFIED, ...KEEP });
const heading1 = (text: string) => new Paragraph({ children: [run(text, FONTS.heading1)], spacing: LINE, indent: INDENT, ...KEEP });
const heading2 = (text: string) => new Paragraph({ children: [run(text, FONTS.heading2)], spacing: LINE, indent: INDENT, ...KEEP });
const blank = (keep: boolean) => new Paragraph({ children: [run('')], spacing: LINE, ...(keep ? KEEP : {}) });
/** Multi-line text (a narrative keeps its own line breaks) as one body paragraph per line. */
const lines = (text: string) => text.split('\n').filter((l) => l.trim()).map((l) => body(l.trim()));

export const margin = {
  top: twips(MARGINS_MM.top), bottom: twips(MARGINS_MM.bottom), left: twips(MARGINS_MM.left), right: twips(MARGINS_MM.right),
  footer: twips(25), // the page number about 7 mm below the text block
};
/** One character of the page number's 4号 in twips. */
const PAGE_NUMBER_CHAR = SIZES.pageNumber * 10;
const pageNumber = (side: 'right' | 'left') =>
  new Footer({
    children: [new Paragraph({
      alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'right' ? { right: PAGE_NUMBER_CHAR } : { left: PAGE_NUMBER_CHAR },
      children: [new TextRun({ font: font(FONTS.pageNumber), size: SIZES.pageNumber, children: [t.report.pageNumber.before, PageNumber.CURRENT, t.report.pageNumber.after] })],
    })],
  });
/** 页码 (GB/T 9704 7.5): "— N —" under the text, an odd page's one character in from the right, an even page's from the left. */
export const footer = () => ({ default: pageNumber('right'), even: pageNumber('left') });

function mainText(model: ReportModel, lh: Letterhead): Paragraph[] {
  const out: Paragraph[] = [];
  out.push(new Paragraph({
    alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 },
    children: [run(lh.issuer + t.report.title(model.year, model.kind, model.asOf), FONTS.title, SIZES.title)],
  }));
  // 主送机关: on the line below the title, flush left, ending with a full-width colon (GB/T 9704).
  out.push(new Paragraph({ children: [run(t.report.addresseeLine(lh.addressee))], spacing: LINE }));
  out.push(body(t.report.opening(model.year, model.overall, model.asOf)));

  out.push(heading1(t.report.sections.overall));
  const parts = (['completed', 'on_track', 'at_risk', 'lagging'] as Status[]).map((status) => ({ status, numbers: model.overall.byStatus[status] }));
  out.push(body(t.report.statusLine(model.overall.tasks, parts, model.asOf)));

  out.push(heading1(t.report.sections.projects));
  model.projects.forEach((p, i) => {
    out.push(heading2(t.report.projectHeading(i, p.title, p.category)));
    for (const task of p.tasks) {
      out.push(new Paragraph({ children: [run(t.report.taskLine(task.number, task.content), FONTS.body, SIZES.body, true)], spacing: LINE, indent: INDENT, ...KEEP }));
      out.push(body(t.report.taskMeta(task))); // the title holds on to this line; this one lets the progress turn the page
      if (task.progress && task.progressAsOf) {
        out.push(lead(t.report.progressAsOf(task.progressAsOf)));
        out.push(...lines(task.progress));
      } else out.push(body(t.report.noProgress));
      // A figure with neither a target nor a reported value says nothing: left out, not "未提及" twice.
      const figures = task.figures.filter((f) => f.target !== null || f.actual !== null);
      if (figures.length) out.push(body(t.report.figuresLead + figures.map((f) => t.report.figure(f)).join('；') + '。'));
    }
  });

  out.push(heading1(t.report.sections.problems));
  // One fact stated once: problems grouped (lib/domain/report.ts), lagging/at-risk tasks only for other reasons.
  if (model.problemGroups.length === 0 && model.attentionOther.length === 0) out.push(body(t.report.noProblems));
  model.problemGroups.forEach((g, i) => out.push(body(t.report.problemGroup(i, g.kind, g.text, g.taskNumbers, g.blocking))));
  if (model.attentionOther.length) {
    out.push(lead(t.report.attentionLead));
    for (const a of model.attentionOther) out.push(body(t.report.attentionLine(a.taskNumber, a.status, a.reasons.map(describeReason))));
  }

  out.push(heading1(t.report.sections.next));
  const next = model.projects
    .flatMap((p) => p.tasks)
    .map((task) => ({ number: task.number, work: nextWork(task, t.report.noPlan), writtenOn: writtenBefore(task, model.asOf) }))
    .filter((x) => x.work);
  if (next.length === 0) out.push(body(t.report.noNext));
  for (const { number, work, writtenOn } of next) {
    if (work && 'steps' in work) out.push(body(t.report.nextMilestones(number, work.steps)));
    else if (work) {
      out.push(lead(t.report.nextSteps(number, writtenOn)));
      out.push(...lines(work.text));
    }
  }
  // From 特此报告。 to the 成文日期 one block: the 署名 and date never stand on a page without text (GB/T 9704 7.3.5).
  out.push(lead(t.report.closing));
  // 附件说明 after the body; then 发文机关署名 and 成文日期 (the day it is signed, not the period end).
  out.push(blank(true));
  // 附件说明: "附件：" then the name; several are numbered, each on its own line under the first name. A name
  // that runs onto a second line starts it under its own first character (a hanging indent of its lead).
  for (const { lead: before, name } of t.report.attachmentParts(lh.attachments)) {
    const hanging = Math.round(widthInChars(before) * CHAR);
    out.push(new Paragraph({ children: [run(before + name)], spacing: LINE, indent: { left: INDENT.firstLine + hanging, hanging }, ...KEEP }));
  }
  out.push(blank(true));
  // 成文日期 four characters from the right; the 署名 centred over it, as a document to be sealed has them (7.3.5.1).
  const signedOn = fmtDate(lh.signedOn);
  const dateRight = 4 * CHAR;
  const issuerRight = Math.max(0, Math.round(dateRight + ((widthInChars(signedOn) - widthInChars(lh.issuer)) / 2) * CHAR));
  out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: issuerRight }, children: [run(lh.issuer)], ...KEEP }));
  out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: dateRight }, children: [run(signedOn)] }));
  return out;
}

/** 4号 (14 pt) in half-points, the 版记's size, and one of its characters in twips. */
const IMPRINT_SIZE = 28;
const IMPRINT_CHAR = IMPRINT_SIZE * 10;
/** The 版记's rules (GB/T 9704 10.1): the first and last 0.35 mm, those between 0.25 mm (Word's border sizes are eighths of a point). */
const RULE: Record<'thick' | 'thin', IBorderOptions> = {
  thick: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 },
  thin: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 },
};
/** A rule across the whole text width: an empty paragraph a point high with its bottom border (a bordered text line would draw it only as wide as its indents). */
const rule = (kind: keyof typeof RULE) =>
  new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, border: { bottom: RULE[kind] }, children: [], ...KEEP });

/**
 * The 版记 (GB/T 9704 10) on a last, even page of its own, at its foot (the section aligned to the page's
 * bottom): 抄送 (its names after "抄送：", a wrapped line under the first name), then 印发机关 on the
 * left and "2023年7月12日印发" on the right, each one character in from its side, in 4号 仿宋,
 * between a thick rule above and below and a thin one between the two. Null when the report has neither.
 */
function imprintSection(lh: Letterhead): ISectionOptions | null {
  const imprint = imprintOf(lh);
  if (!imprint) return null;
  const textWidth = A4.width - margin.left - margin.right;
  const line = { line: 440, lineRule: LineRuleType.EXACT, before: 60, after: 60 };
  const children: Paragraph[] = [rule('thick')];
  if (imprint.copyTo) {
    const hanging = Math.round(widthInChars('抄送：') * IMPRINT_CHAR);
    children.push(new Paragraph({ spacing: line, indent: { left: IMPRINT_CHAR + hanging, hanging, right: IMPRINT_CHAR }, children: [run(imprint.copyTo, FONTS.body, IMPRINT_SIZE)], ...KEEP }));
    children.push(rule(imprint.printed ? 'thin' : 'thick'));
  }
  if (imprint.printed) {
    // The date ends one character from the right: a right tab stop there (measured from the text's left edge, as Word measures them).
    children.push(new Paragraph({
      spacing: line,
      indent: { left: IMPRINT_CHAR },
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth - IMPRINT_CHAR }],
      children: [run(imprint.printed.by, FONTS.body, IMPRINT_SIZE), new TextRun({ children: [new Tab()], size: IMPRINT_SIZE }), run(t.report.printedOnLine(fmtDate(imprint.printed.on)), FONTS.body, IMPRINT_SIZE)],
      ...KEEP,
    }));
    children.push(rule('thick'));
  }
  return {
    // The last page is an even one (封四): the section starts on the next even page, so a blank page
    // comes before it when the appendix ends on an even page (GB/T 9704 7.5 lets both go unnumbered; they keep the numbering here).
    properties: { type: SectionType.EVEN_PAGE, page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin }, verticalAlign: VerticalAlignSection.BOTTOM },
    children,
  };
}

/** Column widths of the appendix table, in percent of the text width; with a 牵头区领导 column after 责任单位. */
const COLUMN_SHARES = [5, 11, 18, 25, 21, 10, 10];
const LED_COLUMN_SHARES = [5, 10, 17, 23, 19, 9, 8, 9];

export function cell(text: string, opts: { share: number; header?: boolean; rowSpan?: number; center?: boolean }): TableCell {
  const paragraphs = (text || '').split('\n').map((l) => new Paragraph({
    alignment: opts.header || opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [run(l.trim(), opts.header ? FONTS.heading1 : FONTS.body, SIZES.table)],
  }));
  return new TableCell({
    children: paragraphs,
    rowSpan: opts.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: opts.share, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/**
 * The appendix table (附件：一览表) in the report's own columns, as a real Word table — with 牵头区领导
 * after 责任单位 where the plan names any (one a line, as the Excel 一览表 has them).
 */
export function appendixTable(model: ReportModel): Table {
  const appendix = appendixRows(model);
  const led = appendix.some((r) => r.leadOfficial);
  const shares = led ? LED_COLUMN_SHARES : COLUMN_SHARES;
  const own = t.report.columns(model.year, model.kind);
  const columns = led ? [...own.slice(0, 6), t.report.leadOfficialColumn, ...own.slice(6)] : own;
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, { share: shares[i]!, header: true })) });
  const rows = appendix.map((r) => {
    const cells = [cell(String(r.taskNumber), { share: shares[0]!, center: true })];
    if (r.projectSpan > 0) cells.push(cell(`${r.project.numeral}、${r.project.title}`, { share: shares[1]!, rowSpan: r.projectSpan }));
    cells.push(
      cell(r.content, { share: shares[2]! }),
      cell(r.progress === null ? t.report.notMentioned : t.report.datedCell(r.progress, r.progressAsOf), { share: shares[3]! }),
      cell(r.plan === null ? t.report.noPlan : t.report.datedCell(r.plan, r.planAsOf), { share: shares[4]! }),
      cell(r.units.join('\n'), { share: shares[5]!, center: true }),
      ...(led ? [cell(r.leadOfficial ? nameParts(r.leadOfficial).join('\n') : '', { share: shares[6]!, center: true })] : []),
      cell(t.report.deadline(r.deadlineMonth), { share: shares.at(-1)!, center: true }),
    );
    // A row is never cut across two pages (Word still breaks one taller than a page).
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}


/** Column widths of the 佐证材料清单, in percent of the text width. */
const EVIDENCE_SHARES = [5, 6, 22, 22, 7, 8, 10, 20];

/** 佐证材料清单: every file the report used, with what finds it again (its SHA-256). */
export function evidenceTable(evidence: ReportEvidence[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.report.evidenceColumns.map((c, i) => cell(c, { share: EVIDENCE_SHARES[i]!, header: true })),
  });
  const rows = evidence.map(
    (e, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          String(i + 1),
          String(e.taskNumber),
          e.caption,
          e.fileName,
          t.evidence.kind[e.kind],
          t.report.fileSize(e.size),
          fmtDate(e.updateAsOf),
          e.sha256,
        ].map((text, c) => cell(text, { share: EVIDENCE_SHARES[c]!, center: c !== 2 && c !== 3 && c !== 7 })),
      }),
  );
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** The report as a 公文 .docx; `signedOn` is its 成文日期 unless the model carries its published 公文 parts. */
export async function buildReportDocx(model: ReportModel, signedOn: Date = new Date()): Promise<Buffer> {
  const lh = letterheadOf(model, chinaDay(signedOn));
  const headings = appendixHeadings(model, lh.attachments);
  const portrait: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin, pageNumbers: { start: 1 } } },
    footers: footer(),
    children: mainText(model, lh),
  };
  const landscape: ISectionOptions = {
    properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin } },
    footers: footer(),
    children: [
      new Paragraph({ children: [run(headings.table, FONTS.heading1)] }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(t.report.appendixTitle(model.planTitle, model.kind, model.asOf), FONTS.title, SIZES.body + 4)] }),
      appendixTable(model),
    ],
  };
  const imprint = imprintSection(lh);
  // The 佐证材料清单 when the report lists files (its heading then set).
  const evidenceList: ISectionOptions | null = headings.evidence
    ? {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin } },
        footers: footer(),
        children: [
          new Paragraph({ children: [run(headings.evidence, FONTS.heading1)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(t.report.evidenceListTitle, FONTS.title, SIZES.body + 4)] }),
          new Paragraph({ spacing: { after: 120 }, children: [run(t.report.evidenceLead, FONTS.body, SIZES.table)] }),
          evidenceTable(model.evidence ?? []),
        ],
      }
    : null;
  const doc = new Document({
    creator: lh.issuer,
    title: t.report.title(model.year, model.kind, model.asOf),
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    evenAndOddHeaderAndFooters: true,
    // The 版记 last, after the 附件 (GB/T 9704 10.1: on the document's last page).
    sections: [portrait, landscape, ...(evidenceList ? [evidenceList] : []), ...(imprint ? [imprint] : [])],
  });
  return Packer.toBuffer(doc);
}
