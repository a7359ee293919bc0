// Checks a username and password. Unknown and inactive accounts are checked against a dummy hash
// of the same cost, so every attempt does the same work (one scrypt verification) and the answer
// does not tell which usernames exist. `npm run bench` times both paths.
import 'server-only';
import { prisma } from '@/lib/prisma';
import { dummyHash, verifyPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/domain/types';

export type CheckedUser = { id: number; version: number; mustChangePassword: boolean; role: Role };

/** The account when the password is right and the account active; otherwise null (and `known` tells the caller whether to audit). */
export async function checkCredentials(username: string, password: string): Promise<{ user: CheckedUser | null; known: { id: number } | null }> {
  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, active: true, version: true, mustChangePassword: true, role: true },
  });
  const checked = await verifyPassword(password, user?.active ? user.passwordHash : await dummyHash());
  if (!user) return { user: null, known: null };
  if (!user.active || !checked) return { user: null, known: { id: user.id } };
  return { user: { id: user.id, version: user.version, mustChangePassword: user.mustChangePassword, role: user.role }, known: { id: user.id } };
}
