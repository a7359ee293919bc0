// A task's progress bar with the expected progress (序时进度) marked on it, labelled in words;
// before the first plan point it names the next one instead of an expectation.
import type { Status } from '@/lib/domain/status';
import type { TaskProgress } from '@/lib/domain/progress';
import { progress as words } from '@/lib/i18n/parts/task-status';

export function ProgressBar({ progress, status }: { progress: Pick<TaskProgress, 'actualPct' | 'expectedPct' | 'next'>; status: Status }) {
  const { actualPct: actual, expectedPct: expected } = progress;
  const label = words.label(actual, expected, progress.next);
  return (
    // Its parts' look is the .progress classes (app/globals.css), the fill coloured by data-status.
    <div className="progress" data-testid="progress" data-status={status}>
      {actual === null ? (
        // No figure: no bar to read, only the words (a meter without a value is not a meter).
        <div className="progress-empty" aria-hidden="true" />
      ) : (
        <div role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(actual)} aria-label={label} className="progress-meter">
          <div className="progress-fill" style={{ width: `${Math.min(100, actual)}%` }} />
          {expected !== null && <div className="progress-expected" style={{ left: `calc(${Math.min(100, expected)}% - 1px)` }} title={words.expectedMark} />}
        </div>
      )}
      <div className="progress-label" data-testid="progress-label">
        {label}
      </div>
    </div>
  );
}
