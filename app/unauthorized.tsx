// Never reached today: a page without a session sends the browser to 登录 (requireActor). With
// `forbidden()` enabled, Next sends this fallback with every page; without it, its English 401 page.
import { Forbidden } from '@/components/forbidden';
import { t } from '@/lib/i18n/zh-CN';

export default function Unauthorized() {
  return <Forbidden message={t.auth.signInFirst} />;
}
