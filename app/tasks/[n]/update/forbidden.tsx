// The update form of a task this account's unit is not responsible for: why, with HTTP 403.
import { Forbidden } from '@/components/forbidden';
import { t } from '@/lib/i18n/zh-CN';

export default function UpdateForbidden() {
  return <Forbidden message={t.form.cannotEdit} />;
}
