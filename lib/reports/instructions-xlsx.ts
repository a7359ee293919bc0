// 领导批示台账 as rows (the CSV) and as an Excel workbook: every instruction of a plan year, the oldest
// first — when and by whom, its task and units, its words, and where it stands (待落实, 已转督办 with the
// notice's number and state, 已阅 with who and when, 已撤回 with when). Wrapped text, frozen header, A4 landscape with the
// header repeated on every printed page, as the 督办台账's workbook.
import { listXlsx } from './list-xlsx';
import { chinaDay } from '@/lib/domain/dates';
import type { InstructionLedgerRow } from '@/lib/data/instructions';
import { fmtDate, fmtDateTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/zh-CN';

function stateText(i: InstructionLedgerRow): string {
  const s = i.state;
  if (s.kind === 'notice') return t.instruction.state.notice(t.notice.number(s.numberYear, s.number));
  if (s.kind === 'read') return i.readAt ? t.instruction.ledger.readOn(s.by, fmtDate(chinaDay(new Date(i.readAt)))) : t.instruction.state.read(s.by);
  if (s.kind === 'withdrawn') return t.instruction.state.withdrawn(fmtDate(chinaDay(new Date(s.at))));
  return t.instruction.state.pending;
}

export function instructionRows(items: InstructionLedgerRow[]): (string | number)[][] {
  return items.map((i, k) => [
    k + 1,
    fmtDateTime(i.at),
    i.author,
    t.task.number(i.taskNumber),
    i.taskContent,
    i.units.join('、'),
    i.text ?? t.instruction.wordsWithheld,
    stateText(i),
    i.noticeStatus ? t.notice.state[i.noticeStatus] : '',
  ]);
}

const WIDTHS = [6, 18, 12, 8, 40, 20, 48, 30, 12];

export async function instructionsXlsx(items: InstructionLedgerRow[]): Promise<Buffer> {
  return listXlsx(t.instruction.ledger.heading, t.instruction.ledger.csvHeader, WIDTHS, instructionRows(items));
}
