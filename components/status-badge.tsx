// Status as text plus icon, never colour alone. Its look is the `.badge` class (app/globals.css),
// coloured by data-status.
import type { Status } from '@/lib/domain/status';
import { statusLabel } from '@/lib/i18n/parts/task-status';

const ICON: Record<Status, string> = { lagging: '✕', at_risk: '!', on_track: '●', completed: '✓' };

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className="badge" data-status={status}>
      <span aria-hidden="true">{ICON[status]}</span>
      {statusLabel(status)}
    </span>
  );
}
