// A task's status and progress, as every list shows them: the engine's status badge over the bar.
import type { TaskStatus } from '@/lib/domain/status';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

export function TaskStatusCell({ status }: { status: Pick<TaskStatus, 'status' | 'progress'> }) {
  return (
    <div className="space-y-1">
      <StatusBadge status={status.status} />
      <ProgressBar progress={status.progress} status={status.status} />
    </div>
  );
}
