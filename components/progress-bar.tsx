// A task's progress bar with the expected progress (序时进度) marked on it, labelled in words;
// before the first plan point it names the next one instead of an expectation.
import type { Status } from '@/lib/domain/status';
import type { TaskProgress } from '@/lib/domain/progress';
import { t } from '@/lib/i18n/zh-CN';

export const STATUS_FILL: Record<Status, string> = {
  lagging: 'bg-lagging',
  at_risk: 'bg-amber-500',
  on_track: 'bg-ok',
  completed: 'bg-done',
};

export function ProgressBar({ progress, status }: { progress: Pick<TaskProgress, 'actualPct' | 'expectedPct' | 'next'>; status: Status }) {
  const { actualPct: actual, expectedPct: expected } = progress;
  const label = t.progress.label(actual, expected, progress.next);
  return (
    <div className="w-full min-w-24" data-testid="progress" data-status={status}>
      {actual === null ? (
        // No figure: no bar to read, only the words (a meter without a value is not a meter).
        <div className="h-2.5 w-full rounded border border-dashed border-gray-300" aria-hidden="true" />
      ) : (
        <div
          role="meter"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(actual)}
          aria-label={label}
          className="relative h-2.5 w-full overflow-hidden rounded bg-gray-200"
        >
          <div className={`h-full ${STATUS_FILL[status]}`} style={{ width: `${Math.min(100, actual)}%` }} />
          {expected !== null && (
            <div
              className="absolute top-0 h-full w-0.5 bg-gray-900"
              style={{ left: `calc(${Math.min(100, expected)}% - 1px)` }}
              title={t.progress.expectedMark}
            />
          )}
        </div>
      )}
      <div className="mt-0.5 text-xs text-gray-600" data-testid="progress-label">
        {label}
      </div>
    </div>
  );
}
