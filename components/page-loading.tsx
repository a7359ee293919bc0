// What a screen shows while its data loads (the routes' loading.tsx): a polite status line and a
// skeleton of the page's shape, so a tap on a phone answers at once. Used only by screens that never
// answer 404 — a loading boundary starts the response before the page could choose its status.
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';

export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className={ui.hint}>{t.common.loading}</p>
      <div aria-hidden="true" className="space-y-2 motion-safe:animate-pulse">
        <div className="h-6 w-1/3 rounded bg-gray-200" />
        <div className="h-24 rounded bg-gray-100" />
        <div className="h-24 rounded bg-gray-100" />
      </div>
    </div>
  );
}
