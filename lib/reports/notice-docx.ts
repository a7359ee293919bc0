// One 督办 notice as a 督办通知单 (.docx), as the office prints it or sends it to the units through the
// government's messaging: its number, the task, the units, the level, the reason and requirement (their
// line breaks kept), the due date, who issued it when, and each unit's part as it stands — in the same
// document layout as the reports (lib/reports/docx.ts), a real Word table the office can edit.
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableRow, WidthType } from 'docx';
import type { NoticeView } from '@/lib/data/notices';
import { chinaDay, type IsoDate } from '@/lib/domain/dates';
import { fmtDate } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';
import { A4, cell, FONTS, margin, run, SIZES } from './docx';

const slip = t.notice.ledger.slip;
const LABEL = 18;

/** The slip's rows: a label and what the notice says, in the order a 督办单 is read. */
export function slipRows(n: NoticeView): [label: string, value: string][] {
  const parts = n.parts.flatMap((p) => [slip.part(p.name, t.notice.state[p.status], p.overdue), ...(p.answer ? [slip.answer(p.answer)] : [])]);
  return [
    [slip.rows.task, `${t.task.inYear(n.year, n.taskNumber)}：${n.taskContent}`],
    [slip.rows.units, n.recipients.map((r) => r.name).join('、')],
    [slip.rows.level, `${t.notice.levels[n.level]}${n.urgeCount > 0 ? slip.urged(n.urgeCount) : ''}`],
    [slip.rows.reason, n.reason],
    [slip.rows.requiredAction, n.requiredAction],
    [slip.rows.due, slip.due(n.dueDate)],
    [slip.rows.issued, slip.issued(n.issuer, fmtDate(chinaDay(new Date(n.issuedAt))))],
    [slip.rows.parts, parts.join('\n')],
  ];
}

export async function buildNoticeDocx(n: NoticeView, madeOn: IsoDate): Promise<Buffer> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: slipRows(n).map(([label, value]) => new TableRow({ children: [cell(label, { share: LABEL, header: true }), cell(value, { share: 100 - LABEL })] })),
  });
  const doc = new Document({
    creator: t.app.shortTitle,
    title: `${slip.title} ${t.notice.number(n.numberYear, n.number)}`,
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(slip.title, FONTS.title, SIZES.title)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(t.notice.number(n.numberYear, n.number), FONTS.heading2)] }),
          table,
          new Paragraph({ spacing: { before: 240 }, children: [run(slip.note, FONTS.body, SIZES.table)] }),
          new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [run(slip.printed(fmtDate(madeOn)), FONTS.body, SIZES.table)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
