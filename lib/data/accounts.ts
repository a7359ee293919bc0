// Data for 责任单位与账号 (/accounts): units with their sizes, accounts with their unit (office only).
import 'server-only';
import { prisma } from '@/lib/prisma';
import { getSession } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';

export async function getAccounts() {
  const actor = await getSession();
  if (!can(actor, 'manage_accounts')) return null;
  const [units, users] = await Promise.all([
    prisma.unit.findMany({
      select: { id: true, code: true, name: true, fullName: true, wecomWebhook: true, dingtalkWebhook: true, dingtalkSecret: true, robotPrefix: true, aliases: { select: { alias: true }, orderBy: { id: 'asc' } }, _count: { select: { users: true, tasks: true } } },
      orderBy: { sortKey: 'asc' },
    }),
    prisma.user.findMany({ select: { id: true, username: true, displayName: true, role: true, active: true, mustChangePassword: true, unit: { select: { name: true } } }, orderBy: [{ role: 'asc' }, { username: 'asc' }] }),
  ]);
  return { selfId: actor!.id, units, users };
}
