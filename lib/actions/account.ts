'use server';
// Changing one's own password (also the way out of a one-time password set by the office). The
// version bump ends every other session of the account; this browser gets a fresh one.
import { redirect } from 'next/navigation';
import { prisma, writeTransaction } from '@/lib/prisma';
import { getSession, startSession } from '@/lib/auth/session';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { safeNextPath } from '@/lib/auth/redirect';
import { audit } from '@/lib/audit';
import { formToObject, isForm } from '@/lib/validation/update';
import { changePasswordSchema } from '@/lib/validation/account';
import { m } from '@/lib/i18n/messages';
import { notAForm, refusedForm, sessionEnded, type ActionState } from './state';

export async function changePassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return notAForm();
  const raw = formToObject(formData);
  // Passwords never come back to the browser.
  const values = { next: '', current: '', confirm: '', returnTo: raw.returnTo ?? '' };
  const actor = await getSession();
  if (!actor) return sessionEnded(values);
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) return refusedForm(parsed.error, values);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(parsed.data.current, user.passwordHash)))
    return { status: 'error', message: m.fixErrors, errors: { current: [m.wrongPassword] }, values };
  const passwordHash = await hashPassword(parsed.data.next);
  const version = await writeTransaction(async (tx) => {
    const u = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 } },
      select: { version: true },
    });
    await tx.session.deleteMany({ where: { userId: actor.id } });
    await audit(tx, { actorId: actor.id, action: 'user.password_changed', entityType: 'User', entityId: actor.id });
    return u.version;
  });
  await startSession(actor.id, version);
  redirect(safeNextPath(raw.returnTo));
}
