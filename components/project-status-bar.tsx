// A project as the composition of its tasks' statuses: one segment per task, coloured and named by
// status (3项：1已完成·1正常·1滞后). It never shows 100 % for a project that is not completed; the
// mean of the tasks' figures is said in words, with how many tasks have one.
import { STATUS_ORDER, type Status } from '@/lib/domain/status';
import { progress as words } from '@/lib/i18n/parts/task-status';

const SEGMENT_ORDER: Status[] = [...STATUS_ORDER].reverse(); // completed, on track, at risk, lagging

export function ProjectStatusBar({
  counts,
  total,
  covered,
  actualPct,
}: {
  counts: Record<Status, number>;
  total: number;
  covered: number;
  actualPct: number | null;
}) {
  const composition = words.composition(counts, total);
  return (
    // The segments' look is the .segments classes (app/globals.css), each coloured by data-segment.
    <div className="progress" data-testid="project-composition">
      <div role="img" aria-label={composition} className="segments">
        {SEGMENT_ORDER.flatMap((s) => Array.from({ length: counts[s] }, (_, i) => <div key={`${s}-${i}`} data-segment={s} />))}
      </div>
      <div className="progress-label text-gray-700" data-testid="composition">
        {composition}
      </div>
      <div className="text-xs text-gray-600" data-testid="coverage">
        {words.coverage(covered, total, actualPct)}
      </div>
    </div>
  );
}
