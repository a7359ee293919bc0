// A task's status and progress, as every list shows them: the engine's status badge over the bar.
import type { TaskProgress } from '@/lib/domain/progress';
import type { Status } from '@/lib/domain/status';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

export function TaskStatusCell({ status }: { status: { status: Status; progress: Pick<TaskProgress, 'actualPct' | 'expectedPct' | 'next'> } }) {
  return (
    <div className="space-y-1">
      <StatusBadge status={status.status} />
      <ProgressBar progress={status.progress} status={status.status} />
    </div>
  );
}
