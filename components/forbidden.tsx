// The one answer a page gives a signed-in user who may not see it (drawn by app/forbidden.tsx, with HTTP
// 403), or a form that is closed.
import { t } from '@/lib/i18n/zh-CN';

export function Forbidden({ message = t.auth.forbiddenPage }: { message?: string }) {
  return (
    <p role="alert" className="refusal">
      {message}
    </p>
  );
}
