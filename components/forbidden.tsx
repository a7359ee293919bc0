// The one answer a page gives a signed-in user who may not see it.
import { t } from '@/lib/i18n/zh-CN';

export function Forbidden({ message = t.auth.forbiddenPage }: { message?: string }) {
  return (
    <p role="alert" className="rounded bg-lagging-bg p-3 text-lagging">
      {message}
    </p>
  );
}
