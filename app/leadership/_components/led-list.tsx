// 我牵头的任务: a leader's own tasks (the plan's 牵头区领导 names them), every status, graver first — the rows of
// the lagging list with each task's status beside it (drawn by ./rows from the words shaped in ./worded).
import { SectionCard } from '@/components/section-card';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { t } from '@/lib/i18n/zh-CN';
import { LaggingRows } from './rows';
import { ledRows } from './worded';

export function LedList({
  led,
  name,
  openNotices,
  link,
  instruct,
}: {
  led: LeadershipData['lagging'];
  /** The leader's name as the account has it. */
  name: string;
  openNotices: Map<number, number>;
  link: (n: number) => string;
  instruct?: (n: number) => string;
}) {
  const c = t.leadership.led;
  return (
    <SectionCard id="led" title={c.heading(led.length)} className="print:hidden">
      <p className={`mb-1 ${ui.hint}`}>{c.intro(name)}</p>
      <LaggingRows rows={ledRows(led, openNotices, link, instruct)} open={t.leadership.open} instruct={t.instruction.short} testId="lead-led" />
    </SectionCard>
  );
}
