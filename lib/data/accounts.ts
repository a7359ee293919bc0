// Data for 责任单位与账号 (/accounts): units with their sizes, accounts with their unit, and the 牵头区领导 of the
// plans in hand no leader account is named after (office only).
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { officialsWithoutAccount } from '@/lib/domain/officials';

export async function getAccounts() {
  const actor = await getSession();
  if (!can(actor, 'manage_accounts')) return null;
  const [units, users, led] = await Promise.all([
    prisma.unit.findMany({
      select: { id: true, code: true, name: true, fullName: true, wecomWebhook: true, dingtalkWebhook: true, dingtalkSecret: true, robotPrefix: true, aliases: { select: { alias: true }, orderBy: { id: 'asc' } }, _count: { select: { users: true, tasks: true } } },
      orderBy: { sortKey: 'asc' },
    }),
    prisma.user.findMany({ select: { id: true, username: true, displayName: true, role: true, active: true, mustChangePassword: true, unit: { select: { name: true } } }, orderBy: [{ role: 'asc' }, { username: 'asc' }] }),
    // The 牵头区领导 cells of the years not archived (drafts and those in hand), each distinct cell once.
    prisma.task.findMany({ where: { leadOfficial: { not: '' }, planYear: { status: { not: 'ARCHIVED' } } }, select: { leadOfficial: true }, distinct: ['leadOfficial'] }),
  ]);
  const leaders = users.filter((u) => u.role === 'LEADER' && u.active).map((u) => u.displayName);
  return { selfId: actor!.id, units, users, officialsWithoutAccount: officialsWithoutAccount(led.map((t) => t.leadOfficial), leaders) };
}
