// A progress bar with the expected progress (序时进度) marked on it, labelled in words.
import type { Status } from '@/lib/domain/status';
import { t } from '@/lib/i18n/zh-CN';

const FILL: Record<Status, string> = {
  lagging: 'bg-lagging',
  at_risk: 'bg-amber-500',
  on_track: 'bg-ok',
  completed: 'bg-done',
};

export function ProgressBar({
  actual,
  expected,
  status,
  coverage,
}: {
  actual: number | null;
  expected: number | null;
  status: Status;
  /** For roll-ups: how many of the parts had a figure. */
  coverage?: { covered: number; total: number };
}) {
  const partial = coverage && coverage.covered < coverage.total && actual !== null;
  const label = t.progress.label(actual, expected) + (partial ? t.progress.partial(coverage.covered, coverage.total) : '');
  return (
    <div className="w-full min-w-24">
      <div
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={actual === null ? undefined : Math.round(actual)}
        aria-label={label}
        className="relative h-2.5 w-full overflow-hidden rounded bg-gray-200"
      >
        {actual !== null && <div className={`h-full ${FILL[status]}`} style={{ width: `${Math.min(100, actual)}%` }} />}
        {expected !== null && (
          <div
            className="absolute top-0 h-full w-0.5 bg-gray-900"
            style={{ left: `calc(${Math.min(100, expected)}% - 1px)` }}
            title={t.progress.expectedMark}
          />
        )}
      </div>
      <div className="mt-0.5 text-xs text-gray-600">{label}</div>
    </div>
  );
}
