'use client';
// Error boundary of every screen: says so in Chinese and offers a retry.
import { common } from '@/lib/i18n/client-strings';
import { ui } from '@/components/ui';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-3 rounded border border-lagging bg-lagging-bg p-5 text-lagging">
      <h1 className="text-lg font-bold">{common.errorHeading}</h1>
      <p className="text-sm">{common.errorHint}</p>
      <button type="button" onClick={reset} className={ui.button}>
        {common.retry}
      </button>
    </div>
  );
}
