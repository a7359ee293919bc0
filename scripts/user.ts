// Account management from the command line (the only way in production mode):
//   npm run user:create -- --username NAME --role SUPERVISOR|UNIT|LEADER [--unit CODE] [--name 显示名]
//   npm run user:password -- --username NAME [--activate]   (--activate: also reactivate the account)
//   npm run user:list
//   npm run user:deactivate -- --username NAME     (sessions end at once; audit keeps the account)
//   npm run user:sessions -- --username NAME [--end]  (list the account's sessions; --end ends them)
// The password is read from standard input (not echoed on a terminal); at least 10 characters.
import path from 'node:path';
import readline from 'node:readline';
import { z } from 'zod';
import { hashPassword } from '@/lib/auth/password';
import { audit } from '@/lib/audit';
import { ROLES } from '@/lib/domain/types';

export const MIN_PASSWORD = 10;

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function readPassword(prompt: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write(prompt);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line.trim();
}

const createArgs = z.object({
  username: z.string().regex(/^[a-z0-9_.-]{2,40}$/i, 'username: 2–40 letters, digits, _ . -'),
  role: z.enum(ROLES),
  unit: z.string().optional(),
  name: z.string().max(40).optional(),
});

async function main(argv: string[]) {
  const [command] = argv;
  const { prisma, writeTransaction } = await import('@/lib/prisma');
  try {
    if (command === 'create') {
      const a = createArgs.parse({ username: arg(argv, 'username'), role: arg(argv, 'role'), unit: arg(argv, 'unit'), name: arg(argv, 'name') });
      const unit = a.unit ? await prisma.unit.findUnique({ where: { code: a.unit }, select: { id: true, name: true } }) : null;
      if (a.role === 'UNIT' && !unit) throw new Error('--unit CODE is required for a UNIT user (codes: see the Unit table / README)');
      const password = await readPassword('Password: ');
      if (password.length < MIN_PASSWORD) throw new Error(`password must have at least ${MIN_PASSWORD} characters`);
      const passwordHash = await hashPassword(password);
      await writeTransaction(async (tx) => {
        const u = await tx.user.create({
          data: {
            username: a.username,
            role: a.role,
            unitId: a.role === 'UNIT' ? unit!.id : null,
            displayName: a.name ?? unit?.name ?? a.username,
            passwordHash,
          },
          select: { id: true, username: true, role: true, unitId: true },
        });
        await audit(tx, { actorId: null, action: 'user.created', entityType: 'User', entityId: u.id, after: u });
      });
      console.log(`Created ${a.username} (${a.role}${unit ? `, ${unit.name}` : ''}).`);
    } else if (command === 'password') {
      const username = z.string().min(1).parse(arg(argv, 'username'));
      const user = await prisma.user.findUnique({ where: { username }, select: { id: true } });
      if (!user) throw new Error(`no user ${username}`);
      const password = await readPassword('New password: ');
      if (password.length < MIN_PASSWORD) throw new Error(`password must have at least ${MIN_PASSWORD} characters`);
      const passwordHash = await hashPassword(password);
      await writeTransaction(async (tx) => {
        // The version bump ends every existing session of the account.
        const activate = argv.includes('--activate');
        await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 }, ...(activate ? { active: true } : {}) } });
        await tx.session.deleteMany({ where: { userId: user.id } });
        await audit(tx, { actorId: null, action: 'user.password', entityType: 'User', entityId: user.id, after: activate ? { active: true } : undefined });
      });
      console.log(`Password of ${username} changed; existing sessions ended.${argv.includes('--activate') ? ' Account active.' : ''}`);
    } else if (command === 'list') {
      const users = await prisma.user.findMany({ select: { username: true, role: true, displayName: true, active: true }, orderBy: { id: 'asc' } });
      for (const u of users) console.log(`${u.username.padEnd(16)} ${u.role.padEnd(10)} ${u.active ? 'active  ' : 'inactive'} ${u.displayName}`);
    } else if (command === 'deactivate') {
      const username = z.string().min(1).parse(arg(argv, 'username'));
      const user = await prisma.user.findUnique({ where: { username }, select: { id: true, active: true } });
      if (!user) throw new Error(`no user ${username}`);
      await writeTransaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { active: false, version: { increment: 1 } } });
        await tx.session.deleteMany({ where: { userId: user.id } });
        await audit(tx, {
          actorId: null,
          action: 'user.deactivated',
          entityType: 'User',
          entityId: user.id,
          before: { active: user.active },
          after: { active: false },
        });
      });
      console.log(`Deactivated ${username}; existing sessions ended.`);
    } else if (command === 'sessions') {
      // List a user's signed-in sessions; with --end, end them all at once.
      const username = z.string().min(1).parse(arg(argv, 'username'));
      const user = await prisma.user.findUnique({ where: { username }, select: { id: true } });
      if (!user) throw new Error(`no user ${username}`);
      const rows = await prisma.session.findMany({
        where: { userId: user.id },
        orderBy: { createdAt: 'asc' },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, ip: true, userAgent: true },
      });
      for (const r of rows)
        console.log(
          `${r.createdAt.toISOString()}  last seen ${r.lastSeenAt.toISOString()}  expires ${r.expiresAt.toISOString()}  ${r.ip ?? ''}  ${r.userAgent ?? ''}`,
        );
      if (argv.includes('--end')) {
        await writeTransaction(async (tx) => {
          const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
          await audit(tx, { actorId: null, action: 'user.sessions_ended', entityType: 'User', entityId: user.id, after: { count } });
        });
        console.log(`Ended ${rows.length} session(s) of ${username}.`);
      } else console.log(`${rows.length} session(s).`);
    } else {
      throw new Error(
        'usage: user.ts create --username … --role … [--unit …] [--name …] | password --username … | list | deactivate --username … | sessions --username … [--end]',
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof z.ZodError ? e.issues.map((i) => i.message).join('; ') : e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
