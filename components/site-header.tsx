// Top navigation by role, the signed-in user and sign-out; hidden when printing.
import Link from 'next/link';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { logout } from '@/lib/actions/auth';
import { getPendingCount } from '@/lib/data/review';
import { getLedgerWaitingCount } from '@/lib/data/notices';
import { getUnreadCount } from '@/lib/data/inbox';
import { t } from '@/lib/i18n/zh-CN';
import { ui } from '@/components/ui';
import { LinkPending } from '@/components/link-pending';

export async function SiteHeader() {
  const [actor, pending, unread, waiting] = await Promise.all([getSession(), getPendingCount(), getUnreadCount(), getLedgerWaitingCount()]);
  const links: { href: string; label: string }[] = [
    { href: '/', label: t.nav.overview },
    { href: '/timeline', label: t.nav.timeline },
    { href: '/half-year', label: t.nav.halfYear },
    { href: '/leadership', label: t.nav.leadership },
  ];
  if (can(actor, 'view_my_tasks')) links.push({ href: '/my', label: t.nav.my });
  if (can(actor, 'view_pending')) links.push({ href: '/notices', label: waiting ? t.nav.noticesCount(waiting) : t.nav.notices });
  if (can(actor, 'view_inbox')) links.push({ href: '/inbox', label: t.reminders.nav(unread) });
  if (can(actor, 'view_reports')) links.push({ href: '/reports', label: t.nav.reports });
  if (can(actor, 'edit_plan')) links.push({ href: '/plan', label: t.nav.plan });
  if (can(actor, 'manage_accounts')) links.push({ href: '/accounts', label: t.nav.accounts });
  if (can(actor, 'view_review_queue')) links.push({ href: '/review', label: pending ? t.nav.reviewCount(pending) : t.nav.review });
  if (can(actor, 'view_audit')) links.push({ href: '/audit', label: t.nav.audit });
  return (
    <header className="no-print border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2">
        <Link href="/" className="font-semibold text-gray-900">
          {t.app.title}
        </Link>
        <nav aria-label={t.nav_label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="text-gray-700 hover:text-gray-900 hover:underline">
              {l.label}
              <LinkPending />
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {actor ? (
            <>
              <span className="text-gray-700" data-testid="signed-in">
                {t.auth.signedInAs(actor.displayName, actor.unitName ?? t.role[actor.role] ?? actor.role)}
              </span>
              <Link href="/account/password" className={ui.link}>
                {t.password.link}
              </Link>
              <form action={logout}>
                <button type="submit" className={ui.link}>
                  {t.auth.logout}
                </button>
              </form>
            </>
          ) : (
            <Link href="/login" className={ui.link}>
              {t.auth.login}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
