// Status as text plus icon, never colour alone.
import type { Status } from '@/lib/domain/status';
import { statusLabel } from '@/lib/i18n/zh-CN';

const STYLE: Record<Status, { cls: string; icon: string }> = {
  lagging: { cls: 'bg-lagging-bg text-lagging border-lagging', icon: '✕' },
  at_risk: { cls: 'bg-risk-bg text-risk border-risk', icon: '!' },
  on_track: { cls: 'bg-ok-bg text-ok border-ok', icon: '●' },
  completed: { cls: 'bg-done-bg text-done border-done', icon: '✓' },
};

export function StatusBadge({ status }: { status: Status }) {
  const s = STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${s.cls}`} data-status={status}>
      <span aria-hidden="true">{s.icon}</span>
      {statusLabel(status)}
    </span>
  );
}
