// 责任单位与账号: units and accounts, managed by the supervision office.
import { one, type SearchParams } from '@/lib/search-params';
import { forbidden } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { SavedNote } from '@/components/saved-note';
import { CreateUserForm, RenameUser, RobotTestForm, UnitForm, UserActions } from '@/components/forms/account-forms';
import { createUser, deactivateUser, renameUser, resetPassword, saveUnit, testUnitRobots } from '@/lib/actions/accounts';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { getAccounts } from '@/lib/data/accounts';
import { t } from '@/lib/i18n/zh-CN';
import type { Metadata } from 'next';
import { ui } from '@/components/ui';
import { TableHead } from '@/components/table-head';
import { cardColumns } from '@/components/card-table';
import { m } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: t.pageTitle.accounts };

const c = t.accounts;
type Data = NonNullable<Awaited<ReturnType<typeof getAccounts>>>;

function Units({ units, saved }: { units: Data['units']; saved?: string }) {
  return (
    <SectionCard id="units" title={c.units}>
      <div className="overflow-x-auto" role="region" aria-label={c.units} tabIndex={0}>
        <table className="w-full text-sm" data-testid="units">
          <TableHead columns={c.unitColumns} />
          <tbody>
            {units.map((u) => (
              <tr key={u.id} id={`unit-${u.id}`} className="border-t border-gray-100 align-top" data-unit={u.code}>
                <td className="py-1 pr-2 font-mono">{u.code}</td>
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {u.name}
                </th>
                <td className={ui.cell}>{u._count.users}</td>
                <td className={ui.cell}>{u._count.tasks}</td>
                <td className={ui.nameCell} data-testid="unit-robots">
                  {c.robots(!!u.wecomWebhook, !!u.dingtalkWebhook, !!u.dingtalkSecret)}
                </td>
                <td className={ui.cell}>
                  <details>
                    <summary className="cursor-pointer text-blue-800">{c.saveUnit}</summary>
                    <UnitForm action={saveUnit.bind(null, u.id)} unit={u} idPrefix={`u${u.id}`} />
                    {(u.wecomWebhook || u.dingtalkWebhook) && <RobotTestForm action={testUnitRobots.bind(null, u.id)} />}
                  </details>
                  {saved === `unit-${u.id}` && <SavedNote text={m.unitSaved} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-3 text-sm font-semibold">{c.newUnit}</h3>
      <UnitForm action={saveUnit.bind(null, null)} idPrefix="new" />
    </SectionCard>
  );
}

function Users({
  users,
  units,
  selfId,
  saved,
  officials,
}: {
  users: Data['users'];
  units: Data['units'];
  selfId: number;
  saved?: string;
  /** 牵头区领导 of the plans in hand without a leader account of their name. */
  officials: string[];
}) {
  return (
    <SectionCard id="users" title={c.users}>
      {officials.length > 0 && (
        <p className="mb-2 rounded border border-risk bg-risk-bg p-2 text-sm" data-testid="officials-without-account">
          {c.officialsWithoutAccount(officials.join('、'))}
        </p>
      )}
      <div className="overflow-x-auto" role="region" aria-label={c.users} tabIndex={0}>
        {/* On a phone each account is a card (.acct in app/globals.css): the username and name, role | unit, status | actions. */}
        <table className="cards acct w-full text-sm" data-testid="users" style={cardColumns(c.userColumns.map((h, i) => (i >= 2 && i <= 4 ? h : null)))}>
          <TableHead columns={c.userColumns} />
          <tbody>
            {users.map((u) => (
              <tr key={u.id} id={`user-${u.id}`} className="border-t border-gray-100 align-top" data-user={u.username}>
                <th scope="row" className="py-1 pr-2 text-left font-mono font-normal">
                  {u.username}
                </th>
                <td className={ui.nameCell}>{u.displayName}</td>
                <td className={ui.nameCell}>{t.role[u.role]}</td>
                <td className={ui.nameCell}>{u.unit?.name ?? c.noUnit}</td>
                <td className={ui.nameCell} data-testid="user-status">
                  {u.active ? (u.mustChangePassword ? c.mustChange : c.active) : c.inactive}
                </td>
                <td className={ui.cell}>
                  {u.id === selfId ? (
                    <RenameUser rename={renameUser.bind(null, u.id)} id={u.id} name={u.displayName} />
                  ) : (
                    <UserActions
                      reset={resetPassword.bind(null, u.id)}
                      deactivate={deactivateUser.bind(null, u.id)}
                      rename={renameUser.bind(null, u.id)}
                      active={u.active}
                      user={u}
                    />
                  )}
                  {saved === `user-${u.id}` && !u.active && <SavedNote text={m.userDeactivated} />}
                  {saved === `name-${u.id}` && <SavedNote text={m.userRenamed(u.displayName)} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-3 text-sm font-semibold">{c.newUser}</h3>
      <CreateUserForm action={createUser} units={units} />
    </SectionCard>
  );
}

export default async function AccountsPage({
  searchParams,
}: {
  /** `saved`: the unit saved or the account deactivated without JavaScript, whose row says so. */
  searchParams: Promise<SearchParams>;
}) {
  const saved = one((await searchParams).saved);
  const actor = await requireActor('/accounts');
  if (!can(actor, 'manage_accounts')) forbidden();
  const data = (await getAccounts())!;
  return (
    <div className="space-y-4">
      <PageHeader title={c.heading} subtitle={c.intro} />
      <Units units={data.units} saved={saved} />
      <Users users={data.users} units={data.units} selfId={data.selfId} saved={saved} officials={data.officialsWithoutAccount} />
    </div>
  );
}
