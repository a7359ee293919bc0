'use server';
// Units and accounts (督查室): create and rename units; create accounts, rename one, reset a password, deactivate.
// A password the office sets is a one-time password: shown once, to be changed at the next sign-in.
// Every change is audited; resetting or deactivating ends the account's sessions at once.
import { randomInt } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { prisma, writeTransaction } from '@/lib/prisma';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '@/lib/audit';
import type { z } from 'zod';
import { isRecordId } from '@/lib/validation/update';
import { unitSchema, userCreateSchema, userRenameSchema } from '@/lib/validation/account';
import { m } from '@/lib/i18n/messages';
import { webhookTargetProblem } from '@/lib/reminders/target';
import { robotsForAudit } from '@/lib/domain/net-address';
import { deliveriesOf } from '@/lib/reminders/queue';
import { sendToRobot } from '@/lib/reminders/deliver';
import { t } from '@/lib/i18n/zh-CN';
import type { ActionState } from './state';
import { runAction, type Values } from './pipeline';
import { backWithoutScript } from './without-script';

export type AccountState = ActionState & { oneTimePassword?: string; username?: string };

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const oneTimePassword = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/**
 * 发送测试消息: one message to each robot the unit has, with its settings as saved, answered at once with
 * what each robot said (the office checks a new robot without waiting for the next reminder).
 */
export async function testUnitRobots(unitId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, {
    right: 'manage_accounts',
    work: async ({ actor }) => {
      const unit = isRecordId(unitId)
        ? await prisma.unit.findUnique({
            where: { id: unitId },
            select: { id: true, name: true, wecomWebhook: true, dingtalkWebhook: true, dingtalkSecret: true, robotPrefix: true },
          })
        : null;
      if (!unit) return { status: 'error', message: m.notFound };
      const text = t.reminders.testText(unit.name);
      const robots = deliveriesOf(unit, text);
      if (robots.length === 0) return { status: 'error', message: m.noRobot };
      const results = await Promise.all(robots.map(async (r) => ({ channel: r.channel, error: (await sendToRobot({ ...r, text, unit })).error })));
      await writeTransaction((tx) => audit(tx, { actorId: actor.id, action: 'unit.robot_tested', entityType: 'Unit', entityId: unit.id, after: { results } }));
      const failed = results.some((r) => r.error !== null);
      return { status: failed ? 'error' : 'ok', message: results.map((r) => t.reminders.testResult(r.channel, r.error)).join('；') };
    },
  });
}

export async function saveUnit(unitId: number | null, _prev: AccountState, formData: FormData): Promise<AccountState> {
  return runAction(formData, { right: 'manage_accounts', schema: unitSchema, work: ({ actor, data: d, values }) => writeUnit(actor.id, unitId, d, values) });
}

async function writeUnit(actorId: number, unitId: number | null, d: z.infer<typeof unitSchema>, values: Values): Promise<AccountState> {
  // A robot's address must be reachable from outside and must not be an internal service (checked again at every send).
  const hooks = { wecomWebhook: d.wecomWebhook, dingtalkWebhook: d.dingtalkWebhook };
  const hookErrors: Record<string, string[]> = {};
  for (const [field, url] of Object.entries(hooks)) {
    const problem = url ? await webhookTargetProblem(url) : null;
    if (problem) hookErrors[field] = [m.webhookRefused[problem]];
  }
  if (Object.keys(hookErrors).length) return { status: 'error', message: m.fixErrors, errors: hookErrors, values };
  const existing =
    unitId === null
      ? null
      : isRecordId(unitId)
        ? await prisma.unit.findUnique({
            where: { id: unitId },
            select: { id: true, code: true, name: true, wecomWebhook: true, dingtalkWebhook: true, dingtalkSecret: true, robotPrefix: true },
          })
        : null;
  if (unitId !== null && !existing) return { status: 'error', message: m.notFound, values };
  const clash = await prisma.unit.findMany({
    where: { OR: [{ code: d.code }, { name: d.name }], NOT: existing ? { id: existing.id } : undefined },
    select: { code: true, name: true },
  });
  if (clash.length) {
    return {
      status: 'error',
      message: m.fixErrors,
      errors: {
        ...(clash.some((c) => c.code === d.code) ? { code: [m.codeTaken] } : {}),
        ...(clash.some((c) => c.name === d.name) ? { name: [m.nameTaken] } : {}),
      },
      values,
    };
  }
  // An alias names one unit only: not another unit's name or alias.
  const { aliases, ...fields } = d;
  const takenAliases = aliases.length
    ? [
        ...(
          await prisma.unitAlias.findMany({ where: { alias: { in: aliases }, NOT: existing ? { unitId: existing.id } : undefined }, select: { alias: true } })
        ).map((x) => x.alias),
        ...(await prisma.unit.findMany({ where: { name: { in: aliases }, NOT: existing ? { id: existing.id } : undefined }, select: { name: true } })).map(
          (x) => x.name,
        ),
      ]
    : [];
  if (takenAliases.length) return { status: 'error', message: m.fixErrors, errors: { aliases: [m.aliasTaken(takenAliases)] }, values };
  const savedId = await writeTransaction(async (tx) => {
    if (existing) {
      const before = await tx.unitAlias.findMany({ where: { unitId: existing.id }, select: { alias: true }, orderBy: { id: 'asc' } });
      await tx.unit.update({ where: { id: existing.id }, data: fields });
      await tx.unitAlias.deleteMany({ where: { unitId: existing.id, alias: { notIn: aliases } } });
      for (const alias of aliases) await tx.unitAlias.upsert({ where: { alias }, create: { alias, unitId: existing.id }, update: {} });
      await audit(tx, {
        actorId,
        action: 'unit.renamed',
        entityType: 'Unit',
        entityId: existing.id,
        before: robotsForAudit({
          code: existing.code,
          name: existing.name,
          wecomWebhook: existing.wecomWebhook,
          dingtalkWebhook: existing.dingtalkWebhook,
          dingtalkSecret: existing.dingtalkSecret,
          robotPrefix: existing.robotPrefix,
          aliases: before.map((x) => x.alias),
        }),
        after: robotsForAudit(d),
      });
      return existing.id;
    } else {
      const max = await tx.unit.aggregate({ _max: { sortKey: true } });
      const u = await tx.unit.create({
        data: { ...fields, sortKey: (max._max.sortKey ?? 0) + 1, aliases: { create: aliases.map((alias) => ({ alias })) } },
        select: { id: true },
      });
      await audit(tx, { actorId, action: 'unit.created', entityType: 'Unit', entityId: u.id, after: robotsForAudit(d) });
      return u.id;
    }
  });
  revalidatePath('/accounts');
  // Without JavaScript: back to the list at the unit's row, saying so (a reload would post the form again).
  await backWithoutScript(`unit-${savedId}`, { saved: true });
  return { status: 'ok', message: m.unitSaved };
}

export async function createUser(_prev: AccountState, formData: FormData): Promise<AccountState> {
  return runAction(formData, { right: 'manage_accounts', schema: userCreateSchema, work: ({ actor, data, values }) => writeUser(actor.id, data, values) });
}

async function writeUser(actorId: number, d: z.infer<typeof userCreateSchema>, values: Values): Promise<AccountState> {
  const unitId = d.role === 'UNIT' ? Number(d.unitId) : null;
  if (unitId !== null && !(await prisma.unit.findUnique({ where: { id: unitId }, select: { id: true } })))
    return { status: 'error', message: m.fixErrors, errors: { unitId: [m.notFound] }, values };
  if (await prisma.user.findUnique({ where: { username: d.username }, select: { id: true } }))
    return { status: 'error', message: m.fixErrors, errors: { username: [m.usernameTaken] }, values };
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await writeTransaction(async (tx) => {
    const u = await tx.user.create({
      data: { username: d.username, displayName: d.displayName, role: d.role, unitId, passwordHash, mustChangePassword: true },
      select: { id: true },
    });
    await audit(tx, {
      actorId,
      action: 'user.created',
      entityType: 'User',
      entityId: u.id,
      after: { username: d.username, displayName: d.displayName, role: d.role, unitId },
    });
  });
  revalidatePath('/accounts');
  return { status: 'ok', message: m.userCreated, oneTimePassword: password, username: d.username };
}

/**
 * 修改显示名: the name the app shows for an account — a leader's is the name the plan's 牵头区领导 writes, which
 * lists 我牵头的任务 on their 驾驶舱. Audited before and after; the account's sessions stand (its rights are unchanged).
 */
export async function renameUser(userId: number, _prev: AccountState, formData: FormData): Promise<AccountState> {
  return runAction(formData, {
    right: 'manage_accounts',
    record: () => (isRecordId(userId) ? prisma.user.findUnique({ where: { id: userId }, select: { id: true, displayName: true } }) : Promise.resolve(null)),
    schema: userRenameSchema,
    work: ({ actor, record: user, data }) => writeRename(actor.id, user, data.displayName),
  });
}

async function writeRename(actorId: number, user: { id: number; displayName: string }, displayName: string): Promise<AccountState> {
  if (displayName !== user.displayName)
    await writeTransaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { displayName } });
      await audit(tx, {
        actorId,
        action: 'user.renamed',
        entityType: 'User',
        entityId: user.id,
        before: { displayName: user.displayName },
        after: { displayName },
      });
    });
  revalidatePath('/accounts');
  await backWithoutScript(`name-${user.id}`, { saved: true });
  return { status: 'ok', message: m.userRenamed(displayName) };
}

export async function resetPassword(userId: number, _prev: AccountState, formData: FormData): Promise<AccountState> {
  return runAction(formData, {
    right: 'manage_accounts',
    record: () => (isRecordId(userId) ? prisma.user.findUnique({ where: { id: userId }, select: { id: true, username: true } }) : Promise.resolve(null)),
    work: ({ actor, record: user }) => writeReset(actor.id, user),
  });
}

async function writeReset(actorId: number, user: { id: number; username: string }): Promise<AccountState> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await writeTransaction(async (tx) => {
    // Active again, on a one-time password; the version bump and the deletion end every session.
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, active: true, version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(tx, { actorId, action: 'user.password', entityType: 'User', entityId: user.id, after: { oneTime: true, active: true } });
  });
  revalidatePath('/accounts');
  return { status: 'ok', message: m.passwordReset, oneTimePassword: password, username: user.username };
}

export async function deactivateUser(userId: number, _prev: AccountState, formData: FormData): Promise<AccountState> {
  return runAction(formData, {
    right: 'manage_accounts',
    record: () => (isRecordId(userId) ? prisma.user.findUnique({ where: { id: userId }, select: { id: true, active: true } }) : Promise.resolve(null)),
    work: ({ actor, record: user, values }) =>
      user.id === actor.id ? Promise.resolve({ status: 'error', message: m.notYourself, values }) : writeDeactivation(actor.id, user),
  });
}

async function writeDeactivation(actorId: number, user: { id: number; active: boolean }): Promise<AccountState> {
  await writeTransaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { active: false, version: { increment: 1 } } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await audit(tx, { actorId, action: 'user.deactivated', entityType: 'User', entityId: user.id, before: { active: user.active }, after: { active: false } });
  });
  revalidatePath('/accounts');
  await backWithoutScript(`user-${user.id}`, { saved: true });
  return { status: 'ok', message: m.userDeactivated };
}
