// The catalogue's strings for 督办 notices: part of `t` (../zh-CN composes them), in a module of their own
// so a client component that shows them carries these strings only (the catalogue stays one: every string is reachable as t.…).
import { fmtDate } from '../format';
import { noticeBadge } from './notice-badge';

export const notice = {
  heading: '督办通知',
  badge: noticeBadge,
  none: '暂无督办通知。',
  issue: '发出督办通知',
  reason: '督办事由',
  requiredAction: '整改要求',
  dueDate: '限办日期',
  level: '督办等级',
  recipients: '接收单位',
  submit: '发出督办',
  number: (year: number, n: number) => `督办〔${year}〕第${n}号`,
  levels: { DUBAN: '督办', CUIBAN: '催办', YUETAN: '约谈' } satisfies Record<'DUBAN' | 'CUIBAN' | 'YUETAN', string>,
  state: { OPEN: '已交办', ACKNOWLEDGED: '已签收', ANSWERED: '已反馈', RETURNED: '退回重办', CLOSED: '已办结', OVERDUE: '已逾期' } satisfies Record<
    'OPEN' | 'ACKNOWLEDGED' | 'ANSWERED' | 'RETURNED' | 'CLOSED' | 'OVERDUE',
    string
  >,
  issued: (by: string, at: string, to: string[]) => `${by}于${at}交办 → ${to.join('、')}`,
  answer: (a: string) => `单位反馈：${a}`,
  /** Said after an answer given inside a progress update; links to that update. */
  answeredInUpdate: (asOf: string) => `（随截至${fmtDate(asOf)}的进展报送反馈）`,
  due: (d: string) => `限${fmtDate(d)}前`,
  urged: (n: number) => `已催办${n}次`,
  events: { ISSUED: '交办', ACKNOWLEDGED: '签收', ANSWERED: '反馈', RETURNED: '退回重办', CLOSED: '办结', URGED: '催办' } as Record<string, string>,
  /** Who took a step, and on whose part: 「区督查室（区民政局）」; a unit's own account named once. */
  eventBy: (actor: string | null, unit: string | null) => (unit && unit !== actor ? `${actor ?? ''}（${unit}）` : (actor ?? unit)),
  event: (kind: string, by: string | null, at: string, text: string | null) => `${at} ${by ?? ''}${notice.events[kind] ?? kind}${text ? `：${text}` : ''}`,
  history: '办理过程',
  parts: '各单位办理情况',
  steps: { acknowledge: '签收', answer: '提交反馈', return: '退回重办', close: '办结', urge: '催办' } satisfies Record<
    'acknowledge' | 'answer' | 'return' | 'close' | 'urge',
    string
  >,
  stepText: { answer: '反馈内容', return: '退回意见', acknowledge: '备注（可空）', close: '办结意见（可空）', urge: '催办说明（可空）' } satisfies Record<
    'acknowledge' | 'answer' | 'return' | 'close' | 'urge',
    string
  >,
  open: '查看任务',
};
