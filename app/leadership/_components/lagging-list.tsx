// 滞后任务 for leadership: compact rows (task, unit, one-line reason, days overdue) with the full
// reasons on demand; on paper every reason in full, without disclosure or link. The rows are drawn by
// ./rows from the words shaped in ./worded.
import { ShowAll } from '@/components/show-all';
import { ui } from '@/components/ui';
import type { LeadershipData } from '@/lib/data/leadership';
import { t } from '@/lib/i18n/zh-CN';
import { LaggingRows } from './rows';
import { laggingRows } from './worded';

type Lagging = LeadershipData['lagging'][number];

export function LaggingList({
  lagging,
  total,
  allHref,
  openNotices,
  link,
  instruct,
}: {
  lagging: Lagging[];
  /** How many tasks lag: more than shown when the list is cut to the most overdue. */
  total: number;
  allHref: string;
  openNotices: Map<number, number>;
  link: (n: number) => string;
  /** For a leader: each row's link to give a 领导批示 on its task. */
  instruct?: (n: number) => string;
}) {
  const c = t.leadership;
  if (lagging.length === 0) return <p className={ui.hint}>{c.noLagging}</p>;
  return (
    <>
      <LaggingRows rows={laggingRows(lagging, openNotices, link, instruct)} open={c.open} instruct={t.instruction.short} />
      <ShowAll shown={lagging.length} total={total} summary={c.laggingMore(lagging.length, total)} label={c.laggingAll} href={allHref} testId="lagging-more" />
    </>
  );
}
